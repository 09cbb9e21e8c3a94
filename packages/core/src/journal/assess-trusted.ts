/**
 * The fast path for a journal that was validated when it entered its store (the server's rows, a device's
 * stored records): no schema runs again, only the rules. Untrusted input goes through `assessJournal`, which
 * validates and then runs the same rules; a property test proves both give the same answer on any valid journal.
 */

import { sortTimed } from "./event-order";
import type { JournalEvent } from "./events";
import { instantMs } from "./instant-ms";
import type { Assessment, TimedEvent } from "./journal-context";
import { assess } from "./run-rules";

export type TrustedJournal = {
  /** An IANA zone the caller has checked (`isTimeZone`): only the zone comes from outside the store. */
  readonly timeZone: string;
  readonly nowMs: number;
  /** Stored events: each valid, one per id, in any order. */
  readonly events: readonly JournalEvent[];
};

/** Events after `now` (a clock running ahead) wait until their time comes, as in every store's read. */
export function assessTrusted({ timeZone, nowMs, events }: TrustedJournal): Assessment {
  const timed: TimedEvent[] = [];
  for (const event of events) {
    const epochMs = instantMs(event.at);
    // The instant first: V8 builds `{ ...event, epochMs }` ten times slower (a new shape for every object).
    if (epochMs <= nowMs) timed.push({ epochMs, ...event });
  }
  return assess({ timeZone, nowMs, events: sortTimed(timed) });
}
