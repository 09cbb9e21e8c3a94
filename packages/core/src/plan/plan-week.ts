/**
 * A plan's week and its product rules' numbers, apart from the plan's schemas in plan.ts: screens that show a
 * plan (the week's progress, its occurrences) import these without evaluating the schema library.
 */
import { TECHNIQUE_IDS, type TechniqueId } from "../journal/event-kinds";

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** A slot's technique, or "either": whichever feels right on the day. */
export const PLAN_TECHNIQUES = [...TECHNIQUE_IDS, "either"] as const;
export type PlanTechnique = TechniqueId | "either";
/** Product rule: the same technique is never planned twice within this many hours (the article sets no dose). */
export const SAME_TECHNIQUE_GAP_HOURS = 4;
/** Product rule: at most two slots a day; gentle and regular, never a drill. */
export const MAX_SLOTS_PER_DAY = 2;

export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
