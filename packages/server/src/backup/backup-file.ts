/**
 * Backup files on disk. A backup is written beside its destination and renamed into place only once it is
 * complete, checked and flushed to disk, so an interrupted backup never replaces a good one with half a file.
 */
import { createReadStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { BackupFileError, type BackupHeader, parseHeader, parseLine } from "./backup-format";
import type { BackupSink } from "./snapshot";

/** The lines of a backup file, one at a time (memory stays flat). */
export async function* backupFileLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, { encoding: "utf8" });
  try {
    yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  } finally {
    input.destroy();
  }
}

/** Reads the whole file and checks it: a header this Limber reads, rows, and a trailer whose counts match. */
export async function checkBackupFile(
  file: string,
): Promise<{ header: BackupHeader; rows: Record<string, number> }> {
  let header: BackupHeader | undefined;
  const counts: Record<string, number> = {};
  let number = 0;
  for await (const text of backupFileLines(file)) {
    number++;
    if (!header) {
      header = parseHeader(text);
      continue;
    }
    const line = parseLine(text, number);
    if (line.kind === "row") {
      counts[line.table] = (counts[line.table] ?? 0) + 1;
      continue;
    }
    for (const table of header.tables) {
      if ((line.rows[table] ?? 0) !== (counts[table] ?? 0)) {
        throw new BackupFileError(`the backup of ${table} is incomplete: the file is damaged`);
      }
    }
    return { header, rows: line.rows as Record<string, number> };
  }
  throw new BackupFileError("the backup ends before its last line: it was cut short");
}

/** Runs `produce` into a file beside `file`, checks it, flushes it to disk, then renames it into place. */
export async function writeBackupFile(
  file: string,
  produce: (sink: BackupSink) => Promise<unknown>,
): Promise<{ header: BackupHeader; rows: Record<string, number> }> {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  const handle = await open(partial, "w", 0o600);
  try {
    await produce(async (text) => {
      await handle.write(text);
    });
    await handle.sync();
    await handle.close();
    const checked = await checkBackupFile(partial);
    await rename(partial, file);
    const directory = await open(dirname(file), "r");
    try {
      await directory.sync(); // the rename itself survives a power cut
    } finally {
      await directory.close();
    }
    return checked;
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}
