/**
 * What a share leaves in the database: only the token's SHA-256, never the token; and nothing at all once the
 * account is deleted (ON DELETE CASCADE), on PGlite and PostgreSQL.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type Database, migrate, openDatabase } from "../src/index";
import { injectSend, Person } from "../test-support/api-client";
import { checkIn, PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { TEST_SETTINGS } from "../test-support/test-app";
import { backends, createTestDatabase, type TestDatabase } from "../test-support/test-database";

describe.each(backends())("shares in storage on %s", (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-shares-"));
  let testDatabase: TestDatabase | undefined;
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const newPerson = async () => {
    const person = new Person(injectSend(app), uniqueEmail("stored"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    return person;
  };
  const rowsOf = async (table: string) =>
    (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(database.db)).rows;

  beforeAll(async () => {
    testDatabase = backend === "postgres" ? await createTestDatabase("shares_storage") : undefined;
    database = await openDatabase({ dataDir, databaseUrl: testDatabase?.url });
    await migrate(database);
    app = await buildApp({
      database,
      settings: { signup: "open", ...TEST_SETTINGS },
      log: false,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await testDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stores the token only as its SHA-256, never the token itself", async () => {
    const person = await newPerson();
    const created = await person.request({ method: "POST", path: "/api/shares", body: { expiresInDays: 7 } });
    const { token, share } = created.json as { token: string; share: { id: string } };
    const rows = await rowsOf("shares");
    const row = rows.find((r) => r.id === share.id);
    expect(row?.token_hash).toBe(createHash("sha256").update(token).digest("base64url"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("deletes the account's shares and their accesses with the account, and no one else's", async () => {
    const leaving = await newPerson();
    const staying = await newPerson();
    await leaving.request({ method: "POST", path: "/api/journal/events", body: checkIn() });
    const mine = (await leaving.request({ method: "POST", path: "/api/shares", body: { expiresInDays: 7 } }))
      .json as { token: string; share: { id: string } };
    const theirs = (
      await staying.request({ method: "POST", path: "/api/shares", body: { expiresInDays: 7 } })
    ).json as { token: string; share: { id: string } };
    const read = await app.inject({
      method: "GET",
      url: "/api/shared/record",
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(read.statusCode).toBe(200);
    expect((await rowsOf("share_accesses")).some((r) => r.share_id === mine.share.id)).toBe(true);

    const deleted = await leaving.request({
      method: "DELETE",
      path: "/api/account",
      body: { password: PASSWORD },
    });
    expect(deleted.status).toBe(204);
    const shares = await rowsOf("shares");
    expect(shares.map((r) => r.id)).not.toContain(mine.share.id);
    expect(shares.map((r) => r.id)).toContain(theirs.share.id);
    expect((await rowsOf("share_accesses")).some((r) => r.share_id === mine.share.id)).toBe(false);
  });
});
