/**
 * One consistent snapshot of every table, taken while the server runs: a single read-only REPEATABLE READ
 * transaction sees every table as of one instant, so a write committed during the backup (an event and its
 * tombstone, a user and their sessions) is in it whole or not at all. Rows are read through a cursor in
 * pages, so memory stays flat however large the journal is. On PGlite the transaction holds the store's one
 * connection, so requests wait for the backup rather than interleave with it.
 */
import { sql } from "kysely";
import type { Database } from "../storage/database";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, rowLine } from "./backup-format";
import { appliedMigrations, tablesInLoadOrder } from "./tables";

const PAGE_ROWS = 1000;
/** Lines are handed to the sink in chunks of about this many characters (fewer writes, bounded memory). */
const CHUNK_CHARS = 256 * 1024;

/** Receives the backup text in order; a returned promise is awaited (backpressure). */
export type BackupSink = (text: string) => void | Promise<void>;

export async function writeSnapshot(database: Database, sink: BackupSink, now = new Date()) {
  return database.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      const tables = await tablesInLoadOrder(trx);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        takenAt: now.toISOString(),
        backend: database.kind,
        migrations: await appliedMigrations(trx),
        tables,
      };
      let pending = `${JSON.stringify(header)}\n`;
      const counts: Record<string, number> = {};
      for (const table of tables) {
        counts[table] = 0;
        await sql`DECLARE limber_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${sql.table(table)} t`.execute(
          trx,
        );
        for (;;) {
          const page = await sql<{ row: string }>`FETCH ${sql.lit(PAGE_ROWS)} FROM limber_backup`.execute(
            trx,
          );
          for (const { row } of page.rows) pending += `${rowLine(table, row)}\n`;
          counts[table] += page.rows.length;
          if (pending.length >= CHUNK_CHARS) {
            await sink(pending);
            pending = "";
          }
          if (page.rows.length < PAGE_ROWS) break;
        }
        await sql`CLOSE limber_backup`.execute(trx);
      }
      await sink(`${pending}${JSON.stringify({ end: { rows: counts } })}\n`);
      return { header, rows: counts };
    });
}
