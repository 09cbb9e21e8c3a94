/** Chooses the store: PostgreSQL when a URL is given, embedded PGlite in the data directory otherwise. */
import type { Database } from "./database";
import { openPglite } from "./open-pglite";
import { openPostgres } from "./open-postgres";

export type StorageSettings = { readonly databaseUrl?: string | undefined; readonly dataDir: string };

export function openDatabase(settings: StorageSettings): Promise<Database> {
  return settings.databaseUrl ? openPostgres({ url: settings.databaseUrl }) : openPglite(settings.dataDir);
}
