/**
 * A journal read from a trusted record: events validated with the journal contract when they entered the
 * store (a write, an import, a sync), so they are not parsed again at every read. Does what
 * `parseJournalInput` does after validation: the same event stored twice counts once, two different events
 * under one id make the journal unreadable (null, the safer answer), ties on time are broken by id.
 */
import type { Instant } from "../units";
import { sortEvents } from "./event-order";
import type { JournalEvent } from "./events";
import type { JournalContext, TimedEvent } from "./journal-context";
import { isSameEvent } from "./same-event";

export function trustedJournalContext(
  timeZone: string,
  now: Instant,
  events: readonly JournalEvent[],
): JournalContext | null {
  const seen = new Map<string, JournalEvent>();
  const timed: TimedEvent[] = [];
  for (const event of events) {
    const epochMs = Date.parse(event.at);
    // An event dated after now is judged later, as parseJournalInput refuses it (the caller leaves them out).
    if (!(epochMs <= now)) return null;
    const earlier = seen.get(event.id);
    if (earlier !== undefined) {
      if (isSameEvent(earlier, event)) continue;
      return null;
    }
    seen.set(event.id, event);
    timed.push({ ...event, epochMs });
  }
  return { timeZone, nowMs: now, events: sortEvents(timed) };
}
