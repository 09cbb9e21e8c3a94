/**
 * The one order of journal events everywhere (rules, stores, charts, the server's `ORDER BY at, id`): oldest
 * first, a tie on time broken by id, so every device and every rule sees simultaneous events the same way.
 */

type Ordered = { readonly at: string; readonly id: string };

/** The instant of `at`; an unreadable date counts as the newest (sorted last, where it counts as new). */
const timeOf = (event: Ordered) => {
  const epochMs = Date.parse(event.at);
  return Number.isNaN(epochMs) ? Number.POSITIVE_INFINITY : epochMs;
};

const byTimeThenId = (aMs: number, aId: string, bMs: number, bId: string) => {
  const byTime = aMs - bMs;
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
};

/** Time, then id by its characters (as the database compares uuids), never by a locale's collation. */
export function compareEvents(a: Ordered, b: Ordered): number {
  return byTimeThenId(timeOf(a), a.id, timeOf(b), b.id);
}

/** A sorted copy, oldest first (each date read once). */
export function sortEvents<T extends Ordered>(events: readonly T[]): T[] {
  return events
    .map((event) => ({ event, epochMs: timeOf(event) }))
    .sort((a, b) => byTimeThenId(a.epochMs, a.event.id, b.epochMs, b.event.id))
    .map(({ event }) => event);
}

/** Events whose instant is already read (`epochMs`), sorted in place in the same order: no date is parsed again. */
export function sortTimed<T extends { readonly epochMs: number; readonly id: string }>(events: T[]): T[] {
  return events.sort((a, b) => byTimeThenId(a.epochMs, a.id, b.epochMs, b.id));
}
