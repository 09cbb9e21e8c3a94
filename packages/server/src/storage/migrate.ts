/** Applies pending migrations (Kysely's migrator locks, so concurrent processes apply each one once). */
import { Migrator } from "kysely";
import type { Database } from "./database";
import { MIGRATIONS, migrationProvider } from "./migrations";

export type MigrationReport = { readonly applied: string[] };

export async function migrate({ db }: Database): Promise<MigrationReport> {
  const { error, results = [] } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

/** True when every known migration has been applied (for /readyz). */
export async function isMigrated({ db }: Database): Promise<boolean> {
  const known = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return known.length === Object.keys(MIGRATIONS).length && known.every((m) => m.executedAt !== undefined);
}
