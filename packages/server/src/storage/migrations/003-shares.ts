/**
 * Shares: read-only links a person gives a clinician (design: "Sharing with a clinician"). Only the token's
 * SHA-256 is stored; each read through a share is kept as an access; guesses are counted per address.
 * Deleting the account deletes its shares and their accesses (ON DELETE CASCADE).
 */
import { type Kysely, type Migration, sql } from "kysely";

export const shares: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE shares (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        label text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        PRIMARY KEY (owner_id, id)
      )`.execute(db);
    await sql`
      CREATE TABLE share_accesses (
        owner_id uuid NOT NULL,
        share_id uuid NOT NULL,
        at timestamptz NOT NULL,
        what text NOT NULL CHECK (what IN ('record', 'fhir')),
        FOREIGN KEY (owner_id, share_id) REFERENCES shares (owner_id, id) ON DELETE CASCADE
      )`.execute(db);
    await sql`CREATE INDEX share_accesses_share_at ON share_accesses (owner_id, share_id, at)`.execute(db);
    await sql`
      CREATE TABLE share_failures (
        key_hash text NOT NULL,
        at timestamptz NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX share_failures_key_at ON share_failures (key_hash, at)`.execute(db);
  },
};
