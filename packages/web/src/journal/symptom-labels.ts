/** The check-in's symptom labels live in core, so the FHIR export names a symptom in the same words. */
export { SYMPTOM_LABELS } from "@limber/core/screening/symptom-labels";
