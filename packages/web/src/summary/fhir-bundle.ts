/**
 * The device's record as a FHIR R4 `Bundle` (type `collection`), the same shape as the server's
 * `GET /api/export/fhir`: a `Patient`, a `QuestionnaireResponse` per screening (the core's mapping) and an
 * `Observation` per check-in with pain coded LOINC 72514-3 and stiffness and reported symptoms as components.
 */
import type { CheckIn, JournalEvent } from "@limber/core/journal/events";
import { toFhirQuestionnaireResponse } from "@limber/core/screening/fhir";
import type { ScreeningRecord } from "../storage/screening-record";

export const PAIN_LOINC = "72514-3";
const LIMBER_CODES = "urn:limber:journal";
const SCREENING_CODES = "urn:limber:screening";

export type ExportPerson = { readonly id: string; readonly email?: string };

export type LocalRecord = {
  /** The signed-in user, or a one-off id for this device's anonymous record. */
  readonly person: ExportPerson;
  /** Oldest first, as the server exports them. */
  readonly screenings: readonly ScreeningRecord[];
  readonly events: readonly JournalEvent[];
  readonly exportedAt: string;
};

function checkInObservation(checkIn: CheckIn, patient: string) {
  return {
    resourceType: "Observation",
    id: checkIn.id,
    status: "final",
    category: [
      { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" }] },
    ],
    code: {
      coding: [
        {
          system: "http://loinc.org",
          code: PAIN_LOINC,
          display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        },
      ],
      text: "Back pain (0-10)",
    },
    subject: { reference: patient },
    effectiveDateTime: checkIn.at,
    valueInteger: checkIn.pain,
    component: [
      {
        code: { coding: [{ system: LIMBER_CODES, code: "stiffness" }], text: "Back stiffness (0-10)" },
        valueInteger: checkIn.stiffness,
      },
      ...checkIn.symptoms.map((linkId) => ({
        code: { coding: [{ system: SCREENING_CODES, code: linkId }], text: `Reported symptom: ${linkId}` },
        valueBoolean: true,
      })),
    ],
    ...(checkIn.note === undefined ? {} : { note: [{ text: checkIn.note }] }),
  };
}

export function toFhirBundle(record: LocalRecord) {
  const patient = `urn:uuid:${record.person.id}`;
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: record.exportedAt,
    entry: [
      {
        fullUrl: patient,
        resource: {
          resourceType: "Patient",
          id: record.person.id,
          ...(record.person.email ? { telecom: [{ system: "email", value: record.person.email }] } : {}),
        },
      },
      ...record.screenings.map((screening) => ({
        fullUrl: `urn:uuid:${screening.id}`,
        resource: {
          ...toFhirQuestionnaireResponse(screening.answers, screening.at, screening.id),
          subject: { reference: patient },
        },
      })),
      ...record.events
        .filter((event): event is CheckIn => event.type === "check-in")
        .map((checkIn) => ({
          fullUrl: `urn:uuid:${checkIn.id}`,
          resource: checkInObservation(checkIn, patient),
        })),
    ],
  };
}

/** The whole record as JSON, the same shape as the server's `GET /api/export` (`user` is null when local only). */
export function toRecordJson(record: LocalRecord, user: { id: string; email: string; role: string } | null) {
  return { user, screenings: record.screenings, events: record.events, exportedAt: record.exportedAt };
}
