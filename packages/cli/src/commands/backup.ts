/**
 * `limber backup FILE [--data DIR]`: one consistent snapshot of every table, while the server runs.
 * PostgreSQL (DATABASE_URL): one read-only REPEATABLE READ transaction, beside any number of servers.
 * PGlite: a running `limber serve` takes the backup itself (through its data directory's socket), because a
 * second process must never open the directory; when none runs, the backup takes the directory's lock.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type Database,
  DataDirectoryLockedError,
  openDatabase,
  requestBackup,
  storageFrom,
  writeBackupFile,
  writeSnapshot,
} from "@limber/server";
import { fileProblem } from "../io";
import { EXIT, UsageError } from "../usage-error";
import type { Command } from "./command";
import { fileAndOptions } from "./file-and-options";

class NoServer extends Error {}

async function snapshotOf(open: () => Promise<Database>, file: string) {
  const database = await open();
  try {
    return await writeBackupFile(file, (sink) => writeSnapshot(database, sink));
  } finally {
    await database.close();
  }
}

async function pgliteBackup(dataDir: string, file: string) {
  if (!existsSync(join(dataDir, "pgdata", "PG_VERSION")))
    throw new UsageError(`no Limber data in ${dataDir}`);
  try {
    return await writeBackupFile(file, async (sink) => {
      if ((await requestBackup(dataDir, sink)) === "no-server") throw new NoServer();
    });
  } catch (error) {
    if (!(error instanceof NoServer)) throw error;
  }
  return snapshotOf(() => openDatabase({ dataDir }), file);
}

export const backupCommand: Command = {
  name: "backup",
  summary: "write one consistent snapshot of every table to FILE, while the server runs",
  async run(args, io) {
    const { file, options } = fileAndOptions(args, ["data"]);
    const storage = storageFrom(io.env, typeof options.data === "string" ? options.data : undefined);
    try {
      const written = storage.databaseUrl
        ? await snapshotOf(() => openDatabase(storage), file)
        : await pgliteBackup(resolve(storage.dataDir), file);
      const rows = Object.values(written.rows).reduce((sum, n) => sum + n, 0);
      io.stdout.write(
        `limber backup: wrote ${file} (${rows} rows in ${written.header.tables.length} tables, migration ${written.header.migrations.at(-1) ?? "none"})\n`,
      );
      return EXIT.ok;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EACCES" || code === "EPERM" || code === "EISDIR") {
        throw new UsageError(`cannot write ${file}: ${fileProblem(file, code)}`);
      }
      if (error instanceof UsageError) throw error;
      const hint =
        error instanceof DataDirectoryLockedError
          ? " (that server offers no backup socket: upgrade it, or stop it and back up again)"
          : "";
      io.stderr.write(`limber backup: ${(error as Error).message}${hint}\n`);
      return EXIT.failure;
    }
  },
};
