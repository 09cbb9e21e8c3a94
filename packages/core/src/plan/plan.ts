/**
 * A person's plan (design: "Plan and reminders"): the weekly slots at which they mean to check in and, if
 * the safety check allows, do a technique. A plan never starts a session; it only says when to come back.
 * Stored on the device, synced by `revision` (the higher wins; on a tie the later `updatedAt`).
 */
import { z } from "zod";
import { instantSchema } from "../journal/events";
import { isTimeZone } from "../journal/local-day";
import { fail, type Issue, ok, type Result } from "../result";
import { HOUR_MS } from "../units";
import { fromZodIssues } from "../zod-issues";
import {
  MAX_SLOTS_PER_DAY,
  minutesOfDay,
  PLAN_TECHNIQUES,
  type PlanTechnique,
  SAME_TECHNIQUE_GAP_HOURS,
  WEEKDAYS,
  type Weekday,
} from "./plan-week";

export {
  MAX_SLOTS_PER_DAY,
  minutesOfDay,
  PLAN_TECHNIQUES,
  type PlanTechnique,
  SAME_TECHNIQUE_GAP_HOURS,
  WEEKDAYS,
  type Weekday,
} from "./plan-week";

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const planSlotSchema = z.strictObject({
  day: z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(", ")}` }),
  time: z.string().regex(LOCAL_TIME, { error: "must be a local time HH:MM, such as 07:30" }),
  technique: z.enum(PLAN_TECHNIQUES, { error: `must be one of ${PLAN_TECHNIQUES.join(", ")}` }),
});

export const planSchema = z.strictObject({
  /** A UUID made by the first device, so every calendar event keeps a stable UID. */
  id: z.uuid({ error: "must be a UUID" }),
  timeZone: z.string().refine(isTimeZone, { error: "must be an IANA time zone name, such as Europe/London" }),
  slots: z.array(planSlotSchema).max(WEEKDAYS.length * MAX_SLOTS_PER_DAY, { error: "has too many slots" }),
  /** Goes up by one with every change; a calendar event's SEQUENCE. */
  revision: z.number().int().min(1).max(1_000_000),
  updatedAt: instantSchema,
});

export type PlanSlot = z.infer<typeof planSlotSchema>;
export type Plan = z.infer<typeof planSchema>;

const weekMinute = (slot: PlanSlot) => WEEKDAYS.indexOf(slot.day) * 24 * 60 + minutesOfDay(slot.time);
const WEEK_MINUTES = 7 * 24 * 60;
const GAP_MINUTES = (SAME_TECHNIQUE_GAP_HOURS * HOUR_MS) / 60_000;

/** "either" may turn out to be any technique, so it clashes with every slot. */
const mayBeSame = (a: PlanTechnique, b: PlanTechnique) => a === "either" || b === "either" || a === b;

/** Minutes between two weekly slots, the short way round the week (Sunday night to Monday morning counts). */
function weeklyDistance(a: PlanSlot, b: PlanSlot): number {
  const d = Math.abs(weekMinute(a) - weekMinute(b));
  return Math.min(d, WEEK_MINUTES - d);
}

/** The rules a valid plan keeps, beyond its shape: spacing, a cap per day, no slot twice. */
export function planRuleIssues(slots: readonly PlanSlot[]): Issue[] {
  const issues: Issue[] = [];
  slots.forEach((slot, i) => {
    for (let j = 0; j < i; j += 1) {
      const other = slots[j] as PlanSlot;
      if (!mayBeSame(slot.technique, other.technique)) continue;
      if (weeklyDistance(slot, other) < GAP_MINUTES) {
        issues.push({
          code: "plan_too_close",
          path: `slots.${i}`,
          message: `${slot.day} ${slot.time} is within ${SAME_TECHNIQUE_GAP_HOURS} hours of ${other.day} ${other.time} for the same technique: leave at least ${SAME_TECHNIQUE_GAP_HOURS} hours between them`,
        });
        break;
      }
    }
  });
  for (const day of WEEKDAYS) {
    if (slots.filter((slot) => slot.day === day).length > MAX_SLOTS_PER_DAY)
      issues.push({
        code: "plan_too_close",
        path: "slots",
        message: `${day} has more than ${MAX_SLOTS_PER_DAY} times: plan at most ${MAX_SLOTS_PER_DAY} a day`,
      });
  }
  return issues;
}

/** Reads a plan from any input: its shape, then its rules. Never defaults a missing field. */
export function parsePlan(input: unknown): Result<Plan> {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const issues = planRuleIssues(parsed.data.slots);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

/** Which of two copies of a plan wins a sync: the higher revision, then the later update. */
export function newerPlan(a: Plan, b: Plan): Plan {
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  return Date.parse(a.updatedAt) >= Date.parse(b.updatedAt) ? a : b;
}

/** Days with no slot, in week order: the rest days the plan already keeps. */
export function restDaysOf(plan: Pick<Plan, "slots">): Weekday[] {
  return WEEKDAYS.filter((day) => !plan.slots.some((slot) => slot.day === day));
}

/** Product rule: a week keeps a rest day. The first free day, or Sunday when every day is planned. */
export function suggestedRestDay(plan: Pick<Plan, "slots">): Weekday {
  return restDaysOf(plan)[0] ?? "sunday";
}
