/** PGlite on its own thread as a Database: Kysely over node-postgres over that thread, one connection. */
import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database";
import type { RestartingPglite } from "./pglite-restarts";
import type { PgliteThread } from "./pglite-thread";
import type { Schema } from "./schema";

/** A thread, or the store that opens its data again on a new one (which also says how it is doing). */
type PgliteLike = Pick<PgliteThread, "waitReady" | "execProtocolStream" | "close"> &
  Partial<RestartingPglite>;

export function pgliteDatabase(thread: PgliteLike, location: string, release: () => void): Database {
  // PGlite's connection calls only `waitReady` and `execProtocolStream`, which the thread offers.
  const pool = new pg.Pool(createPgConfig(thread as unknown as PGlite));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  const { availability, reportTo } = thread;
  return {
    kind: "pglite",
    db,
    location,
    ...(availability && reportTo ? { availability, reportTo } : {}),
    close() {
      closing ??= (async () => {
        try {
          await db.destroy();
          await thread.close();
        } finally {
          release();
        }
      })();
      return closing;
    },
  };
}
