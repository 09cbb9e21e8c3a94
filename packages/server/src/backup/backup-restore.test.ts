/**
 * Backups a clinic can restore (issue 20, item 3): a backup is one consistent snapshot of every table, taken
 * while the store is in use; a restore into a fresh store reproduces every table row for row; a restore
 * never touches a store that holds data, and never loads a damaged file.
 */

import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIn } from "../../test-support/journal-events";
import { BACKENDS, type Backend, openTestStore, type TestStore } from "../../test-support/test-app";
import { createTestDatabase } from "../../test-support/test-database";
import { populatePerson, tableContents } from "../../test-support/whole-store";
import { deleteEvent } from "../journal/journal-store";
import type { Database } from "../storage/database";
import { MIGRATIONS } from "../storage/migrations";
import { openMemoryPglite } from "../storage/open-pglite";
import { openPostgres } from "../storage/open-postgres";
import { backupFileLines, writeBackupFile } from "./backup-file";
import { BACKUP_VERSION, BackupFileError } from "./backup-format";
import { RestoreRefusedError, restoreBackup } from "./restore";
import { writeSnapshot } from "./snapshot";

/** A store with no tables at all: what `limber restore` meets in a new directory or database. */
async function emptyStore(backend: Backend): Promise<{ database: Database; close(): Promise<void> }> {
  if (backend === "pglite") {
    const database = await openMemoryPglite();
    return { database, close: () => database.close() };
  }
  const created = await createTestDatabase("backup");
  const database = await openPostgres({ url: created.url, poolSize: 4 });
  return {
    database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

const backupTo = (file: string, database: Database) =>
  writeBackupFile(file, (sink) => writeSnapshot(database, sink));

async function restoreInto(backend: Backend, file: string) {
  const target = await emptyStore(backend);
  const report = await restoreBackup(target.database, backupFileLines(file));
  return { ...target, report };
}

// Each specification builds and restores whole stores: slow on a busy machine, so a generous ceiling.
describe.each(BACKENDS)("backup and restore on %s", { timeout: 120_000 }, (backend) => {
  let source: TestStore;
  let folder: string;
  beforeAll(async () => {
    source = await openTestStore(backend);
    folder = mkdtempSync(join(tmpdir(), "limber-backup-"));
  });
  afterAll(async () => {
    await source.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("restores every table of every account row for row, at the latest migration", async () => {
    await source.reset();
    for (let n = 0; n < 12; n++) await populatePerson(source.database, n, n === 0 ? "owner" : "member");
    const file = join(folder, "whole.ndjson");
    const written = await backupTo(file, source.database);
    expect(written.header.version).toBe(BACKUP_VERSION);
    expect(written.header.migrations).toEqual(Object.keys(MIGRATIONS));
    expect(written.rows.users).toBe(12);

    const restored = await restoreInto(backend, file);
    try {
      const before = await tableContents(source.database);
      const after = await tableContents(restored.database);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of [
        "users",
        "sessions",
        "invites",
        "screenings",
        "journal_events",
        "shares",
        "share_accesses",
        "share_tokens",
        "safety_facts",
      ]) {
        expect(before[table]?.length, table).toBeGreaterThan(0);
      }
      expect(after).toEqual(before);
      const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
        restored.database.db,
      );
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
    } finally {
      await restored.close();
    }
  });

  it("takes one consistent snapshot while people write: an event deleted during the backup is in it as the event or as its tombstone, never neither", async () => {
    await source.reset();
    const owner = await populatePerson(source.database, 1, "owner");
    const events = Array.from({ length: 300 }, () => checkIn());
    const ids = events.map((event) => event.id);
    await source.database.db
      .insertInto("journal_events")
      .values(
        events.map((event) => ({
          owner_id: owner,
          id: event.id,
          type: event.type,
          at: event.at,
          body: JSON.stringify(event),
        })),
      )
      .execute();
    let backingUp = true;
    let deleted = 0;
    let added = 0;
    const load = (async () => {
      for (const id of ids) {
        if (!backingUp && deleted > 20) break;
        await deleteEvent(source.database, owner, id, new Date());
        deleted++;
        // One transaction per person, so the snapshot must hold all of their rows or none.
        await source.database.db
          .transaction()
          .execute((trx) => populatePerson({ ...source.database, db: trx }, 100 + added++));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the writers are under way first
    const file = join(folder, "under-load.ndjson");
    await backupTo(file, source.database).finally(() => {
      backingUp = false;
    });
    await load;

    const restored = await restoreInto(backend, file);
    try {
      const rows = await tableContents(restored.database);
      const events = new Set(rows.journal_events?.map((row) => JSON.parse(row).id));
      const tombstones = new Set(rows.journal_deletions?.map((row) => JSON.parse(row).id));
      for (const id of ids) expect(Number(events.has(id)) + Number(tombstones.has(id)), id).toBe(1);
      // Each person written during the backup is there whole (user, session, share and its accesses) or not at all.
      const users = new Set(rows.users?.map((row) => JSON.parse(row).id));
      for (const table of [
        "sessions",
        "invites",
        "screenings",
        "shares",
        "share_accesses",
        "share_tokens",
        "safety_facts",
      ]) {
        const owners = new Set(rows[table]?.map((row) => JSON.parse(row).owner_id));
        expect(owners, table).toEqual(users);
      }
      // And the restored store holds exactly what the file holds.
      const fromFile: Record<string, string[]> = {};
      for await (const line of backupFileLines(file)) {
        const parsed = JSON.parse(line);
        if (!parsed.table) continue;
        fromFile[parsed.table] = [...(fromFile[parsed.table] ?? []), JSON.stringify(parsed.row)];
      }
      for (const [table, list] of Object.entries(rows)) {
        const canonical = (text: string) => JSON.stringify(JSON.parse(text));
        expect(list.map(canonical).sort(), table).toEqual((fromFile[table] ?? []).map(canonical).sort());
      }
    } finally {
      await restored.close();
    }
  });

  it("refuses a store that holds any row, and leaves it as it was", async () => {
    await source.reset();
    await populatePerson(source.database, 1, "owner");
    const file = join(folder, "refused.ndjson");
    await backupTo(file, source.database);
    const target = await emptyStore(backend);
    try {
      await restoreBackup(target.database, backupFileLines(file));
      const before = await tableContents(target.database);
      await expect(restoreBackup(target.database, backupFileLines(file))).rejects.toThrow(
        RestoreRefusedError,
      );
      await expect(restoreBackup(target.database, backupFileLines(file))).rejects.toThrow(/is not empty/);
      expect(await tableContents(target.database)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it("refuses a backup cut short or damaged, and leaves the store empty", async () => {
    await source.reset();
    for (let n = 0; n < 3; n++) await populatePerson(source.database, n);
    const file = join(folder, "whole-for-damage.ndjson");
    await backupTo(file, source.database);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const cases: [string, string, RegExp][] = [
      ["cut.ndjson", lines.slice(0, -1).join("\n"), /cut short/],
      ["lost-row.ndjson", [...lines.slice(0, 3), ...lines.slice(4)].join("\n"), /damaged/],
      [
        "newer.ndjson",
        [
          JSON.stringify({ ...JSON.parse(lines[0] as string), version: BACKUP_VERSION + 1 }),
          ...lines.slice(1),
        ].join("\n"),
        /newer Limber/,
      ],
      [
        "unknown-migration.ndjson",
        [
          JSON.stringify({
            ...JSON.parse(lines[0] as string),
            migrations: [...Object.keys(MIGRATIONS), "999-future"],
          }),
          ...lines.slice(1),
        ].join("\n"),
        /newer Limber/,
      ],
      ["not-a-backup.ndjson", '{"hello":1}', /not a Limber backup/],
    ];
    const target = await emptyStore(backend);
    try {
      for (const [name, text, message] of cases) {
        writeFileSync(join(folder, name), text);
        const restoring = restoreBackup(target.database, backupFileLines(join(folder, name)));
        await expect(restoring, name).rejects.toThrow(BackupFileError);
        await expect(restoring, name).rejects.toThrow(message);
        const left = await tableContents(target.database);
        expect(Object.values(left).flat(), name).toEqual([]);
      }
    } finally {
      await target.close();
    }
  });

  it("restores an older backup: the rows load at the backup's own migration level, then newer migrations apply", async () => {
    const older = await emptyStore(backend);
    const olderLevel = Object.keys(MIGRATIONS).slice(0, 3);
    try {
      const { Migrator } = await import("kysely");
      const { migrationProvider } = await import("../storage/migrations");
      await new Migrator({ db: older.database.db, provider: migrationProvider }).migrateTo(
        olderLevel.at(-1) as string,
      );
      const id = randomUUID();
      await older.database.db
        .insertInto("users")
        .values({ id, email: "old@example.test", password_hash: "x", role: "owner" })
        .execute();
      const file = join(folder, "older.ndjson");
      const written = await backupTo(file, older.database);
      expect(written.header.migrations).toEqual(olderLevel);
      const restored = await restoreInto(backend, file);
      try {
        const rows = await tableContents(restored.database);
        expect(rows.users?.map((row) => JSON.parse(row).id)).toEqual([id]);
        const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
          restored.database.db,
        );
        expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
      } finally {
        await restored.close();
      }
    } finally {
      await older.close();
    }
  });
});
