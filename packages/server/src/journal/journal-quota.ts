/**
 * A per-person quota on journal writes, far above any real use, so one account cannot grow its journal
 * without bound (and with it the work of everything that reads it). A person who checks in morning and
 * evening, does both techniques and notes a few urges writes about 10 events a day; a device back online
 * after ten days sends about 100 at once. The quota: 120 a minute and 500 a day (windows that start at
 * their first write), then 429 with Retry-After. Counted in the database like the sign-in throttle
 * (attempt-counter.ts), so it holds across every server process; the rows go with the account.
 */

import { DAY_MS, MINUTE_MS } from "@limber/core/units";
import { reserveAttempt } from "../accounts/attempt-counter";
import { rateLimited } from "../accounts/login-throttle";
import type { SignedInUser } from "../accounts/signed-in-user";
import { type Services, wallDate } from "../services";

/** Reserves one journal write for `user`, or throws 429 rate_limited with Retry-After. */
export async function reserveJournalWrite(services: Services, user: SignedInUser): Promise<void> {
  const { perMinute, perDay } = services.settings.journalQuota;
  const now = wallDate(services.clock);
  const gates = [
    { key: `journal-minute:${user.id}`, limit: perMinute, windowMs: MINUTE_MS, per: "minute" },
    { key: `journal-day:${user.id}`, limit: perDay, windowMs: DAY_MS, per: "day" },
  ];
  for (const { per, ...gate } of gates) {
    const reservation = await reserveAttempt(
      services.database,
      { ...gate, subject: user.email, fixedWindow: true },
      now,
    );
    if (!reservation.granted) {
      throw rateLimited(
        reservation.retryAfterSeconds,
        `This journal has had ${gate.limit} entries in the last ${per}, the most this server takes; try again after Retry-After.`,
      );
    }
  }
}
