/**
 * Safety facts in FHIR R4: each is an `Observation` the person reported (category `survey`), coded in
 * Limber's own system, dated when it was made, with the exact words confirmed as its `valueString`.
 * - an acknowledgement names the journal reason as a component;
 * - a retraction names each screening item whose earlier "yes" was said to be a mistake (valueBoolean
 *   false) and points to the screening it was recorded on (`derivedFrom`, the QuestionnaireResponse).
 */
import type { AcknowledgementFact, RetractionFact } from "../safety/safety-facts";

const SAFETY_CODES = "urn:limber:safety";
const JOURNAL_CODES = "urn:limber:journal";
const SCREENING_CODES = "urn:limber:screening";

const reported = (id: string, code: string, text: string, patient: string, at: string, words: string) => ({
  resourceType: "Observation",
  id,
  status: "final",
  category: [
    { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" }] },
  ],
  code: { coding: [{ system: SAFETY_CODES, code }], text },
  subject: { reference: patient },
  effectiveDateTime: at,
  valueString: words,
});

export function fhirAcknowledgementEntry(fact: AcknowledgementFact, patient: string) {
  return {
    fullUrl: `urn:uuid:${fact.id}`,
    resource: {
      ...reported(fact.id, "acknowledgement", "Safety reason acknowledged", patient, fact.at, fact.words),
      component: [
        {
          code: {
            coding: [{ system: JOURNAL_CODES, code: fact.code }],
            text: `Journal reason: ${fact.code}`,
          },
          valueBoolean: true,
        },
      ],
    },
  };
}

export function fhirRetractionEntry(fact: RetractionFact, patient: string) {
  return {
    fullUrl: `urn:uuid:${fact.id}`,
    resource: {
      ...reported(
        fact.id,
        "retraction",
        "Earlier screening answer said to be a mistake",
        patient,
        fact.at,
        fact.words,
      ),
      derivedFrom: [{ reference: `urn:uuid:${fact.screeningId}` }],
      component: fact.linkIds.map((linkId) => ({
        code: { coding: [{ system: SCREENING_CODES, code: linkId }], text: `Earlier "yes" to ${linkId}` },
        valueBoolean: false,
      })),
    },
  };
}
