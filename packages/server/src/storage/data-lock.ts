/**
 * PGlite is single-user: one process per data directory. A lock file holding the owner's pid and start time
 * (`<pid> <start>`, the start in clock ticks since boot from /proc on Linux) makes a second process fail with
 * a clear message instead of corrupting the data. A lock left by a dead process is taken over: one whose pid
 * is gone, is a zombie (killed but not yet reaped, which `kill -0` still finds), or now belongs to another
 * process (the start time differs).
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

export type DataLock = {
  release(): void;
  /** True while the lock file still names this process as it wrote it (not released, not taken over). */
  isHeld(): boolean;
};

type Owner = { readonly pid: number; readonly start?: string };

/** The state letter and start time of a process from /proc (Linux), or undefined elsewhere or when gone. */
function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "(command)", which may hold spaces: state is field 3, start time field 22.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", start: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

function isRunning(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = procStat(owner.pid);
  if (!stat) return true; // no /proc: the pid alone has to do
  if (stat.state === "Z" || stat.state === "X") return false; // dead, not yet reaped
  return owner.start === undefined || owner.start === stat.start;
}

function readOwner(path: string): Owner | undefined {
  try {
    const [pidText = "", start] = readFileSync(path, "utf8").trim().split(/\s+/);
    const pid = Number.parseInt(pidText, 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return start === undefined ? { pid } : { pid, start };
  } catch {
    return undefined;
  }
}

function ownLockText(): string {
  const start = procStat(process.pid)?.start;
  return start ? `${process.pid} ${start}` : String(process.pid);
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirectoryLockedError. */
export function lockDataDirectory(dataDir: string): DataLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // "wx": created only if absent, atomically, so two processes cannot both win.
      const text = ownLockText();
      writeFileSync(path, text, { flag: "wx" });
      let released = false;
      return {
        isHeld() {
          if (released) return false;
          try {
            return readFileSync(path, "utf8").trim() === text;
          } catch {
            return false;
          }
        },
        release() {
          if (released) return;
          released = true;
          if (readOwner(path)?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(path);
      if (owner?.pid === process.pid) throw new DataDirectoryLockedError(dataDir, owner.pid);
      if (owner !== undefined && isRunning(owner)) throw new DataDirectoryLockedError(dataDir, owner.pid);
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new DataDirectoryLockedError(dataDir, readOwner(path)?.pid ?? 0);
}
