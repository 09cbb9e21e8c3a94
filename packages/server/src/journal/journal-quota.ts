/**
 * A per-person quota on journal writes, far above any real use, so one account cannot grow its journal
 * without bound (and with it the work of everything that reads it). A person who checks in morning and
 * evening, does both techniques and notes a few urges writes about 10 events a day; a device back online
 * after ten days sends about 100 at once. The quota: 120 a minute and 500 a day (windows that start at
 * their first write), then 429 with Retry-After.
 *
 * Counted in the database (journal_quotas, one row per person) inside the journal write's own transaction
 * (journal-batch.ts), so it holds across every server process and a write costs one commit. A refused
 * write is not counted.
 */
import { DAY_MS, MINUTE_MS } from "@limber/core/units";
import { type Kysely, sql } from "kysely";
import { rateLimited } from "../accounts/login-throttle";
import type { ApiError } from "../errors/api-error";
import type { Schema } from "../storage/schema";
import type { JournalQuota } from "./journal-quota-limits";

/** One person's counts: writes in the minute and the day that started at `minuteStart` and `dayStart`. */
export type QuotaCounts = {
  minuteStart: number;
  minuteCount: number;
  dayStart: number;
  dayCount: number;
};

const WINDOWS = [
  { per: "minute", start: "minuteStart", count: "minuteCount", ms: MINUTE_MS, limit: "perMinute" },
  { per: "day", start: "dayStart", count: "dayCount", ms: DAY_MS, limit: "perDay" },
] as const;

/**
 * Grants one more write at `nowMs` and counts it in `counts`, or says why not: a window that has run its
 * length starts again at this write; a full window refuses until it ends.
 */
export function grantWrite(counts: QuotaCounts, quota: JournalQuota, nowMs: number): ApiError | null {
  for (const window of WINDOWS) {
    if (nowMs - counts[window.start] >= window.ms) {
      counts[window.start] = nowMs;
      counts[window.count] = 0;
    }
  }
  for (const window of WINDOWS) {
    const limit = quota[window.limit];
    if (counts[window.count] >= limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((counts[window.start] + window.ms - nowMs) / 1000));
      return rateLimited(
        retryAfterSeconds,
        `This journal has had ${limit} entries in the last ${window.per}, the most this server takes; try again after Retry-After.`,
      );
    }
  }
  counts.minuteCount += 1;
  counts.dayCount += 1;
  return null;
}

/**
 * Takes, inside the caller's transaction, the write lock on each owner in `ownerIds` (the users row, FOR KEY
 * SHARE: journal-store.ts's lockOwners) and on their quota row, creating the missing ones, and returns the
 * stored counts by owner. An owner whose account is gone has no entry. One statement, every lock in one
 * order (owner id) for every batch, so no two batches deadlock. Concurrent batches for one person then count
 * one after the other; the caller grants each write with grantWrite and stores the counts back
 * (journal-insert.ts).
 */
export async function lockJournalQuotas(
  db: Kysely<Schema>,
  ownerIds: readonly string[],
  now: Date,
): Promise<Map<string, QuotaCounts>> {
  const owners = [...new Set(ownerIds)].sort();
  // The no-op update locks an existing row and returns its latest counts.
  const { rows } = await sql<{
    owner_id: string;
    minute_start: Date;
    minute_count: number;
    day_start: Date;
    day_count: number;
  }>`
    WITH locked AS (SELECT id FROM users WHERE id = ANY(${owners}::uuid[]) ORDER BY id FOR KEY SHARE)
    INSERT INTO journal_quotas AS q (owner_id, minute_start, minute_count, day_start, day_count)
    SELECT id, ${now}, 0, ${now}, 0 FROM locked ORDER BY id
    ON CONFLICT (owner_id) DO UPDATE SET owner_id = q.owner_id
    RETURNING owner_id, minute_start, minute_count, day_start, day_count`.execute(db);
  return new Map(
    rows.map((row) => [
      row.owner_id,
      {
        minuteStart: row.minute_start.getTime(),
        minuteCount: row.minute_count,
        dayStart: row.day_start.getTime(),
        dayCount: row.day_count,
      },
    ]),
  );
}
