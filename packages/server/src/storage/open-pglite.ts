/** Opens embedded PGlite in `<dataDir>/pgdata`, holding the data directory's lock until closed. */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { pgliteDatabase } from "./pglite-database";
import { copyTemplateTo, pgliteTemplate } from "./pglite-template";

/** A throwaway in-memory PGlite (tests, trials): nothing is written to disk, no lock is needed. */
export async function openMemoryPglite(): Promise<Database> {
  const pglite = await PGlite.create("memory://", { loadDataDir: await pgliteTemplate() });
  return pgliteDatabase(pglite, "memory://", () => {});
}

/** A new directory starts from the migrated template, or (for a restore, which migrates to the backup's own
 * level first) from PGlite's bare initdb. */
export type FreshStart = "migrated" | "initdb";

async function initdbTo(pgdata: string): Promise<void> {
  const partial = `${pgdata}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const made = await PGlite.create(partial, { loadDataDir: await pgliteTemplate() });
  await made.close();
  renameSync(partial, pgdata);
}

export async function openPglite(dataDir: string, freshStart: FreshStart = "migrated"): Promise<Database> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const lock = lockDataDirectory(root);
  try {
    const pgdata = resolve(root, "pgdata");
    const fresh = !existsSync(resolve(pgdata, "PG_VERSION"));
    // Never relaxedDurability: a query resolves only once PGlite has written it to its files.
    if (fresh) {
      rmSync(pgdata, { recursive: true, force: true }); // a half-made directory from an interrupted start
      await (freshStart === "migrated" ? copyTemplateTo(pgdata) : initdbTo(pgdata));
    }
    const pglite = await PGlite.create(pgdata);
    return pgliteDatabase(pglite, root, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
