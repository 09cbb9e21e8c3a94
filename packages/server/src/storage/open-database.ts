/** Chooses the store: PostgreSQL when a URL is given, embedded PGlite in the data directory otherwise. */
import type { StorageSettings } from "../config/storage-location";
import type { Database } from "./database";
import { openPglite } from "./open-pglite";
import { openPostgres } from "./open-postgres";
import { discardPrestartedPglite } from "./pglite-prestart";

/**
 * `awaitReady: false` (PGlite only) returns the store while PGlite is still starting on its thread, so the
 * caller can do other work meanwhile; a failure to open then answers the first query.
 */
export async function openDatabase(
  settings: StorageSettings,
  options: { readonly awaitReady?: boolean } = {},
): Promise<Database> {
  if (!settings.databaseUrl) return openPglite(settings.dataDir, options);
  await discardPrestartedPglite(); // begun by `npm start` for PGlite, which these settings do not use
  return openPostgres({ url: settings.databaseUrl });
}
