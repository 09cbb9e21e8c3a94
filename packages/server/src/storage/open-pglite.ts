/** Opens embedded PGlite in `<dataDir>/pgdata`, holding the data directory's lock until closed. */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { pgliteDatabase } from "./pglite-database";
import { copyTemplateTo, pgliteTemplate } from "./pglite-template";
import { openPgliteThread } from "./pglite-thread";

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

export async function openPglite(dataDir: string, freshStart: FreshStart = "migrated"): Promise<Database> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  // Held by this process for as long as its PGlite thread has the data open: released only after it ends.
  const lock = lockDataDirectory(root);
  try {
    const pgdata = resolve(root, "pgdata");
    const fresh = !existsSync(resolve(pgdata, "PG_VERSION"));
    if (fresh) {
      rmSync(pgdata, { recursive: true, force: true }); // a half-made directory from an interrupted start
      await (freshStart === "migrated" ? copyTemplateTo(pgdata) : initdbTo(pgdata));
    }
    return pgliteDatabase(await openPgliteThread({ dataDir: pgdata }), root, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
