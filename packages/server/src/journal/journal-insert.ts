/**
 * A journal batch's second statement (journal-batch.ts), run after the owners' locks so that its snapshot
 * sees every deletion committed before them: it checks the deletions, inserts the events not deleted (ON
 * CONFLICT DO NOTHING: a retry is stored once), stores the quota counts granted for the batch, and returns
 * for each write whether it was deleted, created, or what is already stored under its id. One statement
 * (data-modifying CTEs over arrays), so a batch costs the database two statements and a commit.
 */
import type { JournalEvent } from "@limber/core";
import { type Kysely, sql } from "kysely";
import type { Schema } from "../storage/schema";
import type { QuotaCounts } from "./journal-quota";
import { journalRow } from "./journal-store";

/**
 * What became of one write: `body` is what is stored under its id when it was neither deleted nor created;
 * undefined when another transaction stored it after this statement's snapshot (the caller reads it again).
 */
export type InsertResult = { readonly deleted: boolean; readonly created: boolean; readonly body?: unknown };

/** `writes` hold at most one write per (owner, id); `counts` are the batch's quota counts by owner. */
export async function insertNewEvents(
  db: Kysely<Schema>,
  writes: readonly { readonly ownerId: string; readonly event: JournalEvent }[],
  counts: ReadonlyMap<string, QuotaCounts>,
): Promise<InsertResult[]> {
  const quotas = [...counts];
  const rows = writes.map(({ ownerId, event }) => journalRow(ownerId, event));
  const instant = (ms: number) => new Date(ms).toISOString();
  const answer = await sql<{ ord: string; deleted: boolean; created: boolean; body: string | null }>`
    WITH input AS (
      SELECT * FROM unnest(
        ${rows.map((row) => row.owner_id)}::uuid[],
        ${rows.map((row) => row.id)}::uuid[],
        ${rows.map((row) => row.type)}::text[],
        ${rows.map((row) => row.at)}::timestamptz[],
        ${rows.map((row) => row.body)}::text[]
      ) WITH ORDINALITY AS i (owner_id, id, type, at, body, ord)
    ),
    deleted AS (
      SELECT i.ord FROM input i
      WHERE EXISTS (SELECT 1 FROM journal_deletions d WHERE d.owner_id = i.owner_id AND d.id = i.id)
    ),
    inserted AS (
      INSERT INTO journal_events (owner_id, id, type, at, body)
      SELECT owner_id, id, type, at, body::jsonb FROM input
      WHERE ord NOT IN (SELECT ord FROM deleted)
      ON CONFLICT (owner_id, id) DO NOTHING
      RETURNING owner_id, id
    ),
    counted AS (
      UPDATE journal_quotas AS q
      SET minute_start = v.minute_start, minute_count = v.minute_count,
          day_start = v.day_start, day_count = v.day_count
      FROM unnest(
        ${quotas.map(([owner]) => owner)}::uuid[],
        ${quotas.map(([, c]) => instant(c.minuteStart))}::timestamptz[],
        ${quotas.map(([, c]) => c.minuteCount)}::int[],
        ${quotas.map(([, c]) => instant(c.dayStart))}::timestamptz[],
        ${quotas.map(([, c]) => c.dayCount)}::int[]
      ) AS v (owner_id, minute_start, minute_count, day_start, day_count)
      WHERE q.owner_id = v.owner_id
    )
    SELECT i.ord, d.ord IS NOT NULL AS deleted, n.id IS NOT NULL AS created,
      -- A lookup by key, only for the skipped ids: a join here may scan the whole journal.
      CASE WHEN d.ord IS NULL AND n.id IS NULL THEN (
        SELECT e.body::text FROM journal_events e WHERE e.owner_id = i.owner_id AND e.id = i.id
      ) END AS body
    FROM input i
    LEFT JOIN deleted d ON d.ord = i.ord
    LEFT JOIN inserted n ON n.owner_id = i.owner_id AND n.id = i.id
    ORDER BY i.ord`.execute(db);
  return answer.rows.map((row) => ({
    deleted: row.deleted,
    created: row.created,
    ...(row.body === null ? {} : { body: JSON.parse(row.body) }),
  }));
}
