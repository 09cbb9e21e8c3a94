/**
 * The device's record as a few keyed tables. IndexedDB implements it in the browser; a Map-backed one
 * serves tests and browsers without IndexedDB. `write` is atomic: an event and its outbox entry land together.
 */
export type TableName =
  | "screenings"
  | "events"
  | "settings"
  | "outbox"
  | "problems"
  | "meta"
  | "acknowledgements";

export type DbWrite =
  | { readonly op: "put"; readonly table: TableName; readonly key: string; readonly value: unknown }
  /** Replaces a stored value, and does nothing when none is stored: it never brings back a deleted row. */
  | { readonly op: "update"; readonly table: TableName; readonly key: string; readonly value: unknown }
  | { readonly op: "delete"; readonly table: TableName; readonly key: string }
  | { readonly op: "clear"; readonly table: TableName };

export interface RecordDb {
  /** Every value in the table, in key order. */
  readAll(table: TableName): Promise<unknown[]>;
  read(table: TableName, key: string): Promise<unknown>;
  /** Applies all writes or none; resolves only once they are durable. */
  write(writes: readonly DbWrite[]): Promise<void>;
}
