/**
 * Journal write quotas (issue 19, item 5): one row per person, counted inside the journal write's own
 * transaction, so a write costs one commit instead of three. The counts in `login_failures` (004) it
 * replaces were keyed by HMACs of the person's id and expire within a day; they are left to age out there.
 * Deleting an account deletes its row (ON DELETE CASCADE).
 */
import { type Kysely, type Migration, sql } from "kysely";

export const journalQuotas: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE journal_quotas (
        owner_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        minute_start timestamptz NOT NULL,
        minute_count integer NOT NULL,
        day_start timestamptz NOT NULL,
        day_count integer NOT NULL
      )`.execute(db);
  },
};
