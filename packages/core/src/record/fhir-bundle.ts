/**
 * A person's record as a FHIR R4 `Bundle` (type `collection`) a physical therapist's system can read: the
 * person as a `Patient`, a `QuestionnaireResponse` per screening and an `Observation` per check-in with pain
 * coded LOINC 72514-3 (0-10 numeric rating) and stiffness and reported symptoms as components. The server's
 * export and the web app's download both use this one mapping, so they cannot drift apart.
 */
import type { CheckIn, JournalEvent } from "../journal/events";
import { fhirPlanEntry } from "../plan/care-plan";
import type { Plan } from "../plan/plan";
import type { AcknowledgementFact, RetractionFact } from "../safety/safety-facts";
import { toFhirQuestionnaireResponse } from "../screening/fhir";
import type { AskedAnswers } from "../screening/stopped";
import { SYMPTOM_LABELS } from "../screening/symptom-labels";
import type { Decision } from "../screening/triage";
import { fhirAcknowledgementEntry, fhirRetractionEntry } from "./fhir-safety-facts";

export const PAIN_LOINC = "72514-3";
const LIMBER_CODES = "urn:limber:journal";
const SCREENING_CODES = "urn:limber:screening";

export type ScreeningRecord = {
  readonly id: string;
  readonly at: string;
  /** Every question, or the questions asked before an emergency "yes" stopped the screening. */
  readonly answers: AskedAnswers;
  readonly decision: Decision;
};
export type PersonRecord = {
  /** The account, or a one-off id for a device's anonymous record. */
  readonly person: { readonly id: string; readonly email?: string };
  /** Oldest first. */
  readonly screenings: readonly ScreeningRecord[];
  readonly events: readonly JournalEvent[];
  /** The person's plan, when they have one (a FHIR CarePlan). */
  readonly plan?: Plan | undefined;
  /** Safety facts (oldest first): acknowledgements of journal reasons, retracted screening answers. */
  readonly acknowledgements?: readonly AcknowledgementFact[];
  readonly retractions?: readonly RetractionFact[];
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
        code: {
          coding: [{ system: SCREENING_CODES, code: linkId, display: SYMPTOM_LABELS[linkId] }],
          text: `Reported symptom: ${SYMPTOM_LABELS[linkId]}`,
        },
        valueBoolean: true,
      })),
    ],
    ...(checkIn.note === undefined ? {} : { note: [{ text: checkIn.note }] }),
  };
}

/** The Bundle's first entry: the person. */
export function fhirPatientEntry(person: PersonRecord["person"]) {
  return {
    fullUrl: fhirPatientReference(person),
    resource: {
      resourceType: "Patient",
      id: person.id,
      ...(person.email ? { telecom: [{ system: "email", value: person.email }] } : {}),
    },
  };
}

export const fhirPatientReference = (person: PersonRecord["person"]) => `urn:uuid:${person.id}`;

/** One screening's entry. */
export function fhirScreeningEntry(screening: ScreeningRecord, patient: string) {
  return {
    fullUrl: `urn:uuid:${screening.id}`,
    resource: {
      ...toFhirQuestionnaireResponse(screening.answers, screening.at, screening.id),
      subject: { reference: patient },
    },
  };
}

/** One journal event's entry: check-ins become Observations; other events have none. */
export function fhirEventEntry(event: JournalEvent, patient: string) {
  if (event.type !== "check-in") return undefined;
  return { fullUrl: `urn:uuid:${event.id}`, resource: checkInObservation(event, patient) };
}

/** The whole Bundle, entry by entry (a server streams the same entries one page at a time). */
export function toFhirBundle(record: PersonRecord) {
  const patient = fhirPatientReference(record.person);
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: record.exportedAt,
    entry: [
      fhirPatientEntry(record.person),
      ...(record.plan ? [fhirPlanEntry(record.plan, patient)] : []),
      ...record.screenings.map((screening) => fhirScreeningEntry(screening, patient)),
      ...record.events.flatMap((event) => fhirEventEntry(event, patient) ?? []),
      ...(record.acknowledgements ?? []).map((fact) => fhirAcknowledgementEntry(fact, patient)),
      ...(record.retractions ?? []).map((fact) => fhirRetractionEntry(fact, patient)),
    ],
  };
}
