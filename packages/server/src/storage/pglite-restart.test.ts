/**
 * Issue 17 item 2: when embedded PGlite's thread dies, the store comes back by itself, without a restart of
 * the server: on a new thread, only once the old one has exited and while the data directory's lock is still
 * this process's, with what was acknowledged before. Meanwhile every query answers an outage (503) at once.
 * A thread that dies at every start is not restarted for ever: after the cap the store stays down.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SERVER_PACKAGE_ROOT } from "../config/package-root";
import { isDatabaseOutage } from "../errors/database-outage";
import { DataDirectoryLockedError, lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { openPglite } from "./open-pglite";
import { pgliteDatabase } from "./pglite-database";
import { restartingPglite } from "./pglite-restarts";
import { openPgliteThread, startPgliteThread } from "./pglite-thread";

const WORKER = join(SERVER_PACKAGE_ROOT, "src", "storage", "pglite-worker.mjs");
const FAILING_WORKER = join(SERVER_PACKAGE_ROOT, "test-support", "failing-pglite-worker.mjs");
const PRESTARTED = Symbol.for("limber.pglite-worker");

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the store on a worker this test holds, so it can end that thread as a crash would. */
async function openWithOwnWorker(dir: string): Promise<{ database: Database; worker: Worker }> {
  const worker = new Worker(WORKER);
  (globalThis as { [PRESTARTED]?: Worker })[PRESTARTED] = worker;
  return { database: await openPglite(dir, { log: { warn() {}, error() {} } }), worker };
}

/** Asks until the store answers again; every answer before that must be an outage, never another error. */
async function untilAnswered<T>(query: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + 20_000; // a bound on the wait, not a measurement
  while (Date.now() < giveUpAt) {
    try {
      return await query();
    } catch (error) {
      expect(isDatabaseOutage(error), String(error)).toBe(true);
      await pause(50);
    }
  }
  throw new Error("the store never came back");
}

describe("PGlite's thread dies (issue 17 item 2)", { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "limber-pglite-restart-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("comes back on a new thread without a restart, with what was acknowledged before, the lock held throughout", async () => {
    const { database, worker } = await openWithOwnWorker(dir);
    try {
      await sql`CREATE TABLE kept (n int)`.execute(database.db);
      await sql`INSERT INTO kept VALUES (7)`.execute(database.db);
      expect(database.availability?.()).toBe("open");

      const inFlight = failureOf(sql`SELECT pg_sleep(2)`.execute(database.db));
      await pause(100);
      await worker.terminate(); // as a crash would: the thread is gone mid-query
      const error = await inFlight;
      expect(isDatabaseOutage(error), String(error)).toBe(true);
      // The next query is answered at once as an outage (503), while the data is reopened.
      const during = await failureOf(sql`SELECT 1`.execute(database.db));
      expect(isDatabaseOutage(during), String(during)).toBe(true);
      expect(database.availability?.()).toBe("reopening");
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);

      const { rows } = await untilAnswered(() => sql<{ n: number }>`SELECT n FROM kept`.execute(database.db));
      expect(rows).toEqual([{ n: 7 }]);
      expect(database.availability?.()).toBe("open");
      await sql`INSERT INTO kept VALUES (8)`.execute(database.db);
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
    } finally {
      await database.close();
    }
    // Closed: the new thread has ended and the lock is released; what both threads wrote is there.
    const again = await openPglite(dir);
    try {
      const { rows } = await sql<{ n: number }>`SELECT n FROM kept ORDER BY n`.execute(again.db);
      expect(rows).toEqual([{ n: 7 }, { n: 8 }]);
    } finally {
      await again.close();
    }
  });

  it("never goes on with a transaction the dead thread held: its later statements fail, and none is kept", async () => {
    const { database, worker } = await openWithOwnWorker(dir);
    try {
      await sql`CREATE TABLE kept (n int)`.execute(database.db);
      const transaction = failureOf(
        database.db.transaction().execute(async (trx) => {
          await sql`INSERT INTO kept VALUES (1)`.execute(trx);
          await worker.terminate();
          // Once the data is open again on a new thread, this transaction's session is gone with the old one.
          await untilOpen(database);
          await sql`INSERT INTO kept VALUES (2)`.execute(trx);
        }),
      );
      expect(isDatabaseOutage(await transaction)).toBe(true);
      const { rows } = await untilAnswered(() => sql<{ n: number }>`SELECT n FROM kept`.execute(database.db));
      expect(rows).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it("stops reopening a thread that dies at every start after the cap, and says so once at error level", async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const first = startPgliteThread(FAILING_WORKER);
    await first.open({ dataDir: "exit" }); // open, then ends at its first exchange
    let reopened = 0;
    const store = restartingPglite({
      first,
      reopen: () => {
        reopened += 1;
        return openPgliteThread({ dataDir: "exit-at-open" }, FAILING_WORKER);
      },
      mayReopen: () => undefined,
      log,
      limits: { maxRestarts: 3, windowMs: 60_000, delaysMs: [0, 10, 20] },
    });
    const database = pgliteDatabase(store, dir, () => {});
    try {
      const inFlight = await failureOf(sql`SELECT 1`.execute(database.db));
      expect(isDatabaseOutage(inFlight)).toBe(true);
      for (let attempt = 0; attempt < 200 && store.availability() !== "down"; attempt++) await pause(25);
      expect(store.availability()).toBe("down");
      expect(reopened).toBe(3);
      // Down for good: still an outage at once, and no thread is started again however long one waits.
      await pause(200);
      const later = await failureOf(sql`SELECT 1`.execute(database.db));
      expect(isDatabaseOutage(later)).toBe(true);
      expect(reopened).toBe(3);
      expect(log.error).toHaveBeenCalledOnce();
      expect(String(log.error.mock.calls[0]?.[0])).toMatch(/restart/);
    } finally {
      await database.close();
    }
  });

  it("does not reopen when the data directory's lock is no longer this process's", async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const first = startPgliteThread(FAILING_WORKER);
    await first.open({ dataDir: "throw" });
    const reopen = vi.fn(() => openPgliteThread({ dataDir: "exit" }, FAILING_WORKER));
    const store = restartingPglite({ first, reopen, mayReopen: () => "the lock is gone", log });
    const database = pgliteDatabase(store, dir, () => {});
    try {
      expect(isDatabaseOutage(await failureOf(sql`SELECT 1`.execute(database.db)))).toBe(true);
      for (let attempt = 0; attempt < 200 && store.availability() !== "down"; attempt++) await pause(25);
      expect(store.availability()).toBe("down");
      expect(reopen).not.toHaveBeenCalled();
      expect(log.error).toHaveBeenCalledOnce();
    } finally {
      await database.close();
    }
  });
});

async function untilOpen(database: Database): Promise<void> {
  const giveUpAt = Date.now() + 20_000;
  while (Date.now() < giveUpAt && database.availability?.() !== "open") await pause(50);
  expect(database.availability?.()).toBe("open");
}
