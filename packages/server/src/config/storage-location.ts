/** Where the data lives: `DATABASE_URL` selects PostgreSQL; otherwise PGlite in `--data`, `LIMBER_DATA` or ./limber-data. */
/** PostgreSQL at `databaseUrl` when set, else PGlite in `dataDir`. */
export type StorageSettings = { readonly databaseUrl?: string | undefined; readonly dataDir: string };

export const DEFAULT_DATA_DIR = "./limber-data";

export function storageFrom(env: NodeJS.ProcessEnv, dataFlag?: string): StorageSettings {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: dataFlag ?? (env.LIMBER_DATA?.trim() || DEFAULT_DATA_DIR),
  };
}
