/** Opens embedded PGlite in `<dataDir>/pgdata`, holding the data directory's lock until closed. */
import { existsSync, mkdirSync, rmSync } from "node:fs";
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

export async function openPglite(dataDir: string): Promise<Database> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const lock = lockDataDirectory(root);
  try {
    const pgdata = resolve(root, "pgdata");
    const fresh = !existsSync(resolve(pgdata, "PG_VERSION"));
    // Never relaxedDurability: a query resolves only once PGlite has written it to its files.
    if (fresh) {
      rmSync(pgdata, { recursive: true, force: true }); // a half-made directory from an interrupted start
      await copyTemplateTo(pgdata);
    }
    const pglite = await PGlite.create(pgdata);
    return pgliteDatabase(pglite, root, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
