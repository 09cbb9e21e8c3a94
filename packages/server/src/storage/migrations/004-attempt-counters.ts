/**
 * Sign-in and sign-up throttling as one counter row per key (client address, account, email asked for),
 * so an attempt is reserved by a single atomic upsert before any password is hashed. Replaces the
 * append-only failure log, which could be raced (check, hash, then record). The table keeps its name, so
 * whatever empties it (tests, operators) keeps working.
 */
import { type Kysely, type Migration, sql } from "kysely";

export const attemptCounters: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`DROP TABLE login_failures`.execute(db);
    await sql`
      CREATE TABLE login_failures (
        key_hash text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        attempts integer NOT NULL,
        blocked_until timestamptz,
        granted boolean NOT NULL
      )`.execute(db);
  },
};
