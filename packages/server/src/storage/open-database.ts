/** Chooses the store: PostgreSQL when a URL is given, embedded PGlite in the data directory otherwise. */
import type { Database } from "./database";
import { openPglite } from "./open-pglite";
import { openPostgres } from "./open-postgres";

export type StorageSettings = { readonly databaseUrl?: string | undefined; readonly dataDir: string };

/**
 * `awaitReady: false` (PGlite only) returns the store while PGlite is still starting on its thread, so the
 * caller can do other work meanwhile; a failure to open then answers the first query.
 */
export function openDatabase(
  settings: StorageSettings,
  options: { readonly awaitReady?: boolean } = {},
): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres({ url: settings.databaseUrl })
    : openPglite(settings.dataDir, options);
}
