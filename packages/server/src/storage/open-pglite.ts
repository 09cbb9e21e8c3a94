/** Opens embedded PGlite in `<dataDir>/pgdata`, holding the data directory's lock until closed. */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { type DataLock, lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { pgliteDatabase } from "./pglite-database";
import { isInitialised, pgdataIn } from "./pglite-location";
import { takePrestartedPglite } from "./pglite-prestart";
import { restartingPglite, type StoreLog } from "./pglite-restarts";
import { copyTemplateTo, pgliteTemplate } from "./pglite-template";
import { openPgliteThread, startPgliteThread } from "./pglite-thread";

/** A throwaway in-memory PGlite (tests, trials): nothing is written to disk, no lock is needed. */
export async function openMemoryPglite(): Promise<Database> {
  const thread = await openPgliteThread({ dataDir: "memory://", loadDataDir: await pgliteTemplate() });
  return pgliteDatabase(thread, "memory://", () => {});
}

/** A new directory starts from the migrated template, or (for a restore, which migrates to the backup's own
 * level first) from PGlite's bare initdb. */
export type FreshStart = "migrated" | "initdb";

async function initdbTo(pgdata: string): Promise<void> {
  const partial = `${pgdata}.partial`;
  rmSync(partial, { recursive: true, force: true });
  await (await openPgliteThread({ dataDir: partial, loadDataDir: await pgliteTemplate() })).close();
  renameSync(partial, pgdata);
}

export type OpenOptions = {
  /** A new directory's starting point. */
  readonly freshStart?: FreshStart;
  /**
   * False to have the store back before PGlite is ready (the server builds its routes meanwhile): a failure
   * to open then answers the first query, as SQLSTATE 08006 with the reason, instead of rejecting here.
   */
  readonly awaitReady?: boolean;
  /** Where a death of PGlite's thread and its restart are told until the server's logger takes over. */
  readonly log?: StoreLog;
};

/** Until the server's logger takes over (Database.reportTo): one line on standard error. */
const STDERR_LOG: StoreLog = {
  warn: (message) => process.stderr.write(`limber: ${message}\n`),
  error: (message) => process.stderr.write(`limber: ${message}\n`),
};

export async function openPglite(dataDir: string, options: OpenOptions = {}): Promise<Database> {
  const root = resolve(dataDir);
  // `npm start` may have taken the lock and begun opening this very directory already (pglite-prestart.ts).
  const prestarted = await takePrestartedPglite(root);
  // Started first: the thread loads PostgreSQL's WebAssembly while this one makes the data directory.
  const thread = prestarted?.thread ?? startPgliteThread();
  let lock: DataLock | undefined = prestarted?.lock;
  try {
    mkdirSync(root, { recursive: true });
    // Held by this process for as long as its PGlite thread has the data open: released once it has ended.
    lock ??= lockDataDirectory(root);
    const pgdata = pgdataIn(root);
    if (!prestarted && !isInitialised(pgdata)) {
      rmSync(pgdata, { recursive: true, force: true }); // a half-made directory from an interrupted start
      await ((options.freshStart ?? "migrated") === "migrated" ? copyTemplateTo(pgdata) : initdbTo(pgdata));
    }
    const opened = thread.open({ dataDir: pgdata }); // the prestarted open, if it was begun
    if (options.awaitReady ?? true) await opened;
    else opened.catch(() => {}); // answered to the first query instead
    const held = lock;
    // When the thread dies, the data is opened again on a new one (pglite-restarts.ts), never by two at once.
    const store = restartingPglite({
      first: thread,
      reopen: () => openPgliteThread({ dataDir: pgdata }),
      mayReopen: () => (held.isHeld() ? undefined : `the lock on ${root} is no longer this process's`),
      log: options.log ?? STDERR_LOG,
    });
    return pgliteDatabase(store, root, () => held.release());
  } catch (error) {
    await thread.close();
    lock?.release();
    throw error;
  }
}
