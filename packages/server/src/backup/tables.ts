/**
 * The tables a backup holds, read from the catalogue rather than listed by hand, so a table added by a new
 * migration is backed up without anyone remembering to. Kysely's own bookkeeping is not data: a restore
 * rebuilds it by migrating to the backup's level.
 */
import { type Kysely, sql } from "kysely";
import type { Schema } from "../storage/schema";

/** Every table of the current schema except Kysely's migration bookkeeping, in load order. */
export async function tablesInLoadOrder(db: Kysely<Schema>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'kysely_migration%'
    ORDER BY c.relname`.execute(db);
  const { rows: references } = await sql<{ from: string; to: string }>`
    SELECT f.relname AS "from", t.relname AS "to" FROM pg_constraint k
    JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = f.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema() AND f.oid <> t.oid`.execute(db);
  return loadOrder(
    tables.map((table) => table.name),
    references,
  );
}

/** Orders tables so each comes after every table it references (a stable topological sort by name). */
export function loadOrder(tables: readonly string[], references: readonly { from: string; to: string }[]) {
  const ordered: string[] = [];
  const placed = new Set<string>();
  let remaining = [...tables];
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      references.every((ref) => ref.from !== table || placed.has(ref.to) || !tables.includes(ref.to)),
    );
    if (ready.length === 0)
      throw new Error(`tables reference each other in a cycle: ${remaining.join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
    remaining = remaining.filter((table) => !placed.has(table));
  }
  return ordered;
}

/** The migrations applied to this database, in order (none when it was never migrated). */
export async function appliedMigrations(db: Kysely<Schema>): Promise<string[]> {
  const { rows } = await sql<{ present: boolean }>`
    SELECT to_regclass('kysely_migration') IS NOT NULL AS present`.execute(db);
  if (!rows[0]?.present) return [];
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return applied.rows.map((row) => row.name);
}
