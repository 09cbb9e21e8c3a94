/**
 * Throttle counters shared by every server process through the database. An attempt is *reserved* by one
 * atomic upsert before any password is hashed, so N parallel tries get at most `limit` grants between them
 * (checking first and recording after can be raced). Keys are HMACs with a server secret (throttle-key.ts):
 * the table holds no address or email, nor a plain hash of one; a row about an account's email carries that
 * email's HMAC as its subject, and goes when the account does (`forgetSubject`).
 *
 * Two kinds of gate:
 * - a window (client addresses, sign-ups): `limit` attempts, then refused until a window has passed
 *   since the last attempt that went ahead;
 * - a backoff (accounts): `limit` attempts, then each further attempt waits a delay that doubles
 *   (1 s, 2 s, 4 s... at most the window), so a stranger can slow an account down but never lock it.
 */
import { sql } from "kysely";
import type { Database } from "../storage/database";
import { subjectHash, throttleHash } from "./throttle-key";

export type Gate = {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
  /** Slow down past the limit instead of refusing until the window ends. */
  readonly backoff?: boolean;
  /** The email of the account this row is about, if any: the row is deleted with the account. */
  readonly subject?: string;
};

export type Reservation = { readonly granted: boolean; readonly retryAfterSeconds: number };

/** The first delay past the limit; each further attempt doubles it, up to the window. */
export const BACKOFF_BASE_MS = 1_000;

const keyHash = (database: Database, key: string) => throttleHash(database, `throttle:${key}`);
const subjectOf = (database: Database, email: string | undefined) =>
  email === undefined ? Promise.resolve(null) : subjectHash(database, email);

/** Reserves one attempt under `gate`, atomically; says whether it may go ahead and, if not, for how long not. */
export async function reserveAttempt(database: Database, gate: Gate, now: Date): Promise<Reservation> {
  const { db } = database;
  const key = await keyHash(database, gate.key);
  const subject = await subjectOf(database, gate.subject);
  const cutoff = new Date(now.getTime() - gate.windowMs);
  const backoff = gate.backoff === true;
  const capSeconds = gate.windowMs / 1000;
  const baseSeconds = BACKOFF_BASE_MS / 1000;
  // expired: quiet for a whole window, so the count starts again.
  // granted: expired, under the limit, or (backoff) the current delay is over.
  const row = await sql<{ granted: boolean; last_at: Date; blocked_until: Date | null }>`
    INSERT INTO login_failures AS t (key_hash, window_start, last_at, attempts, blocked_until, granted, subject_hash)
    VALUES (${key}, ${now}, ${now}, 1, NULL, true, ${subject})
    ON CONFLICT (key_hash) DO UPDATE SET
      subject_hash = coalesce(${subject}, t.subject_hash),
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

/**
 * Gives back an attempt that went well (a right password), so only failures use up the window. `subject`
 * (the account's email) marks the row as about that account's address, to go when the account does.
 */
export async function refundAttempt(database: Database, key: string, subject?: string): Promise<void> {
  const subjectHashed = await subjectOf(database, subject);
  await database.db
    .updateTable("login_failures")
    .set((eb) => ({
      attempts: sql`greatest(${eb.ref("attempts")} - 1, 0)`,
      subject_hash: sql`coalesce(${subjectHashed}, ${eb.ref("subject_hash")})`,
    }))
    .where("key_hash", "=", await keyHash(database, key))
    .execute();
}

/** Forgets a key's attempts (an account signed in with the right password). */
export async function clearAttempts(database: Database, key: string): Promise<void> {
  await database.db
    .deleteFrom("login_failures")
    .where("key_hash", "=", await keyHash(database, key))
    .execute();
}

/** Remembers a key as good until `until` (an address an account has signed in from), about `subject`. */
export async function markKnown(database: Database, key: string, now: Date, subject: string): Promise<void> {
  const subjectHashed = await subjectHash(database, subject);
  await database.db
    .insertInto("login_failures")
    .values({
      key_hash: await keyHash(database, key),
      window_start: now,
      last_at: now,
      attempts: 0,
      blocked_until: null,
      granted: true,
      subject_hash: subjectHashed,
    })
    .onConflict((oc) => oc.column("key_hash").doUpdateSet({ last_at: now, subject_hash: subjectHashed }))
    .execute();
}

/** Deletes every throttle row about the account with this email (its email, its addresses). */
export async function forgetSubject(database: Database, email: string): Promise<void> {
  await database.db
    .deleteFrom("login_failures")
    .where("subject_hash", "=", await subjectHash(database, email))
    .execute();
}

/** True when `markKnown(key)` happened within `withinMs` of now. */
export async function isKnown(
  database: Database,
  key: string,
  now: Date,
  withinMs: number,
): Promise<boolean> {
  const row = await database.db
    .selectFrom("login_failures")
    .select("key_hash")
    .where("key_hash", "=", await keyHash(database, key))
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
