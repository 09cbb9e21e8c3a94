/**
 * RecordDb on IndexedDB: one object store per table, out-of-line string keys. Writes use a "strict"
 * durability transaction so a write the app acknowledges has reached disk.
 */
import type { DbWrite, RecordDb, TableName } from "./record-db";

const TABLES: readonly TableName[] = [
  "screenings",
  "events",
  "settings",
  "outbox",
  "problems",
  "meta",
  "acknowledgements",
];
/**
 * 2 added "problems", 3 "acknowledgements". An upgrade only creates the tables that are missing and never
 * touches the data in the others, so a device on any older version upgrades in place. A new table needs
 * a new version: a device already on this one would otherwise never run the upgrade that creates it.
 */
const VERSION = 3;
const CLOSED_MESSAGE =
  "Limber was updated in another tab. Reload this page to keep saving; nothing saved so far is lost.";

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export function openIndexedDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, VERSION);
    request.onupgradeneeded = () => {
      for (const table of TABLES) {
        if (!request.result.objectStoreNames.contains(table)) request.result.createObjectStore(table);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app opening in another tab needs this connection closed to upgrade; an
      // upgrade then waits for it rather than failing (which would leave that tab without storage).
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
}

export function createIndexedDb(database: Promise<IDBDatabase>): RecordDb {
  return {
    async readAll(table) {
      const db = await database;
      return settle(db.transaction(table, "readonly").objectStore(table).getAll());
    },
    async read(table, key) {
      const db = await database;
      return settle(db.transaction(table, "readonly").objectStore(table).get(key));
    },
    async write(writes: readonly DbWrite[]) {
      if (writes.length === 0) return;
      const db = await database;
      const tables = [...new Set(writes.map((w) => w.table))];
      let tx: IDBTransaction;
      try {
        tx = db.transaction(tables, "readwrite", { durability: "strict" });
      } catch (error) {
        if ((error as DOMException).name === "InvalidStateError") throw new Error(CLOSED_MESSAGE);
        throw error;
      }
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error("the write was cancelled"));
      });
      try {
        for (const w of writes) {
          const store = tx.objectStore(w.table);
          if (w.op === "put") store.put(w.value, w.key);
          else if (w.op === "update") updateIfStored(store, w.key, w.value);
          else if (w.op === "delete") store.delete(w.key);
          else store.clear();
        }
      } catch (error) {
        // A value that cannot be stored throws here; abort so the writes before it do not commit alone.
        tx.abort();
        await done.catch(() => undefined);
        throw error;
      }
      await done;
    },
  };
}

/** Within the write's transaction, so nothing can delete the row between the look and the update. */
function updateIfStored(store: IDBObjectStore, key: string, value: unknown): void {
  const found = store.openCursor(key);
  found.onsuccess = () => found.result?.update(value);
}
