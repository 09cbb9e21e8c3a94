/** A PGlite instance as a Database: Kysely over node-postgres over PGlite, one connection. */
import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database";
import type { Schema } from "./schema";

export function pgliteDatabase(pglite: PGlite, location: string, release: () => void): Database {
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
