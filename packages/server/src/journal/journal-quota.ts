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
 * Reserves one write for each owner in `ownerIds` (one entry per write, in order), inside the caller's
 * transaction: null where the write may go ahead, the 429 where it may not. Locks each owner's row until
 * the transaction ends, so concurrent batches for one person count one after the other.
 */
export async function reserveJournalWrites(
  db: Kysely<Schema>,
  ownerIds: readonly string[],
  quota: JournalQuota,
  now: Date,
): Promise<(ApiError | null)[]> {
  const owners = [...new Set(ownerIds)].sort(); // one lock order for every batch: no deadlock
  // Creates missing rows and locks every row; the no-op update returns the stored counts.
  const { rows } = await sql<{
    owner_id: string;
    minute_start: Date;
    minute_count: number;
    day_start: Date;
    day_count: number;
  }>`
    INSERT INTO journal_quotas AS q (owner_id, minute_start, minute_count, day_start, day_count)
    VALUES ${sql.join(owners.map((owner) => sql`(${owner}, ${now}, 0, ${now}, 0)`))}
    ON CONFLICT (owner_id) DO UPDATE SET owner_id = q.owner_id
    RETURNING owner_id, minute_start, minute_count, day_start, day_count`.execute(db);
  const counts = new Map<string, QuotaCounts>(
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
  const grants = ownerIds.map((owner) => grantWrite(counts.get(owner) as QuotaCounts, quota, now.getTime()));
  await sql`
    UPDATE journal_quotas AS q
    SET minute_start = v.minute_start::timestamptz, minute_count = v.minute_count::int,
        day_start = v.day_start::timestamptz, day_count = v.day_count::int
    FROM (VALUES ${sql.join(
      [...counts].map(
        ([owner, c]) =>
          sql`(${owner}::uuid, ${new Date(c.minuteStart)}, ${c.minuteCount}, ${new Date(c.dayStart)}, ${c.dayCount})`,
      ),
    )}) AS v (owner_id, minute_start, minute_count, day_start, day_count)
    WHERE q.owner_id = v.owner_id`.execute(db);
  return grants;
}
