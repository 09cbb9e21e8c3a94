/**
 * The fast path for a journal that was validated when it entered its store (the server's rows, a device's
 * stored records): no schema runs again, only the rules. Untrusted input goes through `assessJournal`, which
 * validates and then runs the same rules; a property test proves both give the same answer on any valid journal.
 */
import type { JournalEvent } from "./events";
import type { Assessment } from "./journal-context";
import { assess } from "./run-rules";
import { trustedJournalContext } from "./trusted-context";

export type TrustedJournal = {
  /** An IANA zone the caller has checked (`isTimeZone`): only the zone comes from outside the store. */
  readonly timeZone: string;
  readonly nowMs: number;
  /** Stored events, each valid, in any order. */
  readonly events: readonly JournalEvent[];
};

/** Null when two different events share one id: the journal cannot be read (see trusted-context.ts). */
export function assessTrusted({ timeZone, nowMs, events }: TrustedJournal): Assessment | null {
  const context = trustedJournalContext(timeZone, nowMs, events);
  return context && assess(context);
}
