/**
 * Loads a backup into an empty store. The store is first migrated to exactly the backup's level (so its rows
 * fit the tables they came from), loaded in one transaction (a failed or cut-short restore leaves the store
 * empty, ready to try again), then migrated to this Limber's latest level. A store that holds any row is
 * refused: a restore never merges into, or overwrites, a live record.
 */
import { type Kysely, Migrator, sql } from "kysely";
import type { Database } from "../storage/database";
import { migrate } from "../storage/migrate";
import { MIGRATIONS, migrationProvider } from "../storage/migrations";
import type { Schema } from "../storage/schema";
import { BackupFileError, type BackupHeader, parseHeader, parseLine } from "./backup-format";
import { appliedMigrations, tablesInLoadOrder } from "./tables";

/** The target cannot take the backup (it holds data, or a schema the backup does not fit). */
export class RestoreRefusedError extends Error {
  override readonly name = "RestoreRefusedError";
}

const BATCH_ROWS = 500;

const isPrefix = (prefix: readonly string[], list: readonly string[]) =>
  prefix.length <= list.length && prefix.every((name, i) => list[i] === name);

function checkBackupLevel(header: BackupHeader) {
  const known = Object.keys(MIGRATIONS);
  if (!isPrefix(header.migrations, known)) {
    const unknown = header.migrations.find((name, i) => known[i] !== name);
    throw new BackupFileError(
      `the backup was made by a newer Limber (migration ${unknown} is unknown here): restore it with that version or later`,
    );
  }
}

async function firstNonEmptyTable(db: Kysely<Schema>): Promise<string | undefined> {
  for (const table of await tablesInLoadOrder(db)) {
    const { rows } = await sql`SELECT 1 FROM ${sql.table(table)} LIMIT 1`.execute(db);
    if (rows.length > 0) return table;
  }
  return undefined;
}

async function refuseUnlessEmpty(database: Database, header: BackupHeader) {
  const { db } = database;
  const applied = await appliedMigrations(db);
  if (!isPrefix(applied, header.migrations)) {
    throw new RestoreRefusedError(
      `${database.location} is at migration ${applied.at(-1)}, newer than the backup's ${header.migrations.at(-1) ?? "(none)"}: restore into a new data directory or database`,
    );
  }
  const table = await firstNonEmptyTable(db);
  if (table) {
    throw new RestoreRefusedError(
      `${database.location} is not empty (table ${table} holds rows): restore only into a new data directory or an empty database`,
    );
  }
}

/** Resets each serial column's sequence past the restored rows (none today; kept for any future table). */
async function resetSequences(db: Kysely<Schema>) {
  const { rows } = await sql<{ table: string; column: string; sequence: string }>`
    SELECT table_name AS table, column_name AS column,
           pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`.execute(db);
  for (const { table, column, sequence } of rows) {
    await sql`SELECT setval(${sequence}, coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

export type RestoreReport = {
  readonly header: BackupHeader;
  readonly rows: Readonly<Record<string, number>>;
};

/** Restores the backup whose lines `lines` yields (header first) into `database`, which must be empty. */
export async function restoreBackup(
  database: Database,
  lines: AsyncIterable<string>,
): Promise<RestoreReport> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? undefined : first.value);
  checkBackupLevel(header);
  await refuseUnlessEmpty(database, header);
  const target = header.migrations.at(-1);
  if (target) {
    const { error } = await new Migrator({ db: database.db, provider: migrationProvider }).migrateTo(target);
    if (error) throw error instanceof Error ? error : new Error(String(error));
  }
  const rows = await database.db.transaction().execute(async (trx) => {
    const tables = await tablesInLoadOrder(trx);
    for (const table of tables) await sql`LOCK TABLE ${sql.table(table)} IN EXCLUSIVE MODE`.execute(trx);
    // Checked again under the locks: nothing may have been written since the first look.
    await refuseUnlessEmpty({ ...database, db: trx }, header);
    const missing = header.tables.filter((table) => !tables.includes(table));
    if (missing.length > 0)
      throw new BackupFileError(
        `the backup's tables ${missing.join(", ")} do not exist at its own migration level`,
      );
    return loadRows(trx, header, { [Symbol.asyncIterator]: () => iterator });
  });
  await resetSequences(database.db);
  await migrate(database);
  return { header, rows };
}

async function loadRows(trx: Kysely<Schema>, header: BackupHeader, lines: AsyncIterable<string>) {
  const counts: Record<string, number> = Object.fromEntries(header.tables.map((table) => [table, 0]));
  let batch: Record<string, unknown>[] = [];
  let batchTable: string | undefined;
  let position = 0; // the index in header.tables of the table being loaded: tables come in load order
  const flush = async () => {
    if (!batchTable || batch.length === 0) return;
    await sql`INSERT INTO ${sql.table(batchTable)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(batchTable)}, ${JSON.stringify(batch)}::jsonb)`.execute(
      trx,
    );
    batch = [];
  };
  let lineNumber = 1;
  for await (const text of lines) {
    lineNumber++;
    if (text === "") continue;
    const line = parseLine(text, lineNumber);
    if (line.kind === "end") {
      await flush();
      for (const table of header.tables) {
        if (line.rows[table] !== counts[table]) {
          throw new BackupFileError(
            `the backup's end says ${line.rows[table]} rows of ${table}, but it holds ${counts[table]}: the file is damaged`,
          );
        }
      }
      return counts;
    }
    const index = header.tables.indexOf(line.table, position);
    if (index < 0)
      throw new BackupFileError(`line ${lineNumber} holds a row of ${line.table}, out of order or unknown`);
    if (line.table !== batchTable || batch.length >= BATCH_ROWS) await flush();
    position = index;
    batchTable = line.table;
    batch.push(line.row);
    counts[line.table] = (counts[line.table] ?? 0) + 1;
  }
  throw new BackupFileError("the backup ends before its last line: it was cut short and is not restored");
}
