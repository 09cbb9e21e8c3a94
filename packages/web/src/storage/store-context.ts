/**
 * What every writer of the device's record shares: the database, the record's signals, one way to commit
 * a change (and tell the sync loop and other tabs) and one way to store a record with its sync entry.
 */
import type { Clock } from "@limber/core/clock";
import { sortEvents } from "@limber/core/journal/event-order";
import type { JournalEvent } from "@limber/core/journal/events";
import type { Signal } from "@preact/signals";
import { nextOutboxKey, type OutboxEntry, type OutboxOp } from "../sync/outbox-entry";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import type { DbWrite, RecordDb, TableName } from "./record-db";
import type { ScreeningRecord } from "./screening-record";
import type { Settings } from "./settings";

export type StoreContext = {
  readonly db: RecordDb;
  /** Outbox keys are ordered by its calendar reading. */
  readonly clock: Clock;
  readonly newId: () => string;
  /** Newest first. */
  readonly screenings: Signal<ScreeningRecord[]>;
  /** Oldest first (`sortEvents`). */
  readonly events: Signal<JournalEvent[]>;
  readonly settings: Signal<Settings>;
  /** Oldest first. */
  readonly acknowledgements: Signal<AcknowledgementRecord[]>;
  /** Bumped whenever something is queued for sync, so the sync loop can wake up. */
  readonly outboxVersion: Signal<number>;
  /**
   * Writes all or nothing; only then does `show` put the change on screen, the sync loop wake (when the
   * writes `queued` something for it) and other tabs hear of it.
   */
  commit(
    writes: readonly DbWrite[],
    show: () => void,
    options?: { readonly queued?: boolean },
  ): Promise<void>;
  /** Runs a write in turn after every write before it, once the record is loaded (see record-store.ts). */
  inTurn<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
};

/** A record stored together with the outbox entry that sends it: both land, or neither does. */
export function putAndQueue(
  clock: Clock,
  table: TableName,
  key: string,
  value: unknown,
  op: OutboxOp,
): DbWrite[] {
  return [{ op: "put", table, key, value }, queue(clock, op)];
}

export function queue(clock: Clock, op: OutboxOp): DbWrite {
  const entry: OutboxEntry = { ...op, key: nextOutboxKey(clock.wallNow()), attempts: 0 };
  return { op: "put", table: "outbox", key: entry.key, value: entry };
}

/** Oldest first in core's one order (time, then id), so every device shows the same order. */
export { sortEvents };

/** The records of `records` whose id `known` lacks, one per id (the last given, where an id repeats). */
export const freshById = <T extends { readonly id: string }>(
  records: readonly T[],
  known: ReadonlySet<string>,
): T[] => [...new Map(records.filter((r) => !known.has(r.id)).map((r) => [r.id, r])).values()];

export const oldestFirst = <T extends { readonly at: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

// Screenings newest first, as the server lists them. A tie keeps the given order (the record just made
// comes first), never an id order: two screenings in one millisecond must not swap which one is latest.
export const newestFirst = (records: readonly ScreeningRecord[]): ScreeningRecord[] =>
  [...records].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
