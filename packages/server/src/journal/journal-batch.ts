/**
 * Journal writes, group-committed: every write waiting while the previous batch ran goes in as one
 * transaction: the owners' locks, the deletions, the write quota (journal-quota.ts), then one multi-row
 * INSERT ... ON CONFLICT DO NOTHING, and one commit. Rows the insert skipped, or repeats of an id within
 * the batch, are settled against what is stored: the same content is a repeat, other content a conflict.
 * If the batch fails, each write is retried alone (the same steps, one write) so one bad row fails only
 * itself.
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
import { reserveJournalWrites } from "./journal-quota";
import type { JournalQuota } from "./journal-quota-limits";
import { journalRow, lockOwners, type WriteOutcome } from "./journal-store";

export type EventWrite = { readonly ownerId: string; readonly event: JournalEvent };

const keyOf = (ownerId: string, id: string) => `${ownerId}/${id.toLowerCase()}`;

type Limits = { readonly quota: JournalQuota; readonly now: Date };

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
  const owners = writes.map((write) => write.ownerId);
  await lockOwners(db, owners, "write");
  const deleted = await deletedKeys(db, writes);
  const refused = await reserveJournalWrites(db, owners, quota, now);
  const outcomes: (WriteOutcome | Error)[] = [];
  const firstIndex = new Map<string, number>();
  writes.forEach((write, index) => {
    const key = keyOf(write.ownerId, write.event.id);
    const refusal = refused[index];
    if (refusal) outcomes[index] = refusal;
    else if (deleted.has(key)) outcomes[index] = new ApiError("event_deleted");
    else if (!firstIndex.has(key)) firstIndex.set(key, index);
  });
  if (firstIndex.size === 0) return outcomes;
  const inserted = await db
    .insertInto("journal_events")
    .values(
      [...firstIndex.values()].map((index) => {
        const { ownerId, event } = writes[index] as EventWrite;
        return journalRow(ownerId, event);
      }),
    )
    .onConflict((conflict) => conflict.columns(["owner_id", "id"]).doNothing())
    .returning(["owner_id", "id"])
    .execute();
  const created = new Set(inserted.map((row) => keyOf(row.owner_id, row.id)));
  const unsettled: number[] = [];
  writes.forEach((write, index) => {
    const key = keyOf(write.ownerId, write.event.id);
    if (outcomes[index] !== undefined) return;
    if (firstIndex.get(key) === index && created.has(key)) outcomes[index] = "created";
    else unsettled.push(index);
  });
  if (unsettled.length === 0) return outcomes;
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

/** The writes whose ids the person deleted: a retry of a deleted event must not bring it back. */
async function deletedKeys(db: Kysely<Schema>, writes: readonly EventWrite[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom("journal_deletions")
    .select(["owner_id", "id"])
    .where((eb) =>
      eb.or(
        writes.map(({ ownerId, event }) => eb.and([eb("owner_id", "=", ownerId), eb("id", "=", event.id)])),
      ),
    )
    .execute();
  return new Set(rows.map((row) => keyOf(row.owner_id, row.id)));
}

/** The only foreign key is the owner: a violation means the account was deleted while the write waited. */
function asOutcomeError(error: Error & { code?: string }): Error {
  return error.code === "23503" ? new ApiError("unauthenticated", "This account no longer exists.") : error;
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
