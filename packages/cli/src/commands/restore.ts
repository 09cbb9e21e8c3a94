/**
 * `limber restore FILE [--data DIR]`: loads a backup into a new data directory or an empty PostgreSQL
 * database (DATABASE_URL). A store holding any row, a damaged file, or a data directory a server holds is
 * refused with exit 2 and one line: a restore never merges into a live record.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  BackupFileError,
  backupFileLines,
  checkBackupFile,
  DataDirectoryLockedError,
  openDatabase,
  openPglite,
  RestoreRefusedError,
  restoreBackup,
  storageFrom,
} from "@limber/server";
import { fileProblem } from "../io";
import { EXIT, UsageError } from "../usage-error";
import type { Command } from "./command";
import { fileAndOptions } from "./file-and-options";

export const restoreCommand: Command = {
  name: "restore",
  summary: "load a backup FILE into an empty data directory or database (refuses a non-empty one)",
  async run(args, io) {
    const { file, options } = fileAndOptions(args, ["data"]);
    if (!existsSync(file)) throw new UsageError(fileProblem(file, "ENOENT"));
    const storage = storageFrom(io.env, typeof options.data === "string" ? options.data : undefined);
    try {
      await checkBackupFile(file); // the whole file first: a damaged one never touches the store
      const database = storage.databaseUrl
        ? await openDatabase(storage)
        : await openPglite(resolve(storage.dataDir), { freshStart: "initdb" });
      try {
        const { rows, header } = await restoreBackup(database, backupFileLines(file));
        const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
        io.stdout.write(
          `limber restore: restored ${total} rows in ${header.tables.length} tables from ${file} (taken ${header.takenAt}) into ${database.location}\n`,
        );
        return EXIT.ok;
      } finally {
        await database.close();
      }
    } catch (error) {
      if (
        error instanceof BackupFileError ||
        error instanceof RestoreRefusedError ||
        error instanceof DataDirectoryLockedError
      ) {
        throw new UsageError(error.message);
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM" || code === "EISDIR")
        throw new UsageError(fileProblem(file, code));
      throw error;
    }
  },
};
