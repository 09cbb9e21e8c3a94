/**
 * A per-person quota on journal writes, far above any real use, so one account cannot grow its journal
 * without bound (and with it the work of everything that reads it). A person who checks in morning and
 * evening, does both techniques and notes a few urges writes about 10 events a day; a device back online
 * after ten days sends about 100 at once. The quota: 120 a minute and 500 a day (windows that start at
 * their first write), then 429 with Retry-After.
 *
 * Counted in the database (journal_quotas, one row per person) by the journal write's own statement
 * (journal_write_batch, migration 011, called by journal-batch.ts), so it holds across every server process
 * and a write costs one round trip. The rule, as that statement applies it to each write in batch order:
 * a window that has run its length starts again at this write; a full window refuses until it ends (the
 * minute checked first); a granted write counts in both windows; a refused write is not counted.
 */
import { rateLimited } from "../accounts/login-throttle";
import type { ApiError } from "../errors/api-error";
import type { JournalQuota } from "./journal-quota-limits";

/** What journal_write_batch says of a write it did not grant for want of room. */
export type QuotaVerdict = "minute_full" | "day_full";

export function quotaRefusal(
  verdict: QuotaVerdict,
  retryAfterSeconds: number,
  quota: JournalQuota,
): ApiError {
  const [limit, per] = verdict === "minute_full" ? [quota.perMinute, "minute"] : [quota.perDay, "day"];
  return rateLimited(
    retryAfterSeconds,
    `This journal has had ${limit} entries in the last ${per}, the most this server takes; try again after Retry-After.`,
  );
}
