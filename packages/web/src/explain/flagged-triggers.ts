/**
 * Which help triggers apply to this person right now: every reason of their latest screening plus every
 * flag of the core's journal assessment. The assessment's own refusal (bad stored data) is reported, not hidden.
 */
import { assessJournal } from "@limber/core/journal/assess";
import type { JournalEvent } from "@limber/core/journal/events";
import type { ScreeningRecord } from "../storage/store";

export type FlaggedTriggers = {
  readonly codes: ReadonlySet<string>;
  readonly recommendation: "self-care" | "see-professional" | "emergency";
  readonly journalError: string | null;
};

export function flaggedTriggers(input: {
  screenings: readonly ScreeningRecord[];
  events: readonly JournalEvent[];
  now: Date;
  timeZone: string;
}): FlaggedTriggers {
  const codes = new Set<string>(input.screenings[0]?.decision.reasons.map((reason) => reason.code) ?? []);
  let recommendation: FlaggedTriggers["recommendation"] =
    input.screenings[0]?.decision.outcome ?? "self-care";
  // An event stamped a moment ahead (another device's clock) is not yet part of the trend; the core would
  // rightly refuse it as "after now" and hide every other flag with it.
  const nowMs = input.now.getTime();
  const events = input.events.filter((event) => Date.parse(event.at) <= nowMs);
  const assessed = assessJournal({ timeZone: input.timeZone, now: input.now.toISOString(), events });
  if (!assessed.ok) {
    return {
      codes,
      recommendation,
      journalError: "Your journal could not be checked, so journal warnings are not shown here.",
    };
  }
  for (const flag of assessed.value.flags) codes.add(flag.code);
  const rank = { "self-care": 0, "see-professional": 1, emergency: 2 } as const;
  if (rank[assessed.value.recommendation] > rank[recommendation])
    recommendation = assessed.value.recommendation;
  return { codes, recommendation, journalError: null };
}
