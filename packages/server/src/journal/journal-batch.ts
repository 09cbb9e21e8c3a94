/**
 * Journal writes, group-committed: every write waiting while the previous batch ran goes in as one
 * transaction of two statements and one commit. The first takes the owners' locks and reads (and locks)
 * their write quotas (journal-quota.ts); the second, with a snapshot taken after those locks, checks the
 * deletions, inserts the new events (one multi-row INSERT ... ON CONFLICT DO NOTHING), counts the quota and
 * returns what is stored under the ids it skipped. Skipped ids and repeats within the batch are settled
 * against what is stored: the same content is a repeat, other content a conflict. If the batch fails, each
 * write is retried alone (the same steps, one write) so one bad row fails only itself.
 */
import type { JournalEvent } from "@limber/core";
import type { Clock } from "@limber/core/clock";
import { isSameEvent } from "@limber/core/journal/same-event";
import type { Kysely } from "kysely";
import { ApiError } from "../errors/api-error";
import type { BatchRunner } from "../storage/batch-queue";
import type { Database } from "../storage/database";
import type { Schema } from "../storage/schema";
import { wallDate } from "../wall-date";
import { insertNewEvents } from "./journal-insert";
import { grantWrite, lockJournalQuotas } from "./journal-quota";
import type { JournalQuota } from "./journal-quota-limits";
import type { WriteOutcome } from "./journal-store";

export type EventWrite = { readonly ownerId: string; readonly event: JournalEvent };

const keyOf = (ownerId: string, id: string) => `${ownerId}/${id.toLowerCase()}`;

type Limits = { readonly quota: JournalQuota; readonly now: Date };

const accountGone = () => new ApiError("unauthenticated", "This account no longer exists.");

async function writeTogether(
  { db }: Database,
  writes: readonly EventWrite[],
  limits: Limits,
): Promise<(WriteOutcome | Error)[]> {
  return db.transaction().execute((trx) => writeInTransaction(trx, writes, limits));
}

async function writeInTransaction(
  db: Kysely<Schema>,
  writes: readonly EventWrite[],
  { quota, now }: Limits,
): Promise<(WriteOutcome | Error)[]> {
  // Locks the owners (ordering writes against deletions: journal-store.ts) and their quota rows.
  const counts = await lockJournalQuotas(
    db,
    writes.map((write) => write.ownerId),
    now,
  );
  const outcomes: (WriteOutcome | Error)[] = [];
  const firstIndex = new Map<string, number>();
  writes.forEach((write, index) => {
    const owner = counts.get(write.ownerId);
    // No row: the account was deleted while the write waited.
    const refusal = owner ? grantWrite(owner, quota, now.getTime()) : accountGone();
    if (refusal) outcomes[index] = refusal;
    else {
      const key = keyOf(write.ownerId, write.event.id);
      if (!firstIndex.has(key)) firstIndex.set(key, index);
    }
  });
  const firsts = [...firstIndex.values()].map((index) => writes[index] as EventWrite);
  const settled = await insertNewEvents(db, firsts, counts);
  const firstOutcome = new Map<string, { index: number; settled: (typeof settled)[number] }>();
  [...firstIndex.entries()].forEach(([key, index], position) => {
    firstOutcome.set(key, { index, settled: settled[position] as (typeof settled)[number] });
  });
  const unsettled: number[] = [];
  writes.forEach((write, index) => {
    if (outcomes[index] !== undefined) return;
    const first = firstOutcome.get(keyOf(write.ownerId, write.event.id));
    if (!first) return;
    const { settled: result } = first;
    if (result.deleted) outcomes[index] = new ApiError("event_deleted");
    else if (result.created && first.index === index) outcomes[index] = "created";
    else {
      // A repeat of an id this batch created is compared with the write that created it, as stored (JSON).
      const stored = result.created
        ? JSON.parse(JSON.stringify((writes[first.index] as EventWrite).event))
        : result.body;
      if (stored === undefined) unsettled.push(index);
      else outcomes[index] = isSameEvent(stored, write.event) ? "repeated" : new ApiError("event_conflict");
    }
  });
  if (unsettled.length === 0) return outcomes;
  // Ids another transaction stored after this statement's snapshot was taken: read them now.
  const stored = await db
    .selectFrom("journal_events")
    .select(["owner_id", "id", "body"])
    .where((eb) =>
      eb.or(
        unsettled.map((index) => {
          const { ownerId, event } = writes[index] as EventWrite;
          return eb.and([eb("owner_id", "=", ownerId), eb("id", "=", event.id)]);
        }),
      ),
    )
    .execute();
  const bodies = new Map(stored.map((row) => [keyOf(row.owner_id, row.id), row.body]));
  for (const index of unsettled) {
    const { ownerId, event } = writes[index] as EventWrite;
    const body = bodies.get(keyOf(ownerId, event.id));
    outcomes[index] =
      body !== undefined && isSameEvent(body, event) ? "repeated" : new ApiError("event_conflict");
  }
  return outcomes;
}

/** The only foreign key is the owner: a violation means the account was deleted while the write waited. */
function asOutcomeError(error: Error & { code?: string }): Error {
  return error.code === "23503" ? accountGone() : error;
}

export function journalBatchRunner(
  database: Database,
  quota: JournalQuota,
  clock: Clock,
): BatchRunner<EventWrite, WriteOutcome> {
  return async (writes) => {
    const limits = { quota, now: wallDate(clock) };
    try {
      return await writeTogether(database, writes, limits);
    } catch {
      const outcomes: (WriteOutcome | Error)[] = [];
      for (const write of writes) {
        const [outcome] = await writeTogether(database, [write], limits).catch((error) => [
          asOutcomeError(error),
        ]);
        outcomes.push(outcome as WriteOutcome | Error);
      }
      return outcomes;
    }
  };
}
