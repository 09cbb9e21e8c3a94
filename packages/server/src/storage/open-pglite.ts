/** Opens embedded PGlite in `<dataDir>/pgdata`, holding the data directory's lock until closed. */
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDirectory } from "./data-lock";
import type { Database } from "./database";
import { pgliteTemplate } from "./pglite-template";
import type { Schema } from "./schema";

function asDatabase(pglite: PGlite, location: string, release: () => void): Database {
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    kind: "pglite",
    db,
    location,
    close() {
      closing ??= (async () => {
        try {
          await db.destroy();
          await pglite.close();
        } finally {
          release();
        }
      })();
      return closing;
    },
  };
}

/** A throwaway in-memory PGlite (tests, trials): nothing is written to disk, no lock is needed. */
export async function openMemoryPglite(): Promise<Database> {
  const pglite = await PGlite.create("memory://", { loadDataDir: await pgliteTemplate() });
  return asDatabase(pglite, "memory://", () => {});
}

export async function openPglite(dataDir: string): Promise<Database> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const lock = lockDataDirectory(root);
  try {
    const pgdata = resolve(root, "pgdata");
    const fresh = !existsSync(resolve(pgdata, "PG_VERSION"));
    // Never relaxedDurability: a query resolves only once PGlite has written it to its files.
    const pglite = await PGlite.create(pgdata, fresh ? { loadDataDir: await pgliteTemplate() } : {});
    return asDatabase(pglite, root, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
