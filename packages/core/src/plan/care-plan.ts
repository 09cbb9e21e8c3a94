/**
 * The plan as a FHIR R4 `CarePlan` (status active, intent plan), one activity per slot with its weekly
 * timing. FHIR's Timing has no time zone, so the zone is named in the description and a note: the times are
 * the person's local times there.
 */
import { TECHNIQUES } from "../content/techniques";
import type { Plan, PlanSlot } from "./plan";

const TECHNIQUE_CODES = "urn:limber:technique";
const DAY_CODES = {
  monday: "mon",
  tuesday: "tue",
  wednesday: "wed",
  thursday: "thu",
  friday: "fri",
  saturday: "sat",
  sunday: "sun",
} as const;

/** A slot's technique as a title and inside the activity's sentence. */
function techniqueNames(slot: PlanSlot): { readonly name: string; readonly inSentence: string } {
  if (slot.technique === "either") {
    return {
      name: "Whichever technique feels right on the day",
      inSentence: "whichever technique feels right on the day",
    };
  }
  const technique = TECHNIQUES[slot.technique];
  return { name: technique.name, inSentence: `the ${technique.nameInSentence}` };
}

function activity(slot: PlanSlot) {
  const { name, inSentence } = techniqueNames(slot);
  return {
    detail: {
      kind: "Task",
      code: {
        coding: [{ system: TECHNIQUE_CODES, code: slot.technique }],
        text: name,
      },
      status: "scheduled",
      scheduledTiming: {
        repeat: {
          frequency: 1,
          period: 1,
          periodUnit: "wk",
          dayOfWeek: [DAY_CODES[slot.day]],
          timeOfDay: [`${slot.time}:00`],
        },
      },
      description: `A check-in and safety check first; then ${inSentence}, only if Limber's safety check allows it.`,
    },
  };
}

/** The CarePlan resource; `patient` is the Bundle's reference to the person. */
export function toFhirCarePlan(plan: Plan, patient: string) {
  return {
    resourceType: "CarePlan",
    id: plan.id,
    status: plan.slots.length > 0 ? "active" : "revoked",
    intent: "plan",
    title: "Gentle self-care plan for a stiff back",
    description: `Weekly check-ins at local times in ${plan.timeZone}. The plan never starts a session: the safety check decides on the day.`,
    subject: { reference: patient },
    created: plan.updatedAt,
    note: [{ text: `Times are local to the time zone ${plan.timeZone}. Revision ${plan.revision}.` }],
    activity: plan.slots.map(activity),
  };
}

/** The Bundle entry for the plan. */
export function fhirPlanEntry(plan: Plan, patient: string) {
  return { fullUrl: `urn:uuid:${plan.id}`, resource: toFhirCarePlan(plan, patient) };
}
