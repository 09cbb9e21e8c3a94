/**
 * When a plan's slots fall: every occurrence between two instants at the planned local time in the plan's
 * own time zone (so across a daylight-saving change a 07:30 slot stays at 07:30 local), and the one
 * reminder due now, if any. Pure: the server's sender and the tests call the same functions.
 */
import { HOUR_MS } from "../units";
import type { Plan, PlanSlot } from "./plan";
import { minutesOfDay } from "./plan-week";
import { localParts, nextDate, zonedInstant } from "./zoned-time";

export type Occurrence = {
  readonly slot: PlanSlot;
  /** The local date (YYYY-MM-DD) in the plan's time zone. */
  readonly date: string;
  /** The instant, epoch ms. */
  readonly at: number;
};

/** Every occurrence with `from <= at < to`, in time order. */
export function occurrencesBetween(
  plan: Pick<Plan, "slots" | "timeZone">,
  from: number,
  to: number,
): Occurrence[] {
  const found: Occurrence[] = [];
  // Start a day early: a local date's slots may fall before `from`'s local midnight in UTC terms.
  let date = localParts(from - 26 * HOUR_MS, plan.timeZone).date;
  const lastDate = localParts(to + 26 * HOUR_MS, plan.timeZone).date;
  while (date <= lastDate) {
    const weekday = localParts(zonedInstant(date, 12 * 60, plan.timeZone), plan.timeZone).weekday;
    for (const slot of plan.slots) {
      if (slot.day !== weekday) continue;
      const at = zonedInstant(date, minutesOfDay(slot.time), plan.timeZone);
      if (at >= from && at < to) found.push({ slot, date, at });
    }
    date = nextDate(date);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Product rule: a reminder more than this late (a server that was down) is skipped, not sent at a wrong time. */
export const REMINDER_LATE_LIMIT_MS = HOUR_MS;

/**
 * The reminder due at `now`: the latest occurrence at or before `now`, no more than REMINDER_LATE_LIMIT_MS
 * ago. Its `claim` is the local date: at most one reminder a day, whichever slot comes first.
 */
export function dueReminder(
  plan: Pick<Plan, "slots" | "timeZone">,
  now: number,
): { readonly claim: string; readonly occurrence: Occurrence } | undefined {
  const recent = occurrencesBetween(plan, now - REMINDER_LATE_LIMIT_MS, now + 1);
  const occurrence = recent.at(-1);
  return occurrence ? { claim: occurrence.date, occurrence } : undefined;
}
