import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createIndexedDb, openIndexedDb } from "./indexed-db";
import { createRecordStore } from "./record-store";

const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";

describe("the IndexedDB record", () => {
  it("keeps events, settings and the outbox across closing and reopening the database", async () => {
    const factory = new IDBFactory();
    const first = await openIndexedDb(factory, "limber-test");
    const store = createRecordStore({ db: createIndexedDb(Promise.resolve(first)) });
    await store.recordEvent({ type: "adjust-urge", id: ID, at: "2026-11-24T07:00:00Z" });
    await store.updateSettings({ autoAdvance: false });
    first.close();

    const again = createIndexedDb(openIndexedDb(factory, "limber-test"));
    const reopened = createRecordStore({ db: again });
    await reopened.ready;
    expect(reopened.events.value.map((e) => e.id)).toEqual([ID]);
    expect(reopened.settings.value.autoAdvance).toBe(false);
    expect(await again.readAll("outbox")).toHaveLength(1);
  });

  it("applies a multi-table write all together or not at all", async () => {
    const db = createIndexedDb(openIndexedDb(new IDBFactory(), "limber-atomic"));
    await db.write([{ op: "put", table: "events", key: "a", value: { n: 1 } }]);
    // A value that cannot be cloned fails the second put, so the first ("b") must not land either.
    await expect(
      db.write([
        { op: "put", table: "events", key: "b", value: { n: 2 } },
        { op: "put", table: "outbox", key: "c", value: { send: () => undefined } },
      ]),
    ).rejects.toBeDefined();
    expect(await db.readAll("events")).toEqual([{ n: 1 }]);
  });

  it("updates a stored value, and leaves a deleted one deleted", async () => {
    const db = createIndexedDb(openIndexedDb(new IDBFactory(), "limber-update"));
    await db.write([{ op: "put", table: "outbox", key: "kept", value: { attempts: 0 } }]);
    await db.write([
      { op: "update", table: "outbox", key: "kept", value: { attempts: 1 } },
      { op: "update", table: "outbox", key: "gone", value: { attempts: 1 } },
    ]);
    expect(await db.read("outbox", "kept")).toEqual({ attempts: 1 });
    expect(await db.readAll("outbox")).toEqual([{ attempts: 1 }]);
  });

  it("clears a table", async () => {
    const db = createIndexedDb(openIndexedDb(new IDBFactory(), "limber-clear"));
    await db.write([{ op: "put", table: "meta", key: "k", value: 1 }]);
    await db.write([{ op: "clear", table: "meta" }]);
    expect(await db.read("meta", "k")).toBeUndefined();
  });
});

describe("a newer version of the app opening the database", () => {
  it("is not blocked by a tab still holding the older version", async () => {
    const factory = new IDBFactory();
    const older = await openIndexedDb(factory, "limber-upgrade");
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open("limber-upgrade", older.version + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(upgraded.version).toBe(older.version + 1);
  });

  it("tells the older tab to reload when it tries to save after the upgrade", async () => {
    const factory = new IDBFactory();
    const older = openIndexedDb(factory, "limber-upgrade-write");
    const olderDb = createIndexedDb(older);
    await older;
    await new Promise<void>((resolve, reject) => {
      const request = factory.open("limber-upgrade-write", 99);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await expect(olderDb.write([{ op: "put", table: "meta", key: "k", value: 1 }])).rejects.toThrow(
      /Reload this page/,
    );
  });
});
