import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { answersFromQuestionnaireResponse } from "../screening/fhir";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { decide } from "../screening/triage";
import { PAIN_LOINC, toFhirBundle } from "./fhir-bundle";

const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, id === "fever"])) as Parameters<
  typeof decide
>[0];
const screening = {
  id: "11111111-1111-4111-8111-111111111111",
  at: "2026-11-23T08:00:00.000Z",
  answers,
  decision: decide(answers),
};
const events: JournalEvent[] = [
  {
    type: "check-in",
    id: "22222222-2222-4222-8222-222222222222",
    at: "2026-11-24T08:00:00Z",
    stiffness: 6,
    pain: 3,
    symptoms: ["fever"],
    note: "stiff after desk work",
  },
  {
    type: "session",
    id: "33333333-3333-4333-8333-333333333333",
    at: "2026-11-24T07:50:00Z",
    technique: "supine-spinal-twist",
    outcome: "stopped-for-pain",
  },
  { type: "adjust-urge", id: "44444444-4444-4444-8444-444444444444", at: "2026-11-24T09:00:00Z" },
];
const record = {
  person: { id: "55555555-5555-4555-8555-555555555555" },
  screenings: [screening],
  events,
  exportedAt: "2026-11-24T10:00:00.000Z",
};

describe("the FHIR export", () => {
  const bundle = toFhirBundle(record);
  const resources = bundle.entry.map((e) => e.resource);

  it("is a collection Bundle with the patient, one QuestionnaireResponse per screening and one Observation per check-in", () => {
    expect(bundle).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
      timestamp: record.exportedAt,
    });
    expect(resources.map((r) => r.resourceType)).toEqual(["Patient", "QuestionnaireResponse", "Observation"]);
  });

  it("gives every entry a urn:uuid fullUrl and refers every resource to the patient", () => {
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    for (const r of resources.slice(1))
      expect(r).toMatchObject({ subject: { reference: bundle.entry[0]?.fullUrl } });
  });

  it("keeps the screening answers readable back through the core's FHIR parser", () => {
    const qr = resources[1] as Record<string, unknown>;
    expect(answersFromQuestionnaireResponse(qr)).toEqual({ ok: true, value: answers });
  });

  it("codes pain with LOINC 72514-3 and carries stiffness, symptoms and the note", () => {
    expect(resources[2]).toMatchObject({
      status: "final",
      code: { coding: [{ system: "http://loinc.org", code: PAIN_LOINC }] },
      effectiveDateTime: "2026-11-24T08:00:00Z",
      valueInteger: 3,
      component: [
        { code: { coding: [{ code: "stiffness" }] }, valueInteger: 6 },
        { code: { coding: [{ code: "fever" }] }, valueBoolean: true },
      ],
      note: [{ text: "stiff after desk work" }],
    });
  });

  it("names each reported symptom in the words the person ticked, not only by its code", () => {
    const symptom = (resources[2] as { component: { code: { text: string } }[] }).component[1];
    expect(symptom?.code.text).toBe("Reported symptom: A high temperature, or feeling hot and shivery");
    expect(symptom?.code).toMatchObject({
      coding: [{ code: "fever", display: "A high temperature, or feeling hot and shivery" }],
    });
  });

  it("names the person by email only when signed in", () => {
    expect(resources[0]).not.toHaveProperty("telecom");
    const signedIn = toFhirBundle({ ...record, person: { id: record.person.id, email: "sam@example.org" } });
    expect(signedIn.entry[0]?.resource).toMatchObject({
      telecom: [{ system: "email", value: "sam@example.org" }],
    });
  });
});
