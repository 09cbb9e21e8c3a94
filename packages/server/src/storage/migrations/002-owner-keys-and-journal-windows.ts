/**
 * A journal of a million events, and keys ready for distribution by owner (issue 9, items 5-7):
 * - indexes for the assessment's reads (the 7-day window is served by journal_events_owner_at): the latest
 *   check-in, the latest calm one (below the core's stiffness threshold), the run's first check-in and the
 *   first completed session in it, each one index probe;
 * - journal_deletions: tombstones the sync pull carries, so a deletion reaches every device;
 * - sessions and invites keyed by (owner_id, ...), so every user-owned table has its owner in its primary key
 *   and in every unique key (Citus can then distribute them by owner_id). Lookups by a token's hash keep a
 *   plain index. Rows are kept: only constraints and indexes change.
 */
import { type Kysely, type Migration, sql } from "kysely";

// Frozen: a migration holds its own literal SQL and imports nothing that can change (migrations-frozen.test.ts).
// The 3 was core's stiffness threshold when this ran; migration 006 rebuilt the calm index, and the query
// states its own predicate (journal/assessment-events.ts).
const CALM_CHECK_IN = sql`type = 'check-in' AND (body->>'stiffness')::int < 3`;
const COMPLETED_SESSION = sql`type = 'session' AND body->>'outcome' = 'completed'`;

export const ownerKeysAndJournalWindows: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`CREATE INDEX journal_events_owner_type_at ON journal_events (owner_id, type, at, id)`.execute(
      db,
    );
    await sql`CREATE INDEX journal_events_calm_check_ins ON journal_events (owner_id, at, id) WHERE ${CALM_CHECK_IN}`.execute(
      db,
    );
    await sql`CREATE INDEX journal_events_completed_sessions ON journal_events (owner_id, at, id) WHERE ${COMPLETED_SESSION}`.execute(
      db,
    );
    await sql`
      CREATE TABLE journal_deletions (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        deleted_at timestamptz NOT NULL,
        PRIMARY KEY (owner_id, id)
      )`.execute(db);
    await sql`CREATE INDEX journal_deletions_owner_deleted_at ON journal_deletions (owner_id, deleted_at, id)`.execute(
      db,
    );
    await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_pkey, ADD PRIMARY KEY (owner_id, id_hash)`.execute(
      db,
    );
    await sql`CREATE INDEX sessions_id_hash ON sessions (id_hash)`.execute(db);
    await sql`DROP INDEX sessions_owner`.execute(db);
    await sql`ALTER TABLE invites DROP CONSTRAINT invites_pkey, ADD PRIMARY KEY (owner_id, code_hash)`.execute(
      db,
    );
    await sql`CREATE INDEX invites_code_hash ON invites (code_hash)`.execute(db);
    await sql`DROP INDEX invites_owner`.execute(db);
  },
};
