/**
 * The backup file (design: "Backups (command line)"): newline-delimited JSON, one line each.
 *   1. a header: format, version, when, the backend, every migration applied (the schema the rows fit) and
 *      the tables in load order (a table after every table it references);
 *   2. one line per row, grouped by table in that order: `{"table", "row"}`, the row as PostgreSQL's
 *      `to_jsonb` writes it (timestamps with their offset and microseconds, JSON columns as JSON);
 *   3. a trailer with each table's row count. A file without it was cut short and is never restored.
 */
import type { DatabaseKind } from "../storage/database";

export const BACKUP_FORMAT = "limber-backup";
/** Bumped when a reader of the previous version could misread a file; a reader refuses newer versions. */
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly takenAt: string;
  readonly backend: DatabaseKind;
  readonly migrations: readonly string[];
  readonly tables: readonly string[];
};

export type BackupTrailer = { readonly end: { readonly rows: Readonly<Record<string, number>> } };

/** Why a file cannot be restored, in words an operator can act on (the CLI prints it on one line). */
export class BackupFileError extends Error {
  override readonly name = "BackupFileError";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Reads the first line; refuses anything but a Limber backup of a version this code reads. */
export function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? "");
  } catch {
    throw new BackupFileError("this is not a Limber backup (its first line is not JSON)");
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupFileError("this is not a Limber backup (no limber-backup header)");
  }
  if (typeof value.version !== "number" || !Number.isInteger(value.version) || value.version < 1) {
    throw new BackupFileError("the backup's header has no valid version");
  }
  if (value.version > BACKUP_VERSION) {
    throw new BackupFileError(
      `the backup has format version ${value.version}; this Limber reads up to ${BACKUP_VERSION}: restore it with a newer Limber`,
    );
  }
  if (!isStringList(value.migrations) || !isStringList(value.tables) || typeof value.takenAt !== "string") {
    throw new BackupFileError("the backup's header is incomplete (migrations, tables or takenAt)");
  }
  if (value.backend !== "pglite" && value.backend !== "postgres") {
    throw new BackupFileError("the backup's header names no known backend");
  }
  return value as BackupHeader;
}

/** One line after the header: a row, or the trailer. */
export type BackupLine =
  | { readonly kind: "row"; readonly table: string; readonly row: Record<string, unknown> }
  | { readonly kind: "end"; readonly rows: Readonly<Record<string, number>> };

export function parseLine(line: string, number: number): BackupLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFileError(`line ${number} of the backup is not JSON: the file is damaged`);
  }
  if (isRecord(value) && typeof value.table === "string" && isRecord(value.row)) {
    return { kind: "row", table: value.table, row: value.row };
  }
  if (isRecord(value) && isRecord(value.end) && isRecord(value.end.rows)) {
    return { kind: "end", rows: value.end.rows as Record<string, number> };
  }
  throw new BackupFileError(`line ${number} of the backup is neither a row nor the end: the file is damaged`);
}

/** A row line, built from the row's JSON text as the database wrote it (no parse and re-serialise). */
export const rowLine = (table: string, rowJson: string) =>
  `{"table":${JSON.stringify(table)},"row":${rowJson}}`;
