/**
 * The one query path: Kysely over a `pg.Pool`, which talks either to embedded PGlite (the default) or to a
 * PostgreSQL server (`DATABASE_URL`). Everything above this file sees only `Database`.
 */
import type { Kysely } from "kysely";
import type { StoreAvailability, StoreLog } from "./pglite-restarts";
import type { Schema } from "./schema";

export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Schema>;
  /** Where the data lives, safe to print: a directory, or the URL without its password. */
  readonly location: string;
  /**
   * PGlite in a data directory only, which opens its data again when its thread dies: "reopening" until
   * then, "down" once it has stopped trying (pglite-restarts.ts). Absent: nothing to reopen.
   */
  availability?(): StoreAvailability;
  /** Where the store reports its thread's deaths and restarts (the server's logger). */
  reportTo?(log: StoreLog): void;
  close(): Promise<void>;
};

/** A PostgreSQL URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
