/**
 * A journal read from a trusted record: events validated with the journal contract when they entered the
 * store (a write, an import, a sync), so no schema runs again. Does what `parseJournalInput` does after
 * validation: an event dated after now waits until its time comes (a clock running ahead), the same event
 * stored twice counts once, two different events under one id make the journal unreadable (null, the safer
 * answer), and ties on time are broken by id.
 */
import type { Instant } from "../units";
import { sortTimed } from "./event-order";
import type { JournalEvent } from "./events";
import { instantMs } from "./instant-ms";
import type { JournalContext, TimedEvent } from "./journal-context";
import { isSameEvent } from "./same-event";

export function trustedJournalContext(
  timeZone: string,
  now: Instant | number,
  events: readonly JournalEvent[],
): JournalContext | null {
  const seen = new Map<string, JournalEvent>();
  const timed: TimedEvent[] = [];
  for (const event of events) {
    const epochMs = instantMs(event.at);
    if (!(epochMs <= now)) continue;
    const earlier = seen.get(event.id);
    if (earlier !== undefined) {
      if (isSameEvent(earlier, event)) continue;
      return null;
    }
    seen.set(event.id, event);
    // The instant first: V8 builds `{ ...event, epochMs }` ten times slower (a new shape for every object).
    timed.push({ epochMs, ...event });
  }
  return { timeZone, nowMs: now, events: sortTimed(timed) };
}
