/**
 * Which events the journal rules read, so a store can hand them only those instead of a whole journal
 * (a journal of a million events costs the same to assess as one of a hundred). The rules read:
 * - every event of the 7 days before `now` (frequent-adjusting, repeated-sharp-pain, reported symptoms);
 * - for persistent-48h (P20), the latest run of check-ins not eased (pain or stiffness at the threshold): its latest check-in, the calm check-in just
 *   before the run (where the walk back stops), the run's first check-in, and the first completed session
 *   at or after that first check-in (the rule only asks whether one lies inside the run).
 * `assess` over `neededEvents(journal)` equals `assess` over the whole journal (proved by a property test).
 */
import type { TimedEvent } from "./journal-context";
import { JOURNAL_THRESHOLDS as T } from "./thresholds";

export type JournalNeeds = {
  /** Every event at or after this instant (and not after `now`) is needed. */
  readonly recentFromMs: number;
  /** Events after `now` are never read. */
  readonly untilMs: number;
  /** A check-in with both stiffness and pain below this ends a run (the "calm" check-in). */
  readonly stiffAtLeast: number;
  /** The session outcome that counts as gentle stretching inside the run. */
  readonly stretchOutcome: "completed";
};

export function journalNeeds(nowMs: number): JournalNeeds {
  return {
    recentFromMs: nowMs - T.recentWindowMs.value,
    untilMs: nowMs,
    stiffAtLeast: T.persistentStiffness.value,
    stretchOutcome: "completed",
  };
}

/** The events of a time-sorted journal that the rules read at `nowMs`, in the same order. */
export function neededEvents(events: readonly TimedEvent[], nowMs: number): TimedEvent[] {
  const needs = journalNeeds(nowMs);
  const known = events.filter((event) => event.epochMs <= needs.untilMs);
  const checkIns = known.filter((event) => event.type === "check-in");
  const latest = checkIns.at(-1);
  const calm = checkIns.findLast(
    (event) => event.stiffness < needs.stiffAtLeast && event.pain < needs.stiffAtLeast,
  );
  const first = calm === undefined ? checkIns[0] : checkIns[checkIns.indexOf(calm) + 1];
  const stretch =
    first &&
    known.find(
      (event) =>
        event.type === "session" && event.outcome === needs.stretchOutcome && event.epochMs >= first.epochMs,
    );
  const picked = new Set([latest, calm, first, stretch]);
  return known.filter((event) => event.epochMs >= needs.recentFromMs || picked.has(event));
}
