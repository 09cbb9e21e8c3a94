/** Opens a PostgreSQL server from a connection URL. Many server processes may share it: no state lives here. */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type Database, redactUrl } from "./database";
import type { Schema } from "./schema";

export type PostgresOptions = { readonly url: string; readonly poolSize?: number };

export async function openPostgres({ url, poolSize = 10 }: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover, admin) is discarded by the pool and the next
  // query opens a new one; without a listener, node-postgres would crash the process instead.
  pool.on("error", () => {});
  // A checked-out connection that the server ends (57P01 on a stop) emits "error" too: the query in flight
  // fails on its own and answers 503; without this listener the event would crash the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  // Fail now, with the reason, rather than at the first request.
  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${error.message}`);
  });
  client.release();
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    kind: "postgres",
    db,
    location: redactUrl(url),
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
