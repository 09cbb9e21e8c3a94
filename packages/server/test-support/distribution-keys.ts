/**
 * Checks the live schema against the tables' placement (table-placement.ts): every table is placed, and every
 * distributed table has a primary key, and `owner_id` in it and in every other unique key (Citus can only
 * enforce a key that contains the distribution column). Returns the problems, one sentence each.
 */
import { sql } from "kysely";
import type { Database } from "../src/storage/database";
import type { Placement } from "../src/storage/table-placement";
import { uniqueKeys } from "./table-keys";

export async function distributionKeyProblems(
  database: Database,
  placement: Readonly<Record<string, Placement>>,
): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_migration%'
    ORDER BY table_name`.execute(database.db);
  const problems: string[] = [];
  for (const { name } of rows) {
    const placed = placement[name];
    if (!placed) {
      problems.push(
        `${name} has no placement: add it to TABLE_PLACEMENT (distributed by owner_id, reference or local)`,
      );
      continue;
    }
    if (placed.kind !== "distributed") continue;
    const keys = await uniqueKeys(database, name);
    if (!keys.some((key) => key.primary)) problems.push(`${name} is distributed but has no primary key`);
    for (const key of keys) {
      if (!key.columns.includes(placed.key)) {
        problems.push(
          `${name}: ${key.primary ? "primary" : "unique"} key ${key.name} (${key.columns.join(", ")}) lacks ${placed.key}`,
        );
      }
    }
  }
  for (const name of Object.keys(placement)) {
    if (!rows.some((row) => row.name === name)) problems.push(`${name} is placed but no such table exists`);
  }
  return problems;
}
