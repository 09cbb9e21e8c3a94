/**
 * Migration 002 re-keys sessions and invites by owner (Citus-ready) and adds the journal's indexes and
 * tombstones. On a database already holding people, sessions, invites, screenings and events, nothing is
 * lost: every row is still there afterwards, and sign-in lookups by a token's hash still find their row.
 */
import { randomUUID } from "node:crypto";
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueKeys } from "../../test-support/table-keys";
import { BACKENDS, openTestStore, type TestStore } from "../../test-support/test-app";
import { migrate } from "./migrate";
import { migrationProvider } from "./migrations";
import { openMemoryPglite } from "./open-pglite";

const PEOPLE = 40;

async function populate(store: { database: TestStore["database"] }) {
  const { db } = store.database;
  const now = new Date("2026-11-24T12:00:00Z");
  for (let i = 0; i < PEOPLE; i++) {
    const id = randomUUID();
    await db
      .insertInto("users")
      .values({ id, email: `p${i}@example.test`, password_hash: "x", role: i === 0 ? "owner" : "member" })
      .execute();
    await db
      .insertInto("sessions")
      .values({ id_hash: `session-${i}`, owner_id: id, created_at: now, last_seen_at: now, expires_at: now })
      .execute();
    await db
      .insertInto("invites")
      .values({ code_hash: `invite-${i}`, owner_id: id, expires_at: now })
      .execute();
    await db
      .insertInto("screenings")
      .values({ owner_id: id, id: randomUUID(), at: now, answers: "{}", decision: "{}" })
      .execute();
    const events = Array.from({ length: 5 }, (_, n) => ({
      owner_id: id,
      id: randomUUID(),
      type: "adjust-urge",
      at: new Date(now.getTime() - n * 3_600_000),
      body: JSON.stringify({ type: "adjust-urge", n }),
    }));
    await db.insertInto("journal_events").values(events).execute();
  }
}

const counts = async (store: { database: TestStore["database"] }) => {
  const { rows } = await sql<Record<string, number>>`
    SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM sessions) AS sessions,
           (SELECT count(*)::int FROM invites) AS invites, (SELECT count(*)::int FROM screenings) AS screenings,
           (SELECT count(*)::int FROM journal_events) AS events`.execute(store.database.db);
  return rows[0];
};

describe.each(BACKENDS)("migration 002 on a populated %s database", (backend) => {
  let database: TestStore["database"];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    if (backend === "pglite") {
      database = await openMemoryPglite();
      drop = () => database.close();
    } else {
      // A store migrated to the latest is not wanted here: take its database and start it over at 001.
      const store = await openTestStore("postgres");
      await sql`DROP SCHEMA public CASCADE; CREATE SCHEMA public`.execute(store.database.db);
      database = store.database;
      drop = () => store.close();
    }
    const migrator = new Migrator({ db: database.db, provider: migrationProvider });
    const result = await migrator.migrateTo("001-initial");
    if (result.error) throw result.error;
    await populate({ database });
  });
  afterAll(async () => drop());

  it("keeps every row, re-keys sessions and invites by owner, and still finds a session by its hash", async () => {
    const before = await counts({ database });
    expect(before).toEqual({
      users: PEOPLE,
      sessions: PEOPLE,
      invites: PEOPLE,
      screenings: PEOPLE,
      events: 5 * PEOPLE,
    });
    const sessionKeysBefore = await uniqueKeys(database, "sessions");
    expect(sessionKeysBefore.map((key) => key.columns)).toEqual([["id_hash"]]);
    await migrate(database);
    expect(await counts({ database })).toEqual(before);
    for (const table of ["sessions", "invites"]) {
      const keys = await uniqueKeys(database, table);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key.columns).toContain("owner_id");
    }
    const found = await database.db
      .selectFrom("sessions")
      .select("owner_id")
      .where("id_hash", "=", "session-7")
      .execute();
    expect(found).toHaveLength(1);
    const indexes = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes WHERE tablename IN ('sessions', 'invites') ORDER BY indexname`.execute(
      database.db,
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual(
      expect.arrayContaining(["sessions_id_hash", "invites_code_hash"]),
    );
  });
});
