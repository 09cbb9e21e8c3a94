/**
 * Throttle keys become HMACs with a server secret (accounts/throttle-key.ts): a random secret kept with the
 * data in `server_secrets` (unless LIMBER_THROTTLE_SECRET gives one), and each throttle row about an account's
 * email carries the HMAC of that email as `subject_hash`, so deleting the account deletes its rows. The rows
 * keyed by unsalted SHA-256 (from which an email or address could be recovered) are dropped: they are at most
 * a window of throttle state.
 */
import { type Kysely, type Migration, sql } from "kysely";

export const throttleSecret: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE server_secrets (
        name text PRIMARY KEY,
        value text NOT NULL
      )`.execute(db);
    await sql`DELETE FROM login_failures`.execute(db);
    await sql`DELETE FROM share_failures`.execute(db);
    await sql`ALTER TABLE login_failures ADD COLUMN subject_hash text`.execute(db);
    await sql`CREATE INDEX login_failures_subject ON login_failures (subject_hash)`.execute(db);
  },
};
