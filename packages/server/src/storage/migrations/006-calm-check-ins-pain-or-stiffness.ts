/**
 * persistent-48h counts back pain as well as stiffness (P20: "back pain or stiffness"), so a calm check-in,
 * the one that ends a run, now has both below the core's threshold. The partial index that finds the latest
 * calm check-in is rebuilt on the new predicate; the assessment's query repeats it exactly.
 */
import { JOURNAL_THRESHOLDS } from "@limber/core";
import { type Kysely, type Migration, sql } from "kysely";
import { CALM_CHECK_IN as STIFFNESS_ONLY_CALM } from "./002-owner-keys-and-journal-windows";

const BELOW = sql.lit(JOURNAL_THRESHOLDS.persistentStiffness.value);

/** A check-in with both stiffness and pain below the threshold. */
export const CALM_CHECK_IN = sql`type = 'check-in' AND (body->>'stiffness')::int < ${BELOW} AND (body->>'pain')::int < ${BELOW}`;

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
