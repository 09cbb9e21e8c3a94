/** A RecordDb held in memory: for tests, and for browsers that refuse IndexedDB (private modes). */
import type { DbWrite, RecordDb, TableName } from "./record-db";

export function createMemoryDb(): RecordDb {
  const tables = new Map<TableName, Map<string, unknown>>();
  const table = (name: TableName) => {
    let found = tables.get(name);
    if (!found) {
      found = new Map();
      tables.set(name, found);
    }
    return found;
  };
  // Values are copied in and out so callers cannot mutate stored records by accident, as with IndexedDB.
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    async readAll(name) {
      return [...table(name).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, v]) => copy(v));
    },
    async read(name, key) {
      return copy(table(name).get(key));
    },
    async write(writes: readonly DbWrite[]) {
      for (const w of writes) {
        if (w.op === "put") table(w.table).set(w.key, copy(w.value));
        else if (w.op === "update") {
          if (table(w.table).has(w.key)) table(w.table).set(w.key, copy(w.value));
        } else if (w.op === "delete") table(w.table).delete(w.key);
        else table(w.table).clear();
      }
    },
  };
}
