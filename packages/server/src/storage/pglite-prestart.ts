/**
 * `npm start` begins opening the store before the server's bundle has loaded (issue 19: ready on existing
 * data within 1 s). Opening PGlite is the longest part of a start and loading the server the next longest,
 * so scripts/start.mjs runs this first, from a small bundle of its own: on existing data it takes the data
 * directory's lock (always before any open) and has PGlite's thread open the data meanwhile. `limber serve`
 * takes the lot over in openPglite when its settings name the same directory; a start that ends elsewhere
 * (another directory, PostgreSQL, a usage error) closes it unused and releases the lock.
 *
 * Anything that goes wrong here (a locked directory, unreadable files) is left for openPglite to meet again
 * and report as it always has: this only ever saves time.
 */
import { resolve } from "node:path";
import type { StorageSettings } from "../config/storage-location";
import { type DataLock, lockDataDirectory } from "./data-lock";
import { isInitialised, pgdataIn } from "./pglite-location";
import type { PgliteThread } from "./pglite-thread";
import { prestartPgliteWorker } from "./pglite-worker-start";

export type PrestartedPglite = {
  /** The data directory, resolved. */
  readonly root: string;
  readonly lock: DataLock;
  /** The thread with the data open, or opening it. */
  readonly thread: PgliteThread;
};

// Shared through globalThis: the start script's bundle puts it there, the server's bundle takes it.
const PRESTARTED = Symbol.for("limber.pglite-prestarted");
const holder = globalThis as { [PRESTARTED]?: PrestartedPglite };

/**
 * Begins opening the store `settings` name, if it is PGlite: see above. Resolves once the open has been
 * asked for (or left to openPglite); the worker is spawned first of all, before PGlite's JavaScript loads
 * on this thread, since that worker's own start is the first part of the longest path.
 */
export async function prestartStore(settings: StorageSettings): Promise<void> {
  if (settings.databaseUrl || holder[PRESTARTED]) return;
  prestartPgliteWorker(); // taken over by startPgliteThread, here or in openPglite
  const root = resolve(settings.dataDir);
  const pgdata = pgdataIn(root);
  // A new directory is made from the template by openPglite; meanwhile its thread loads PostgreSQL.
  if (!isInitialised(pgdata)) return;
  let lock: DataLock;
  try {
    lock = lockDataDirectory(root);
  } catch {
    return; // openPglite meets the held lock again and says whose it is
  }
  try {
    // Loaded only now: it loads PGlite's JavaScript, which takes a while.
    const { startPgliteThread } = await import("./pglite-thread");
    const thread = startPgliteThread();
    thread.open({ dataDir: pgdata }).catch(() => {}); // answered where it is taken over
    holder[PRESTARTED] = { root, lock, thread };
  } catch {
    lock.release(); // openPglite starts afresh
  }
}

/**
 * The store begun for `root` (a resolved data directory), taken at most once. One begun for anything else
 * is closed unused, and its lock released, before this resolves.
 */
export async function takePrestartedPglite(root: string | undefined): Promise<PrestartedPglite | undefined> {
  const prestarted = holder[PRESTARTED];
  delete holder[PRESTARTED];
  if (!prestarted || prestarted.root === root) return prestarted;
  try {
    await prestarted.thread.close();
  } finally {
    prestarted.lock.release();
  }
  return undefined;
}

/** Closes a store begun early that nothing took (the start failed, or chose PostgreSQL). */
export async function discardPrestartedPglite(): Promise<void> {
  await takePrestartedPglite(undefined);
}
