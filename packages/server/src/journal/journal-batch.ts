/**
 * Journal writes, group-committed: every write waiting while the previous batch ran goes in as one
 * multi-row INSERT ... ON CONFLICT DO NOTHING (one transaction). Rows the insert skipped, or repeats of
 * an id within the batch, are settled against what is stored: the same content is a repeat, other content
 * a conflict. If the batch statement fails, each write is retried alone so one bad row fails only itself.
 */
import type { JournalEvent } from "@limber/core";
import { isSameEvent } from "@limber/core/journal/same-event";
import type { Kysely } from "kysely";
import { ApiError } from "../errors/api-error";
import type { BatchRunner } from "../storage/batch-queue";
import type { Database } from "../storage/database";
import type { Schema } from "../storage/schema";
import { journalRow, lockOwners, type WriteOutcome, writeEvent } from "./journal-store";

export type EventWrite = { readonly ownerId: string; readonly event: JournalEvent };

const keyOf = (ownerId: string, id: string) => `${ownerId}/${id.toLowerCase()}`;

async function writeTogether(
  { db }: Database,
  writes: readonly EventWrite[],
): Promise<(WriteOutcome | Error)[]> {
  return db.transaction().execute((trx) => writeInTransaction(trx, writes));
}

async function writeInTransaction(
  db: Kysely<Schema>,
  writes: readonly EventWrite[],
): Promise<(WriteOutcome | Error)[]> {
  await lockOwners(
    db,
    writes.map((write) => write.ownerId),
    "write",
  );
  const deleted = await deletedKeys(db, writes);
  const firstIndex = new Map<string, number>();
  writes.forEach((write, index) => {
    const key = keyOf(write.ownerId, write.event.id);
    if (!firstIndex.has(key) && !deleted.has(key)) firstIndex.set(key, index);
  });
  if (firstIndex.size === 0) return writes.map(() => new ApiError("event_deleted"));
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
  const outcomes: (WriteOutcome | Error)[] = [];
  const unsettled: number[] = [];
  writes.forEach((write, index) => {
    const key = keyOf(write.ownerId, write.event.id);
    if (deleted.has(key)) outcomes[index] = new ApiError("event_deleted");
    else if (firstIndex.get(key) === index && created.has(key)) outcomes[index] = "created";
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

export function journalBatchRunner(database: Database): BatchRunner<EventWrite, WriteOutcome> {
  return async (writes) => {
    try {
      return await writeTogether(database, writes);
    } catch {
      const outcomes: (WriteOutcome | Error)[] = [];
      for (const { ownerId, event } of writes) {
        outcomes.push(await writeEvent(database, ownerId, event).catch(asOutcomeError));
      }
      return outcomes;
    }
  };
}
