/**
 * `npm start` begins opening existing PGlite data before the server has loaded (issue 19): the lock comes
 * first, `limber serve` takes over that very lock and thread for the same directory, and an early start
 * that the settings do not use (another directory, PostgreSQL, a failed start) is closed unused, its lock
 * released. A directory another process holds is left alone for openPglite to refuse as always.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirectoryLockedError, LOCK_FILE, lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { openDatabase } from "./open-database";
import { openPglite } from "./open-pglite";
import { discardPrestartedPglite, prestartStore } from "./pglite-prestart";

const POSTGRES_URL = process.env.LIMBER_TEST_DATABASE_URL;

async function noteIn(database: Database, text: string): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS note (text text)`.execute(database.db);
  await sql`INSERT INTO note VALUES (${text})`.execute(database.db);
}

async function notesIn(database: Database): Promise<string[]> {
  const { rows } = await sql<{ text: string }>`SELECT text FROM note`.execute(database.db);
  return rows.map((row) => row.text);
}

/** A data directory that already holds data, as every start after the first finds it. */
async function existingData(dir: string, note: string): Promise<void> {
  const database = await openPglite(dir);
  await noteIn(database, note);
  await database.close();
}

const lockOwner = (dir: string) => readFileSync(join(dir, LOCK_FILE), "utf8").split(" ")[0];

describe("npm start opens existing PGlite data early (issue 19)", { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "limber-prestart-"));
  });
  afterEach(async () => {
    await discardPrestartedPglite();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes the data directory's lock at once, and serve takes over that lock and that open", async () => {
    await existingData(dir, "kept");
    await prestartStore({ dataDir: dir });
    expect(lockOwner(dir)).toBe(String(process.pid));
    expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);

    const database = await openPglite(dir);
    try {
      expect(await notesIn(database)).toEqual(["kept"]);
    } finally {
      await database.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("closes an early open of another directory unused and releases its lock", async () => {
    const early = join(dir, "early");
    const chosen = join(dir, "chosen");
    await existingData(early, "early");
    await prestartStore({ dataDir: early });

    const database = await openPglite(chosen);
    try {
      expect(existsSync(join(early, LOCK_FILE))).toBe(false);
      await noteIn(database, "chosen");
      expect(await notesIn(database)).toEqual(["chosen"]);
    } finally {
      await database.close();
    }
    // The early directory was closed whole: it opens again with what it held.
    const again = await openPglite(early);
    try {
      expect(await notesIn(again)).toEqual(["early"]);
    } finally {
      await again.close();
    }
  });

  it("closes an early open nothing took (a start that failed first) and releases its lock", async () => {
    await existingData(dir, "kept");
    await prestartStore({ dataDir: dir });
    await discardPrestartedPglite();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const database = await openPglite(dir);
    try {
      expect(await notesIn(database)).toEqual(["kept"]);
    } finally {
      await database.close();
    }
  });

  it.runIf(POSTGRES_URL !== undefined)(
    "closes an early PGlite open when the settings choose PostgreSQL",
    async () => {
      await existingData(dir, "kept");
      await prestartStore({ dataDir: dir });
      const database = await openDatabase({ databaseUrl: POSTGRES_URL, dataDir: dir });
      try {
        expect(database.kind).toBe("postgres");
        expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      } finally {
        await database.close();
      }
    },
  );

  it("does nothing for PostgreSQL settings, nor for a directory with no data yet", async () => {
    await existingData(dir, "kept");
    await prestartStore({ databaseUrl: "postgres://127.0.0.1:1/none", dataDir: dir });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const fresh = join(dir, "fresh");
    await prestartStore({ dataDir: fresh });
    expect(existsSync(fresh)).toBe(false); // made, from the template, only by openPglite
    const database = await openPglite(fresh);
    await database.close();
  });

  it("leaves a directory another live process holds alone: openPglite refuses it naming that process", async () => {
    await existingData(dir, "kept");
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    await prestartStore({ dataDir: dir });
    expect(lockOwner(dir)).toBe(String(process.ppid));
    await expect(openPglite(dir)).rejects.toThrow(DataDirectoryLockedError);
    await expect(openPglite(dir)).rejects.toThrow(`pid ${process.ppid}`);
    expect(lockOwner(dir)).toBe(String(process.ppid));
  });
});
