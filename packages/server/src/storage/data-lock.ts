/**
 * PGlite is single-user: one process per data directory. A lock file holding the owner's pid makes a second
 * process fail with a clear message instead of corrupting the data. A lock left by a dead process is taken over.
 */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "limber.lock";

export class DataDirectoryLockedError extends Error {
  override readonly name = "DataDirectoryLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data directory ${dataDir} is in use by another Limber process (pid ${pid}). ` +
        `Stop that process, or choose another directory with --data or LIMBER_DATA. ` +
        `If no such process is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
  }
}

export type DataLock = { release(): void };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirectoryLockedError. */
export function lockDataDirectory(dataDir: string): DataLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // "wx": created only if absent, atomically, so two processes cannot both win.
      writeFileSync(path, String(process.pid), { flag: "wx" });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readOwner(path) === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(path);
      if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
        throw new DataDirectoryLockedError(dataDir, owner);
      }
      if (owner === process.pid) throw new DataDirectoryLockedError(dataDir, owner);
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new DataDirectoryLockedError(dataDir, readOwner(path) ?? 0);
}
