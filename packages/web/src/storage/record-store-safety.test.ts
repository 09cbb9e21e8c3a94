import { clockFrom } from "@limber/core/clock";
import type { JournalEvent } from "@limber/core/journal/events";
import { ACKNOWLEDGE_WORDS } from "@limber/core/safety/safety-fact-words";
import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../sync/outbox-entry";
import { createHeldEvents } from "./held-events";
import { createMemoryDb } from "./memory-db";
import type { RecordDb } from "./record-db";
import { createRecordStore } from "./record-store";

const NOW = Date.parse("2026-11-24T08:00:00Z");
const STOP_ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const stop: JournalEvent = {
  type: "session",
  id: STOP_ID,
  at: "2026-11-24T07:59:00Z",
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
};

function keyValue() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => map.set(k, v) };
}

/** A database whose event writes fail while `broken.events` is true (a full disk, a refused transaction). */
function breakableDb(base = createMemoryDb()) {
  const broken = { events: false };
  const db: RecordDb = {
    readAll: (t) => base.readAll(t),
    read: (t, k) => base.read(t, k),
    write: async (writes) => {
      if (broken.events && writes.some((w) => w.table === "events")) throw new Error("QuotaExceededError");
      return base.write(writes);
    },
  };
  return { db, broken };
}

describe("acknowledgements in the record store", () => {
  it("stores an acknowledgement naming its reason and keeps it after a reopen", async () => {
    const db = createMemoryDb();
    const store = createRecordStore({ db, clock: clockFrom(() => NOW), newId: () => "ack-1" });
    const record = await store.acknowledge("persistent-48h");
    expect(record).toEqual({
      id: "ack-1",
      code: "persistent-48h",
      at: "2026-11-24T08:00:00.000Z",
      words: ACKNOWLEDGE_WORDS,
    });
    expect(store.acknowledgements.value).toEqual([record]);
    const reopened = createRecordStore({ db });
    await reopened.ready;
    expect(reopened.acknowledgements.value).toEqual([record]);
  });

  it("shows no acknowledgement whose write failed", async () => {
    const db = createMemoryDb();
    const failing: RecordDb = { ...db, write: async () => Promise.reject(new Error("disk full")) };
    const store = createRecordStore({ db: failing });
    await expect(store.acknowledge("frequent-adjusting")).rejects.toThrow("disk full");
    expect(store.acknowledgements.value).toEqual([]);
  });

  it("queues each acknowledgement for sync with its words, in the same write (issue 20: every safety fact syncs)", async () => {
    const store = createRecordStore({ db: createMemoryDb() });
    const record = await store.acknowledge("repeated-sharp-pain");
    const outbox = (await store.db.readAll("outbox")) as OutboxEntry[];
    expect(outbox).toEqual([expect.objectContaining({ op: "acknowledgement", fact: record })]);
  });

  it("forgets acknowledgements when the device's copy is erased", async () => {
    const store = createRecordStore({ db: createMemoryDb() });
    await store.acknowledge("persistent-48h");
    await store.eraseDevice();
    expect(store.acknowledgements.value).toEqual([]);
    expect(await store.db.readAll("acknowledgements")).toEqual([]);
  });
});

describe("a stop for pain that must not be lost", () => {
  it("is saved like any event and released from the browser's storage once saved", async () => {
    const held = createHeldEvents([keyValue()]);
    const store = createRecordStore({ db: createMemoryDb(), held });
    expect(await store.recordEventOrHold(stop)).toEqual({ saved: true });
    expect(store.events.value).toEqual([stop]);
    expect(held.list()).toEqual([]);
  });

  it("is held in the browser's storage and still counted when the database write fails", async () => {
    const { db, broken } = breakableDb();
    broken.events = true;
    const held = createHeldEvents([keyValue()]);
    const store = createRecordStore({ db, held });
    expect(await store.recordEventOrHold(stop)).toEqual({ saved: false, heldIn: "browser-storage" });
    expect(store.events.value).toEqual([stop]);
    expect(held.list()).toEqual([stop]);
  });

  it("says it is held in memory only when no browser storage takes it either", async () => {
    const { db, broken } = breakableDb();
    broken.events = true;
    const store = createRecordStore({ db, held: createHeldEvents([undefined]) });
    expect(await store.recordEventOrHold(stop)).toEqual({ saved: false, heldIn: "memory" });
    expect(store.events.value).toEqual([stop]);
  });

  it("is counted on the next load while the database still refuses it", async () => {
    const { db, broken } = breakableDb();
    broken.events = true;
    const storage = keyValue();
    await createRecordStore({ db, held: createHeldEvents([storage]) }).recordEventOrHold(stop);
    const reopened = createRecordStore({ db, held: createHeldEvents([storage]) });
    await reopened.ready;
    expect(reopened.events.value).toEqual([stop]);
  });

  it("is written to the database, queued for sync and released on a later load that can save it", async () => {
    const { db, broken } = breakableDb();
    broken.events = true;
    const storage = keyValue();
    await createRecordStore({ db, held: createHeldEvents([storage]) }).recordEventOrHold(stop);
    broken.events = false;
    const reopened = createRecordStore({ db, held: createHeldEvents([storage]) });
    await reopened.ready;
    expect(await db.readAll("events")).toEqual([stop]);
    expect(((await db.readAll("outbox")) as OutboxEntry[]).map((e) => e.op)).toEqual(["put"]);
    expect(createHeldEvents([storage]).list()).toEqual([]);
  });

  it("never enters the record unchecked: a held entry that breaks the journal contract stays held, unread and unsent", async () => {
    // A stop whose time is unreadable would count for nothing in the rest after a stop (P13): rather than
    // trust it, the load leaves it in the browser's storage (nothing is deleted) and keeps it out of the record.
    const storage = keyValue();
    const unreadable = { ...stop, id: "held-unreadable", at: "yesterday-ish" };
    storage.setItem("limber-held-events", JSON.stringify([unreadable, stop]));
    const db = createMemoryDb();
    const store = createRecordStore({ db, held: createHeldEvents([storage]) });
    await store.ready;
    expect(store.events.value).toEqual([stop]);
    expect(await db.readAll("events")).toEqual([stop]);
    expect(((await db.readAll("outbox")) as OutboxEntry[]).map((e) => e.op)).toEqual(["put"]);
    expect(
      createHeldEvents([storage])
        .list()
        .map((e) => e.id),
    ).toEqual(["held-unreadable"]);
  });

  it("stays held while the database is only in memory (it would not survive a reload)", async () => {
    const held = createHeldEvents([keyValue()]);
    const store = createRecordStore({ db: createMemoryDb(), held, durable: () => false });
    expect(await store.recordEventOrHold(stop)).toEqual({ saved: true });
    expect(held.list()).toEqual([stop]);
  });
});
