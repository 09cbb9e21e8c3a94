/**
 * Share tables ready for distribution by owner (issue 20, item 4; docs/scaling.md):
 * - `share_tokens`: the lookup from a share token's hash to its owner and share, meant as a Citus reference
 *   table (a copy on every node), so a clinician's request finds the owner first and then reads the shares
 *   on the owner's node. It holds only hashes and ids, no health data. Filled from the existing shares.
 * - `shares`: the global UNIQUE on token_hash becomes UNIQUE (owner_id, token_hash); the lookup table keeps
 *   the global uniqueness of a hash (its primary key).
 * - `share_accesses`: a primary key (owner_id, id), with ids generated for the rows already there.
 */
import { type Kysely, type Migration, sql } from "kysely";

export const shareKeysForDistribution: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE share_tokens (
        token_hash text PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        share_id uuid NOT NULL
      )`.execute(db);
    await sql`INSERT INTO share_tokens (token_hash, owner_id, share_id) SELECT token_hash, owner_id, id FROM shares`.execute(
      db,
    );
    await sql`ALTER TABLE shares DROP CONSTRAINT shares_token_hash_key, ADD UNIQUE (owner_id, token_hash)`.execute(
      db,
    );
    await sql`ALTER TABLE share_accesses ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`.execute(db);
    await sql`ALTER TABLE share_accesses ADD PRIMARY KEY (owner_id, id)`.execute(db);
  },
};
