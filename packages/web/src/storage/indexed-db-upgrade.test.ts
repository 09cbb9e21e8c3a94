import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createIndexedDb, openIndexedDb } from "./indexed-db";
import { createRecordStore } from "./record-store";

const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";

/** A database as version 2 of the app left it: no acknowledgements table, one event. */
async function versionTwoDevice(factory: IDBFactory, name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name, 2);
    request.onupgradeneeded = () => {
      for (const table of ["screenings", "events", "settings", "outbox", "problems", "meta"]) {
        request.result.createObjectStore(table);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("events", "readwrite");
    tx.objectStore("events").put({ type: "adjust-urge", id: ID, at: "2026-11-24T07:00:00Z" }, ID);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe("a device upgrading from version 2", () => {
  it("keeps its events and gains an empty acknowledgements table it can write to", async () => {
    const factory = new IDBFactory();
    await versionTwoDevice(factory, "limber-v2");
    const opened = await openIndexedDb(factory, "limber-v2");
    expect(opened.version).toBeGreaterThanOrEqual(3);
    expect([...opened.objectStoreNames]).toContain("acknowledgements");
    const store = createRecordStore({ db: createIndexedDb(Promise.resolve(opened)) });
    await store.ready;
    expect(store.events.value.map((e) => e.id)).toEqual([ID]);
    expect(store.acknowledgements.value).toEqual([]);
    await store.acknowledge("persistent-48h");
    expect(await store.db.readAll("acknowledgements")).toHaveLength(1);
  });
});
