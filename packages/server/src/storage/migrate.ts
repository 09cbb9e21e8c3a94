/**
 * Applies pending migrations. Kysely's migrator takes a database lock, so processes starting together on
 * one PostgreSQL apply each migration once. When everything is applied already (every start after the
 * first) one query says so and the migrator, with its lock tables and transaction, is skipped.
 */
import { Migrator, sql } from "kysely";
import type { Database } from "./database";
import { MIGRATIONS, migrationProvider } from "./migrations";

export type MigrationReport = { readonly applied: string[] };

/** True when every known migration has been applied (also what /readyz checks). */
export async function isMigrated({ db }: Database): Promise<boolean> {
  const table = await sql<{
    exists: boolean;
  }>`SELECT to_regclass('kysely_migration') IS NOT NULL AS exists`.execute(db);
  if (!table.rows[0]?.exists) return false;
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  const names = new Set(applied.rows.map((row) => row.name));
  return Object.keys(MIGRATIONS).every((name) => names.has(name));
}

export async function migrate(database: Database): Promise<MigrationReport> {
  if (await isMigrated(database)) return { applied: [] };
  const migrator = new Migrator({ db: database.db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw explained(error instanceof Error ? error : new Error(String(error)));
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

/** PostgreSQL's insufficient_privilege (SQLSTATE 42501). */
const INSUFFICIENT_PRIVILEGE = "42501";

/** A refusal to create the tables says what would let the start go on; any other error stays as it is. */
function explained(error: Error & { code?: unknown }): Error {
  if (error.code !== INSUFFICIENT_PRIVILEGE) return error;
  return new Error(
    `the database user may not create Limber's tables (${error.message}): grant it CREATE on the schema, or apply the migrations once as the database's owner with "limber migrate"`,
    { cause: error },
  );
}
