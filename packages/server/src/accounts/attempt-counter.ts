/**
 * Throttle counters shared by every server process through the database. An attempt is *reserved* by one
 * atomic upsert before any password is hashed, so N parallel tries get at most `limit` grants between them
 * (checking first and recording after can be raced). Keys are hashed: the table holds no address or email.
 *
 * Two kinds of gate:
 * - a window (client addresses, sign-ups): `limit` attempts, then refused until a window has passed
 *   since the last attempt that went ahead;
 * - a backoff (accounts): `limit` attempts, then each further attempt waits a delay that doubles
 *   (1 s, 2 s, 4 s... at most the window), so a stranger can slow an account down but never lock it.
 */
import { sql } from "kysely";
import type { Database } from "../storage/database";
import { hashToken } from "./secret-token";

export type Gate = {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
  /** Slow down past the limit instead of refusing until the window ends. */
  readonly backoff?: boolean;
};

export type Reservation = { readonly granted: boolean; readonly retryAfterSeconds: number };

/** The first delay past the limit; each further attempt doubles it, up to the window. */
export const BACKOFF_BASE_MS = 1_000;

const keyHash = (key: string) => hashToken(`throttle:${key}`);

/** Reserves one attempt under `gate`, atomically; says whether it may go ahead and, if not, for how long not. */
export async function reserveAttempt({ db }: Database, gate: Gate, now: Date): Promise<Reservation> {
  const cutoff = new Date(now.getTime() - gate.windowMs);
  const backoff = gate.backoff === true;
  const capSeconds = gate.windowMs / 1000;
  const baseSeconds = BACKOFF_BASE_MS / 1000;
  // expired: quiet for a whole window, so the count starts again.
  // granted: expired, under the limit, or (backoff) the current delay is over.
  const row = await sql<{ granted: boolean; last_at: Date; blocked_until: Date | null }>`
    INSERT INTO login_failures AS t (key_hash, window_start, last_at, attempts, blocked_until, granted)
    VALUES (${keyHash(gate.key)}, ${now}, ${now}, 1, NULL, true)
    ON CONFLICT (key_hash) DO UPDATE SET
      granted = (t.last_at <= ${cutoff} OR t.attempts + 1 <= ${gate.limit}::int
        OR (${backoff}::boolean AND t.blocked_until IS NOT NULL AND t.blocked_until <= ${now})),
      attempts = CASE
        WHEN t.last_at <= ${cutoff} THEN 1
        WHEN t.attempts + 1 <= ${gate.limit}::int
          OR (${backoff}::boolean AND t.blocked_until IS NOT NULL AND t.blocked_until <= ${now}) THEN t.attempts + 1
        ELSE t.attempts END,
      window_start = CASE WHEN t.last_at <= ${cutoff} THEN ${now} ELSE t.window_start END,
      blocked_until = CASE
        WHEN t.last_at <= ${cutoff} THEN NULL
        WHEN ${backoff}::boolean AND t.attempts + 1 >= ${gate.limit}::int
          AND (t.blocked_until IS NULL OR t.blocked_until <= ${now})
          THEN ${now}::timestamptz + make_interval(secs => least(${capSeconds}::float8,
            ${baseSeconds}::float8 * power(2, least(t.attempts + 1 - ${gate.limit}::int, 30))))
        ELSE t.blocked_until END,
      last_at = CASE
        WHEN t.last_at <= ${cutoff} OR t.attempts + 1 <= ${gate.limit}::int
          OR (${backoff}::boolean AND t.blocked_until IS NOT NULL AND t.blocked_until <= ${now}) THEN ${now}
        ELSE t.last_at END
    RETURNING granted, last_at, blocked_until`.execute(db);
  const result = row.rows[0];
  if (!result || result.granted) return { granted: true, retryAfterSeconds: 0 };
  const until =
    backoff && result.blocked_until
      ? result.blocked_until.getTime()
      : result.last_at.getTime() + gate.windowMs;
  return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/** Gives back an attempt that went well (a right password), so only failures use up the window. */
export async function refundAttempt({ db }: Database, key: string): Promise<void> {
  await db
    .updateTable("login_failures")
    .set((eb) => ({ attempts: sql`greatest(${eb.ref("attempts")} - 1, 0)` }))
    .where("key_hash", "=", keyHash(key))
    .execute();
}

/** Forgets a key's attempts (an account signed in with the right password). */
export async function clearAttempts({ db }: Database, key: string): Promise<void> {
  await db.deleteFrom("login_failures").where("key_hash", "=", keyHash(key)).execute();
}

/** Remembers a key as good until `until` (an address an account has signed in from). */
export async function markKnown({ db }: Database, key: string, now: Date): Promise<void> {
  await db
    .insertInto("login_failures")
    .values({
      key_hash: keyHash(key),
      window_start: now,
      last_at: now,
      attempts: 0,
      blocked_until: null,
      granted: true,
    })
    .onConflict((oc) => oc.column("key_hash").doUpdateSet({ last_at: now }))
    .execute();
}

/** True when `markKnown(key)` happened within `withinMs` of now. */
export async function isKnown({ db }: Database, key: string, now: Date, withinMs: number): Promise<boolean> {
  const row = await db
    .selectFrom("login_failures")
    .select("key_hash")
    .where("key_hash", "=", keyHash(key))
    .where("last_at", ">", new Date(now.getTime() - withinMs))
    .executeTakeFirst();
  return row !== undefined;
}

/** Old rows go when someone signs in, so the table stays the size of the recent attempts. */
export async function pruneAttempts({ db }: Database, now: Date, olderThanMs: number): Promise<void> {
  await db
    .deleteFrom("login_failures")
    .where("last_at", "<", new Date(now.getTime() - olderThanMs))
    .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", now)]))
    .execute();
}
