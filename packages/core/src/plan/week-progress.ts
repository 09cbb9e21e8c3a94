/**
 * Progress over weeks, in plain words (journal week view, visit summary, clinician's view): sessions done
 * against the plan, how stiffness and pain moved, stops for pain and urges to crack the back. Never a score,
 * a streak or a target to beat (P11, P13: no goal is tied to doing more). Weeks run Monday to Sunday in the
 * person's time zone. The current plan counts from its last change on: a week before it shows sessions done
 * without a plan, and the week it was made counts only the slots after it.
 */
import { sortEvents } from "../journal/event-order";
import type { JournalEvent } from "../journal/events";
import { occurrencesBetween } from "./occurrences";
import type { Plan } from "./plan";
import { WEEKDAYS } from "./plan-week";
import { addDays, localParts, zonedInstant } from "./zoned-time";

export type Movement = { readonly first: number; readonly last: number };
export type WeekProgress = {
  /** The week's Monday, YYYY-MM-DD, local. */
  readonly start: string;
  /** Slots the plan holds in this week, or undefined without a plan. */
  readonly planned: number | undefined;
  readonly completed: number;
  readonly stoppedForPain: number;
  readonly urges: number;
  readonly checkIns: number;
  /** The week's first and last check-in, when it has any. */
  readonly stiffness: Movement | undefined;
  readonly pain: Movement | undefined;
};

/** The Monday of the local week holding an instant. */
export function weekStartOf(epochMs: number, timeZone: string): string {
  const { date, weekday } = localParts(epochMs, timeZone);
  return addDays(date, -WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]));
}

/** The last `weeks` local weeks up to the one holding `now`, oldest first. Events after `now` are ignored. */
export function weekProgress(input: {
  readonly plan: Pick<Plan, "slots" | "timeZone" | "updatedAt"> | undefined;
  readonly events: readonly JournalEvent[];
  readonly timeZone: string;
  readonly now: number;
  readonly weeks: number;
}): WeekProgress[] {
  const { timeZone, now } = input;
  const planSince = input.plan ? Date.parse(input.plan.updatedAt) : undefined;
  const current = weekStartOf(now, timeZone);
  const result: WeekProgress[] = [];
  for (let back = input.weeks - 1; back >= 0; back -= 1) {
    const start = addDays(current, -7 * back);
    const from = zonedInstant(start, 0, timeZone);
    const to = zonedInstant(addDays(start, 7), 0, timeZone);
    const inWeek = sortEvents(
      input.events.filter((event) => {
        const at = Date.parse(event.at);
        return at >= from && at < to && at <= now;
      }),
    );
    const checkIns = inWeek.flatMap((event) => (event.type === "check-in" ? [event] : []));
    const sessions = inWeek.flatMap((event) => (event.type === "session" ? [event] : []));
    const firstCheckIn = checkIns[0];
    const lastCheckIn = checkIns.at(-1);
    result.push({
      start,
      planned:
        input.plan && planSince !== undefined && planSince < to
          ? occurrencesBetween({ slots: input.plan.slots, timeZone }, Math.max(from, planSince), to).length
          : undefined,
      completed: sessions.filter((session) => session.outcome === "completed").length,
      stoppedForPain: sessions.filter((session) => session.outcome === "stopped-for-pain").length,
      urges: inWeek.filter((event) => event.type === "adjust-urge").length,
      checkIns: checkIns.length,
      stiffness:
        firstCheckIn && lastCheckIn
          ? { first: firstCheckIn.stiffness, last: lastCheckIn.stiffness }
          : undefined,
      pain: firstCheckIn && lastCheckIn ? { first: firstCheckIn.pain, last: lastCheckIn.pain } : undefined,
    });
  }
  return result;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function movementWords(what: string, movement: Movement | undefined): string | undefined {
  if (!movement) return undefined;
  const { first, last } = movement;
  if (last < first) return `${what} eased from ${first} to ${last}`;
  if (last > first) return `${what} rose from ${first} to ${last}`;
  return `${what} stayed at ${first}`;
}

/** One week in plain words: "3 of 4 planned sessions; stiffness eased from 5 to 3; 1 stop for pain". */
export function describeWeek(week: WeekProgress): string {
  const parts = [
    week.planned === undefined
      ? plural(week.completed, "session done", "sessions done")
      : `${week.completed} of ${plural(week.planned, "planned session", "planned sessions")}`,
    movementWords("stiffness", week.stiffness),
    movementWords("pain", week.pain),
    week.stoppedForPain > 0 ? plural(week.stoppedForPain, "stop for pain", "stops for pain") : undefined,
    week.urges > 0 ? plural(week.urges, "urge to crack the back", "urges to crack the back") : undefined,
    week.checkIns === 0 ? "no check-ins" : undefined,
  ];
  return parts.filter((part) => part !== undefined).join("; ");
}
