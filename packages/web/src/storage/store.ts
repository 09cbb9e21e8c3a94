/**
 * The app's one record store (the contract the screens code against). Data lives on this device in
 * IndexedDB; where the browser refuses IndexedDB it is kept in memory and `persistence` says so.
 *
 * - `screenings`: newest first. `events`: oldest first. `settings`: always valid.
 * - `recordEvent` validates against the journal contract, stores once per id (an identical retry is a
 *   no-op, different content under the same id rejects with `event_conflict`) and queues it for sync.
 * - Writes reject with a `StoreError` whose `code` is stable and whose message a person can act on.
 * - `acknowledgements`: oldest first, each `{ id, code, at }`; `acknowledge(code)` shows one only once it is
 *   stored. Kept on this device only (not synced).
 * - `recordEventOrHold`: for a stop for pain; held in localStorage/sessionStorage before the database write
 *   and kept (and shown in `events`) if that write fails, so the stop still counts.
 */
import { effect, signal } from "@preact/signals";
import { openedOnSharedLink } from "../share/shared-link";
import { browserStorage } from "./browser-storage";
import { browserHeldEvents } from "./held-events";
import { createIndexedDb, openIndexedDb } from "./indexed-db";
import { createMemoryDb } from "./memory-db";
import type { RecordDb } from "./record-db";
import { createRecordKeeping } from "./record-keeping";
import { createRecordStore, type TabChannel } from "./record-store";

export type { AcknowledgementRecord } from "./acknowledgement-record";
export { loadJournalContract } from "./journal-writes";
export type { HoldReceipt } from "./record-store";
export type { ScreeningRecord } from "./screening-record";
export type { Settings, Theme } from "./settings";
export { StoreError } from "./store-error";

/**
 * A clinician's shared view (#/shared/<token>) must not open this browser's record: that browser may be
 * the person's own, or another patient's. It gets an empty record in memory, shared with no other tab.
 */
const sharedView = openedOnSharedLink;

/** "device" when data survives a reload; "memory" when the browser gave us no storage. */
export const persistence = signal<"device" | "memory">("device");

function chooseDb(): RecordDb {
  if (sharedView) return createMemoryDb();
  if (typeof indexedDB === "undefined") {
    persistence.value = "memory";
    return createMemoryDb();
  }
  const memory = createMemoryDb();
  const opened = openIndexedDb(indexedDB, "limber").then(
    (database) => createIndexedDb(Promise.resolve(database)),
    () => {
      persistence.value = "memory";
      return memory;
    },
  );
  return {
    readAll: async (table) => (await opened).readAll(table),
    read: async (table, key) => (await opened).read(table, key),
    write: async (writes) => (await opened).write(writes),
  };
}

/** Other open tabs reload their signals when this one writes, so two tabs never show different records. */
function otherTabs(): TabChannel | undefined {
  if (sharedView || typeof BroadcastChannel === "undefined") return undefined;
  const channel = new BroadcastChannel("limber-record");
  return {
    announce: () => channel.postMessage("changed"),
    onChange: (listener) => channel.addEventListener("message", listener),
  };
}

/** Whether the browser keeps the record, and whether it wiped it (see record-keeping). */
export const keeping = createRecordKeeping({
  storage: () => globalThis.navigator?.storage,
  marker: sharedView ? undefined : browserStorage("localStorage"),
});

const tabs = otherTabs();
export const store = createRecordStore({
  db: chooseDb(),
  ...(sharedView ? {} : { held: browserHeldEvents() }),
  durable: () => persistence.value === "device",
  // Erasing the device's copy is the person's choice: the empty store that follows is not a wipe.
  onErase: () => keeping.forget(),
  ...(tabs ? { tabs } : {}),
});

// Ask the browser not to evict the record under storage pressure (granted silently to installed apps), keep
// its answer, ask again once installed, and watch the record's size for a wipe.
if (!sharedView) {
  void store.ready
    .then(() => {
      void keeping.ask();
      effect(() => {
        const entries = store.events.value.length + store.screenings.value.length;
        // An in-memory fallback is empty on every load: that is not a wipe.
        if (persistence.value === "device") keeping.observe(entries);
      });
    })
    .catch(() => undefined);
  globalThis.addEventListener?.("appinstalled", () => void keeping.askAgain());
}

export const {
  screenings,
  events,
  settings,
  acknowledgements,
  ready,
  recordScreening,
  recordStoppedScreening,
  recordEvent,
  recordEventOrHold,
  acknowledge,
  deleteEvent,
  updateSettings,
} = store;
