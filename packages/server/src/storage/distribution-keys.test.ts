/**
 * Ready for Citus (issue 20, item 4): read from the catalogue, every table is placed (distributed by owner_id,
 * reference or local), and every distributed table has owner_id in its primary key and in every unique key.
 * A planted table that breaks the rule is caught.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distributionKeyProblems } from "../../test-support/distribution-keys";
import { BACKENDS, openTestStore, type TestStore } from "../../test-support/test-app";
import { TABLE_PLACEMENT } from "./table-placement";

describe.each(BACKENDS)("distribution keys on %s", (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store.close();
  });

  it("places every table, and keys every distributed table by owner_id", async () => {
    expect(await distributionKeyProblems(store.database, TABLE_PLACEMENT)).toEqual([]);
  });

  it("gives share_accesses a primary key and shares no global unique key on the token's hash", async () => {
    const { rows } = await sql<{ name: string; definition: string }>`
      SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname IN ('shares', 'share_accesses') AND i.indisunique`.execute(store.database.db);
    expect(rows.some((row) => row.definition.includes("share_accesses") && row.name.endsWith("pkey"))).toBe(
      true,
    );
    expect(rows.filter((row) => /\(token_hash\)/.test(row.definition))).toEqual([]);
  });

  it("fails on a planted distributed table without owner_id in its key, and on a table nobody placed", async () => {
    const { db } = store.database;
    await sql`CREATE TABLE planted_notes (owner_id uuid NOT NULL, id uuid PRIMARY KEY, body text)`.execute(
      db,
    );
    await sql`CREATE TABLE planted_marks (owner_id uuid NOT NULL, id uuid NOT NULL, code text UNIQUE, PRIMARY KEY (owner_id, id))`.execute(
      db,
    );
    try {
      const problems = await distributionKeyProblems(store.database, {
        ...TABLE_PLACEMENT,
        planted_notes: { kind: "distributed", key: "owner_id", why: "planted" },
        planted_marks: { kind: "distributed", key: "owner_id", why: "planted" },
      });
      expect(problems).toEqual([
        "planted_marks: unique key planted_marks_code_key (code) lacks owner_id",
        "planted_notes: primary key planted_notes_pkey (id) lacks owner_id",
      ]);
      expect(await distributionKeyProblems(store.database, TABLE_PLACEMENT)).toEqual([
        "planted_marks has no placement: add it to TABLE_PLACEMENT (distributed by owner_id, reference or local)",
        "planted_notes has no placement: add it to TABLE_PLACEMENT (distributed by owner_id, reference or local)",
      ]);
    } finally {
      await sql`DROP TABLE planted_notes, planted_marks`.execute(db);
    }
  });
});
