/**
 * Safety facts (issue 20, item 2): acknowledgements of journal reasons and retractions of screening answers,
 * kept on the server as part of the person's record. Keyed by (owner_id, id) like journal events, so a
 * retried write is stored once and the table distributes by owner.
 */
import { type Kysely, type Migration, sql } from "kysely";

export const safetyFacts: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE safety_facts (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('acknowledgement', 'retraction')),
        at timestamptz NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner_id, id)
      )`.execute(db);
    await sql`CREATE INDEX safety_facts_owner_at ON safety_facts (owner_id, at, id)`.execute(db);
  },
};
