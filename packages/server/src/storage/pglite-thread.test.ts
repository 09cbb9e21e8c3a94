/**
 * Embedded PGlite runs on a thread of its own (issue 19): the server's event loop goes on while a query
 * runs, a failure of that thread is an outage (503), never a hang, and the data directory stays locked for
 * exactly as long as the thread has it open.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SERVER_PACKAGE_ROOT } from "../config/package-root";
import { isDatabaseOutage } from "../errors/database-outage";
import { DataDirectoryLockedError, LOCK_FILE, lockDataDirectory } from "./data-lock";
import { openMemoryPglite, openPglite } from "./open-pglite";
import { pgliteDatabase } from "./pglite-database";
import { startPgliteThread } from "./pglite-thread";

const FAILING_WORKER = join(SERVER_PACKAGE_ROOT, "test-support", "failing-pglite-worker.mjs");

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("PGlite on its own thread", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "limber-pglite-thread-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers queries with PGlite's rows, and a SQL error with its SQLSTATE (no outage)", async () => {
    const database = await openMemoryPglite();
    try {
      const { rows } = await sql<{ sum: number }>`SELECT ${41}::int + 1 AS sum`.execute(database.db);
      expect(rows).toEqual([{ sum: 42 }]);
      const error = await failureOf(sql`SELECT * FROM no_such_table`.execute(database.db));
      expect(error).toMatchObject({ code: "42P01" });
      expect(isDatabaseOutage(error)).toBe(false);
      // The one connection is still usable after an error.
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });

  it("keeps the event loop running during a query: the query sees what a timer set after it did", async () => {
    // The query polls for a file in its data directory for up to 5 s; a timer set once the query is on
    // its way writes that file. On the server's own thread the timer could not run until the query ended.
    const database = await openPglite(dir);
    try {
      await sql`CREATE FUNCTION wait_for_flag() RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
          FOR i IN 1..250 LOOP
            IF (pg_stat_file('flag', true)).size IS NOT NULL THEN RETURN true; END IF;
            PERFORM pg_sleep(0.02);
          END LOOP;
          RETURN false;
        END $$`.execute(database.db);
      const query = sql<{ seen: boolean }>`SELECT wait_for_flag() AS seen`.execute(database.db);
      const order: string[] = [];
      setTimeout(() => {
        order.push("timer");
        writeFileSync(join(dir, "pgdata", "flag"), "");
      }, 0);
      const { rows } = await query;
      order.push("query");
      expect(order).toEqual(["timer", "query"]);
      expect(rows).toEqual([{ seen: true }]);
    } finally {
      await database.close();
    }
  });

  it("holds the data directory's lock while open, releases it once closed, and keeps what was written", async () => {
    const database = await openPglite(dir);
    await sql`CREATE TABLE kept (n int)`.execute(database.db);
    await sql`INSERT INTO kept VALUES (7)`.execute(database.db);
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
    await database.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const again = await openPglite(dir);
    try {
      expect((await sql<{ n: number }>`SELECT n FROM kept`.execute(again.db)).rows).toEqual([{ n: 7 }]);
    } finally {
      await again.close();
    }
    lockDataDirectory(dir).release();
  });

  it.each([
    ["throws an uncaught error", "throw"],
    ["exits", "exit"],
  ])("answers an outage, never a hang, when the thread %s mid-query, and still closes", async (_how, how) => {
    const release = vi.fn();
    const thread = startPgliteThread(FAILING_WORKER);
    await thread.open({ dataDir: how });
    const database = pgliteDatabase(thread, dir, release);
    const inFlight = await failureOf(sql`SELECT 1`.execute(database.db));
    expect(inFlight).toMatchObject({
      code: "08006",
      message: expect.stringContaining("PGlite thread stopped"),
    });
    expect(isDatabaseOutage(inFlight)).toBe(true);
    // Every later query fails at once the same way, in a transaction too.
    const later = await failureOf(database.db.transaction().execute((trx) => sql`SELECT 1`.execute(trx)));
    expect(isDatabaseOutage(later), String(later)).toBe(true);
    await database.close();
    expect(release).toHaveBeenCalledOnce();
  });

  it("rejects an open that fails, releasing the lock; a store not awaited answers the reason as an outage", async () => {
    // A pgdata that looks made (PG_VERSION) but holds nothing PostgreSQL can start from.
    const pgdata = join(dir, "pgdata");
    mkdirSync(pgdata);
    writeFileSync(join(pgdata, "PG_VERSION"), "not a version\n");
    await expect(openPglite(dir)).rejects.toThrow(/PGlite could not open/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const unready = await openPglite(dir, { awaitReady: false });
    const error = await failureOf(sql`SELECT 1`.execute(unready.db));
    expect(error).toMatchObject({ code: "08006", message: expect.stringContaining("PGlite could not open") });
    expect(isDatabaseOutage(error)).toBe(true);
    await unready.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("takes over the worker npm start began before loading the server, once", async () => {
    const key = Symbol.for("limber.pglite-worker");
    const holder = globalThis as { [key]?: Worker };
    const prestarted = new Worker(join(SERVER_PACKAGE_ROOT, "src", "storage", "pglite-worker.mjs"));
    holder[key] = prestarted;
    const database = await openMemoryPglite();
    try {
      expect(holder[key]).toBeUndefined();
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
    // Closing the store ended that very worker.
    expect(prestarted.threadId).toBe(-1);
  });
});
