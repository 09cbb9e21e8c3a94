/**
 * Whether the browser keeps the record (issue 20, item 1). Most people have no account, so this browser's
 * storage is their only copy, and a browser may clear it under storage pressure unless it agreed to keep it
 * (navigator.storage.persist()). This module keeps the browser's answer, asks again when it said no (after
 * install and after the first saved entry), and notices a record the browser wiped: a marker kept apart from
 * the record (localStorage) says this device once held entries, so an empty store then means "cleared", not
 * "new".
 */
import { signal } from "@preact/signals";

/** The browser's answer to "keep this site's data": asked, and kept here. */
export type KeepAnswer = "granted" | "denied" | "unsupported" | "unknown";

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
type KeyValue = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const MARKER_KEY = "limber-record-marker";

export function createRecordKeeping(options: {
  readonly storage: () => StorageManagerLike | undefined;
  readonly marker: KeyValue | undefined;
}) {
  const answer = signal<KeepAnswer>("unknown");
  /** True when this device held entries and its store is now empty: the browser cleared it. */
  const wiped = signal(false);

  /** Asks the browser to keep the record; the answer is kept in `answer`. Never throws. */
  async function ask(): Promise<KeepAnswer> {
    const manager = options.storage();
    if (!manager?.persist) {
      answer.value = "unsupported";
      return answer.value;
    }
    try {
      const already = (await manager.persisted?.()) ?? false;
      answer.value = already || (await manager.persist()) ? "granted" : "denied";
    } catch {
      answer.value = "denied";
    }
    return answer.value;
  }

  /** Asks again only when the browser has not agreed yet (after install, after the first saved entry). */
  const askAgain = () => (answer.value === "granted" ? Promise.resolve(answer.value) : ask());

  const readMarker = () => {
    try {
      return options.marker?.getItem(MARKER_KEY) ?? null;
    } catch {
      return null;
    }
  };

  /** Called with the record's size whenever it loads or changes. */
  function observe(entries: number) {
    if (entries > 0) {
      const first = readMarker() === null;
      try {
        options.marker?.setItem(MARKER_KEY, "1");
      } catch {
        // No key-value storage either: a wipe cannot be noticed, nothing else changes.
      }
      wiped.value = false;
      if (first) void askAgain();
      return;
    }
    if (readMarker() !== null) wiped.value = true;
  }

  /** The person erased this device's copy, or read the wiped notice and starts afresh. */
  function forget() {
    try {
      options.marker?.removeItem(MARKER_KEY);
    } catch {
      // Nothing to forget.
    }
    wiped.value = false;
  }

  return { answer, wiped, ask, askAgain, observe, forget };
}

export type RecordKeeping = ReturnType<typeof createRecordKeeping>;
