/** Reading a table's keys from the catalogue, for specifications about how tables are keyed. */
import { sql } from "kysely";
import type { Database } from "../src/storage/database";

/** Every primary key and unique index of a table, with its columns. */
export async function uniqueKeys(database: Database, table: string) {
  const { rows } = await sql<{ name: string; primary: boolean; columns: string[] }>`
    SELECT c.relname AS name, i.indisprimary AS primary,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey)
    WHERE t.relname = ${table} AND i.indisunique
    GROUP BY c.relname, i.indisprimary`.execute(database.db);
  return rows;
}
