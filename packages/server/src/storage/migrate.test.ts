import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueKeys } from "../../test-support/table-keys";
import { BACKENDS } from "../../test-support/test-app";
import { createTestDatabase } from "../../test-support/test-database";
import type { Database } from "./database";
import { isMigrated, migrate } from "./migrate";
import { MIGRATIONS } from "./migrations";
import { openMemoryPglite } from "./open-pglite";
import { openPostgres } from "./open-postgres";

async function emptyDatabase(backend: string): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend === "pglite") {
    const database = await openMemoryPglite();
    return { database, drop: () => database.close() };
  }
  const admin = process.env.LIMBER_TEST_DATABASE_URL as string;
  const name = `limber_m_${Math.random().toString(36).slice(2, 10)}`;
  const adminDb = await openPostgres({ url: admin, poolSize: 1 });
  await sql.raw(`CREATE DATABASE "${name}"`).execute(adminDb.db);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openPostgres({ url: url.toString(), poolSize: 4 });
  return {
    database,
    async drop() {
      await database.close();
      await sql.raw(`DROP DATABASE "${name}" WITH (FORCE)`).execute(adminDb.db);
      await adminDb.close();
    },
  };
}

describe.each(BACKENDS)("migrations on %s", (backend) => {
  let empty: { database: Database; drop(): Promise<void> };
  beforeAll(async () => {
    empty = await emptyDatabase(backend);
  });
  afterAll(async () => {
    await empty.drop();
  });

  it("reports an empty database as not migrated", async () => {
    expect(await isMigrated(empty.database)).toBe(false);
  });

  it("applies every migration once, even when asked twice at the same time", async () => {
    const reports = await Promise.all([migrate(empty.database), migrate(empty.database)]);
    expect(reports.flatMap((report) => report.applied).sort()).toEqual(Object.keys(MIGRATIONS).sort());
    expect(await isMigrated(empty.database)).toBe(true);
  });

  it("applies nothing on a database that is up to date", async () => {
    expect(await migrate(empty.database)).toEqual({ applied: [] });
  });

  it("gives every user-owned table an owner_id column", async () => {
    const columns = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'owner_id'`.execute(empty.database.db);
    expect(columns.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(OWNED_TABLES));
  });

  it.each(OWNED_TABLES)(
    "keys %s by its owner: owner_id is in its primary key and every unique key",
    async (table) => {
      const keys = await uniqueKeys(empty.database, table);
      expect(keys.some((key) => key.primary)).toBe(true);
      for (const key of keys) expect(key.columns, key.name).toContain("owner_id");
    },
  );
});

describe.each(BACKENDS.filter((backend) => backend === "postgres"))(
  "migrations on %s as a user that may not create tables",
  () => {
    /** Runs `statements` as the administrator, connected to `url`'s database. */
    async function asAdministrator(url: string, statements: readonly string[]): Promise<void> {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        for (const statement of statements) await admin.query(statement);
      } finally {
        await admin.end();
      }
    }

    it("say what would let them apply: CREATE on the schema, or migrating once as the database's owner", async () => {
      const target = await createTestDatabase("migrate-refused");
      const role = `limber_ro_${randomBytes(4).toString("hex")}`;
      // A login without CREATE in the new database (PostgreSQL 14 and older grant it to everyone).
      await asAdministrator(target.url, [
        `CREATE ROLE "${role}" LOGIN PASSWORD '${role}'`,
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
      ]);
      const url = new URL(target.url);
      url.username = role;
      url.password = role;
      const database = await openPostgres({ url: url.toString(), poolSize: 1 });
      try {
        await expect(migrate(database)).rejects.toThrow(
          /^the database user may not create Limber's tables \(permission denied for schema public\): grant it CREATE on the schema, or apply the migrations once as the database's owner with "limber migrate"$/,
        );
      } finally {
        await database.close();
        await target.drop();
        await asAdministrator(process.env.LIMBER_TEST_DATABASE_URL as string, [`DROP ROLE "${role}"`]);
      }
    });
  },
);

/** The user-owned tables of migrations 001-002 (Citus would distribute them by owner_id). */
const OWNED_TABLES = ["invites", "journal_deletions", "journal_events", "screenings", "sessions"];
