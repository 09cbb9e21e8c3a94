/**
 * persistent-48h counts back pain as well as stiffness (P20: "back pain or stiffness"), so a calm check-in,
 * the one that ends a run, now has both below the core's threshold. The partial index that finds the latest
 * calm check-in is rebuilt on the new predicate; the assessment's query repeats it exactly.
 */
import { type Kysely, type Migration, sql } from "kysely";

// Frozen: a migration holds its own literal SQL and imports nothing that can change (migrations-frozen.test.ts).
// The 3 is core's threshold (JOURNAL_THRESHOLDS.persistentStiffness) when this ran; calm-check-in-index.test.ts
// fails when the two disagree, and a new migration must then rebuild the index.
/** A check-in with both stiffness and pain below the threshold. */
const CALM_CHECK_IN = sql`type = 'check-in' AND (body->>'stiffness')::int < 3 AND (body->>'pain')::int < 3`;
/** Migration 002's predicate, which `down` restores. */
const STIFFNESS_ONLY_CALM = sql`type = 'check-in' AND (body->>'stiffness')::int < 3`;

export const calmCheckInsPainOrStiffness: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`DROP INDEX IF EXISTS journal_events_calm_check_ins`.execute(db);
    await sql`CREATE INDEX journal_events_calm_check_ins ON journal_events (owner_id, at, id) WHERE ${CALM_CHECK_IN}`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP INDEX IF EXISTS journal_events_calm_check_ins`.execute(db);
    await sql`CREATE INDEX journal_events_calm_check_ins ON journal_events (owner_id, at, id) WHERE ${STIFFNESS_ONLY_CALM}`.execute(
      db,
    );
  },
};
