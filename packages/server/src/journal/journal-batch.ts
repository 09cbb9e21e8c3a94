/**
 * Journal writes, group-committed: every write waiting while the previous batch ran goes in as one call of
 * journal_write_batch (migration 011), one statement and one round trip. It locks the owners and their
 * quota rows, then, with a snapshot taken after those locks, grants each write against its owner's quota
 * (journal-quota.ts), checks the deletions, inserts each new (owner, id) once (ON CONFLICT DO NOTHING) and
 * returns what is stored under the ids it skipped. Skipped ids and repeats within the batch are settled
 * here against what is stored: the same content is a repeat, other content a conflict. If the batch fails,
 * each write is retried alone (the same call, one write) so one bad row fails only itself.
 */
import type { JournalEvent } from "@limber/core";
import type { Clock } from "@limber/core/clock";
import { isSameEvent } from "@limber/core/journal/same-event";
import { DAY_MS, MINUTE_MS } from "@limber/core/units";
import { type Kysely, sql } from "kysely";
import { ApiError } from "../errors/api-error";
import type { BatchRunner } from "../storage/batch-queue";
import type { Database } from "../storage/database";
import type { Schema } from "../storage/schema";
import { wallDate } from "../wall-date";
import { type QuotaVerdict, quotaRefusal } from "./journal-quota";
import type { JournalQuota } from "./journal-quota-limits";
import { journalRow, type WriteOutcome } from "./journal-store";

export type EventWrite = { readonly ownerId: string; readonly event: JournalEvent };

type Limits = { readonly quota: JournalQuota; readonly now: Date };

/** One write as journal_write_batch answers it; `first_ord` is the 1-based place of the write of its id
 * that was inserted or looked up, `body` what is stored under that id when it was neither deleted nor new. */
type Verdict = {
  verdict: "granted" | "account_gone" | QuotaVerdict;
  retry_after: number | null;
  first_ord: string | null;
  deleted: boolean | null;
  created: boolean | null;
  body: string | null;
};

const accountGone = () => new ApiError("unauthenticated", "This account no longer exists.");

async function writeBatch(
  db: Kysely<Schema>,
  writes: readonly EventWrite[],
  { quota, now }: Limits,
): Promise<(WriteOutcome | Error)[]> {
  const rows = writes.map(({ ownerId, event }) => journalRow(ownerId, event));
  const { rows: verdicts } = await sql<Verdict>`
    SELECT verdict, retry_after, first_ord, deleted, created, body FROM journal_write_batch(
      ${rows.map((row) => row.owner_id)}::uuid[], ${rows.map((row) => row.id)}::uuid[],
      ${rows.map((row) => row.type)}::text[], ${rows.map((row) => row.at)}::timestamptz[],
      ${rows.map((row) => row.body)}::text[], ${now}::timestamptz,
      ${quota.perMinute}::integer, ${quota.perDay}::integer, ${MINUTE_MS}::bigint, ${DAY_MS}::bigint
    )`.execute(db);
  const unsettled: number[] = [];
  const outcomes = verdicts.map((answer, index): WriteOutcome | Error => {
    if (answer.verdict === "account_gone") return accountGone();
    if (answer.verdict !== "granted") return quotaRefusal(answer.verdict, answer.retry_after ?? 1, quota);
    if (answer.deleted) return new ApiError("event_deleted");
    const first = Number(answer.first_ord) - 1;
    if (answer.created && first === index) return "created";
    // A repeat of an id this batch created is compared with the write that created it, as stored (JSON).
    const stored = answer.created
      ? JSON.parse(JSON.stringify((writes[first] as EventWrite).event))
      : answer.body === null
        ? undefined
        : JSON.parse(answer.body);
    if (stored === undefined) {
      unsettled.push(index);
      return new ApiError("event_conflict"); // settled below
    }
    return isSameEvent(stored, (writes[index] as EventWrite).event)
      ? "repeated"
      : new ApiError("event_conflict");
  });
  if (unsettled.length > 0) await settleLate(db, writes, unsettled, outcomes);
  return outcomes;
}

/** Ids another transaction stored after the statement's snapshot was taken: read now, and settled. */
async function settleLate(
  db: Kysely<Schema>,
  writes: readonly EventWrite[],
  unsettled: readonly number[],
  outcomes: (WriteOutcome | Error)[],
): Promise<void> {
  const keyOf = (ownerId: string, id: string) => `${ownerId}/${id.toLowerCase()}`;
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
}

/** The only foreign key is the owner: a violation means the account was deleted while the write waited. */
function asOutcomeError(error: Error & { code?: string }): Error {
  return error.code === "23503" ? accountGone() : error;
}

export function journalBatchRunner(
  { db }: Database,
  quota: JournalQuota,
  clock: Clock,
): BatchRunner<EventWrite, WriteOutcome> {
  return async (writes) => {
    const limits = { quota, now: wallDate(clock) };
    try {
      return await writeBatch(db, writes, limits);
    } catch {
      const outcomes: (WriteOutcome | Error)[] = [];
      for (const write of writes) {
        const [outcome] = await writeBatch(db, [write], limits).catch((error) => [asOutcomeError(error)]);
        outcomes.push(outcome as WriteOutcome | Error);
      }
      return outcomes;
    }
  };
}
