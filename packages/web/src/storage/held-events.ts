/**
 * Journal events the database could not take but that must never be lost (a stop for pain): held in the
 * browser's own key-value storage (localStorage, else sessionStorage) until a later load writes them to the
 * database. Reading and writing never throw; `put` says whether the event reached any storage at all.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import { browserStorage } from "./browser-storage";

export type HeldEvents = {
  /** Holds the event; false when no browser storage took it (it then lives in memory only). */
  put(event: JournalEvent): boolean;
  remove(id: string): void;
  list(): JournalEvent[];
};

const KEY = "limber-held-events";

type KeyValue = Pick<Storage, "getItem" | "setItem">;

function readFrom(storage: KeyValue | undefined): JournalEvent[] {
  try {
    const raw = storage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    // Only entries with an id can be told apart; whether each keeps the journal contract is checked where
    // it enters the record (journal-writes' retryHeld).
    return Array.isArray(parsed) ? (parsed.filter(hasId) as JournalEvent[]) : [];
  } catch {
    return [];
  }
}

function hasId(entry: unknown): boolean {
  return typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string";
}

function writeTo(storage: KeyValue | undefined, events: readonly JournalEvent[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify(events));
    return true;
  } catch {
    return false;
  }
}

/** `storages` in order of preference; the browser's are `[localStorage, sessionStorage]`. */
export function createHeldEvents(storages: readonly (KeyValue | undefined)[]): HeldEvents {
  const all = () => {
    const byId = new Map<string, JournalEvent>();
    for (const storage of storages) for (const event of readFrom(storage)) byId.set(event.id, event);
    return [...byId.values()];
  };
  return {
    put(event) {
      const next = [...all().filter((e) => e.id !== event.id), event];
      // Written to every storage that accepts it: one of them being cleared must not lose the stop.
      return storages.map((storage) => writeTo(storage, next)).some(Boolean);
    },
    remove(id) {
      for (const storage of storages) {
        const kept = readFrom(storage).filter((e) => e.id !== id);
        writeTo(storage, kept);
      }
    },
    list: all,
  };
}

/** The browser's storages, each reached when first used (see browser-storage.ts). */
export function browserHeldEvents(): HeldEvents {
  return createHeldEvents([browserStorage("localStorage"), browserStorage("sessionStorage")]);
}
