/**
 * The device's record: screenings, journal events and settings as signals, persisted before they change.
 * A write is only shown once it is durable, and every journal change is queued for sync in the same
 * transaction, so nothing acknowledged is lost and nothing is sent twice under two ids.
 */

import { sortEvents } from "@limber/core/journal/event-order";
import type { JournalEvent } from "@limber/core/journal/events";
import { isSameEvent } from "@limber/core/journal/same-event";
import { ACKNOWLEDGE_WORDS, RETRACTION_WORDS } from "@limber/core/safety/safety-fact-words";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Answers, Decision } from "@limber/core/screening/triage";
import { signal } from "@preact/signals";
import { nextOutboxKey, type OutboxEntry, type OutboxOp } from "../sync/outbox-entry";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import type { HeldEvents } from "./held-events";
import type { DbWrite, RecordDb } from "./record-db";
import type { CompleteScreeningRecord, ScreeningRecord, StoppedScreeningRecord } from "./screening-record";
import { DEFAULT_SETTINGS, findSettingsIssues, type Settings } from "./settings";
import { StoreError, type StoreIssue } from "./store-error";

export type RecordStoreOptions = {
  readonly db: RecordDb;
  readonly now?: () => number;
  readonly newId?: () => string;
  /** Other tabs of the app on this device (a BroadcastChannel in the browser). */
  readonly tabs?: TabChannel;
  /** Checks an event against the journal contract; the default loads the core's schema lazily. */
  readonly validateEvent?: (event: unknown) => Promise<StoreIssue[]>;
  /** Where an event that must not be lost waits when the database refuses it (see `recordEventOrHold`). */
  readonly held?: HeldEvents;
  /** Whether `db` survives a reload (false for the in-memory fallback): a held event is kept until it does. */
  readonly durable?: () => boolean;
  /** Called when the person erases the device's copy (before it is emptied). */
  readonly onErase?: () => void;
};

/** What became of an event that must not be lost: saved, or held where the message can say exactly. */
export type HoldReceipt =
  | { readonly saved: true }
  | { readonly saved: false; readonly heldIn: "browser-storage" | "memory" };

export type TabChannel = { announce(): void; onChange(listener: () => void): void };

const SETTINGS_KEY = "current";

// Records in core's one order (time, then id); screenings newest first, as the server lists them.
const newestFirst = (records: readonly ScreeningRecord[]) => sortEvents(records).reverse();

async function validateWithCore(event: unknown): Promise<StoreIssue[]> {
  // Loaded on first write so zod stays off the first screen's critical path.
  const { journalEventSchema } = await import("@limber/core/journal/events");
  const parsed = journalEventSchema.safeParse(event);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

export function createRecordStore(options: RecordStoreOptions) {
  const { db } = options;
  // Read through a closure, so a clock installed later (tests, Playwright) is the one used.
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const validateEvent = options.validateEvent ?? validateWithCore;

  const screenings = signal<ScreeningRecord[]>([]);
  const events = signal<JournalEvent[]>([]);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  /** Ids of events shown in `events` that the database does not hold yet (held stops). */
  const unsaved = new Set<string>();
  /** Oldest first. Each is queued for sync; other devices' come in with the pull. */
  const acknowledgements = signal<AcknowledgementRecord[]>([]);
  /** Bumped whenever something is queued for sync, so the sync loop can wake up. */
  const outboxVersion = signal(0);

  async function load(): Promise<void> {
    const [storedScreenings, storedEvents, storedSettings, storedAcknowledgements] = await Promise.all([
      db.readAll("screenings"),
      db.readAll("events"),
      db.read("settings", SETTINGS_KEY),
      db.readAll("acknowledgements"),
    ]);
    screenings.value = newestFirst(storedScreenings as ScreeningRecord[]);
    const stored = storedEvents as JournalEvent[];
    events.value = sortEvents([...stored, ...(await retryHeld(stored))]);
    acknowledgements.value = sortEvents(storedAcknowledgements as AcknowledgementRecord[]);
    const merged = { ...DEFAULT_SETTINGS, ...(storedSettings as Partial<Settings> | undefined) };
    // A stored value the current rules reject (say, from an older version) falls back to the default for that field only.
    const bad = new Set(findSettingsIssues(merged).map((issue) => issue.path));
    settings.value = Object.fromEntries(
      Object.entries(merged).map(([k, v]) => [
        k,
        bad.has(k as keyof Settings) ? DEFAULT_SETTINGS[k as keyof Settings] : v,
      ]),
    ) as Settings;
  }

  /**
   * Held events the database does not have yet: each is written again (with its sync entry); whether or not
   * that works, it is part of the record shown, so a held stop for pain still counts.
   */
  async function retryHeld(stored: readonly JournalEvent[]): Promise<JournalEvent[]> {
    const known = new Set(stored.map((e) => e.id));
    const waiting = (options.held?.list() ?? []).filter((e) => !known.has(e.id));
    for (const event of waiting) {
      try {
        await db.write([
          { op: "put", table: "events", key: event.id, value: event },
          queue({ op: "put", event }),
        ]);
        unsaved.delete(event.id);
        if (options.durable?.() ?? true) options.held?.remove(event.id);
      } catch {
        // Still held; tried again at the next sync or load.
        unsaved.add(event.id);
      }
    }
    return waiting;
  }

  const ready = load();

  // Writes run one after another: two taps or two tasks writing at once can never both pass the
  // "already stored?" check and store the same id twice.
  let tail: Promise<unknown> = ready;
  const serially =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const run = tail.then(() => write(...args));
      tail = run.catch(() => undefined);
      return run;
    };

  /** Tells other tabs of this app that the record changed, so they show the same data. */
  const changed = () => options.tabs?.announce();
  options.tabs?.onChange(() => {
    void serially(load)().then(() => {
      outboxVersion.value += 1;
    });
  });

  const queue = (op: OutboxOp): DbWrite => {
    const entry: OutboxEntry = { ...op, key: nextOutboxKey(now()), attempts: 0 };
    return { op: "put", table: "outbox", key: entry.key, value: entry };
  };

  async function recordScreening(
    answers: Answers,
    decision: Decision,
    /** Earlier "yes" answers the person confirmed were a mistake (see `CompleteScreeningRecord`). */
    retracted: readonly ScreeningLinkId[] = [],
  ): Promise<ScreeningRecord> {
    await ready;
    const record: CompleteScreeningRecord = {
      id: newId(),
      at: new Date(now()).toISOString(),
      answers,
      decision,
      ...(retracted.length > 0 ? { retracted } : {}),
    };
    // The retraction is a safety fact of its own on the server, sent after the screening it names.
    const retraction = retracted.length > 0 && {
      id: newId(),
      screeningId: record.id,
      at: record.at,
      linkIds: retracted,
      words: RETRACTION_WORDS,
    };
    await db.write([
      { op: "put", table: "screenings", key: record.id, value: record },
      queue({ op: "screening", record }),
      ...(retraction ? [queue({ op: "retraction", fact: retraction })] : []),
    ]);
    screenings.value = newestFirst([record, ...screenings.value]);
    outboxVersion.value += 1;
    changed();
    return record;
  }

  /** A screening that ended at an emergency answer: only the questions asked, queued like any screening. */
  async function recordStoppedScreening(
    answers: StoppedScreeningRecord["answers"],
    stoppedAt: ScreeningLinkId,
    decision: Decision,
  ): Promise<ScreeningRecord> {
    await ready;
    const record: StoppedScreeningRecord = {
      id: newId(),
      at: new Date(now()).toISOString(),
      answers,
      decision,
      stoppedAt,
    };
    await db.write([
      { op: "put", table: "screenings", key: record.id, value: record },
      queue({ op: "screening", record }),
    ]);
    screenings.value = newestFirst([record, ...screenings.value]);
    outboxVersion.value += 1;
    changed();
    return record;
  }

  async function recordEvent(event: JournalEvent): Promise<void> {
    await ready;
    const issues = await validateEvent(event);
    if (issues.length > 0) {
      throw new StoreError(
        "invalid_event",
        "This journal entry could not be saved; check the marked fields.",
        issues,
      );
    }
    const existing = events.value.find((e) => e.id === event.id);
    if (existing) {
      if (isSameEvent(existing, event)) return; // a retry of a write already made: stored once
      throw new StoreError(
        "event_conflict",
        "Another journal entry already uses this id; create a new entry instead of changing it.",
        [{ path: "id", message: event.id }],
      );
    }
    await db.write([
      { op: "put", table: "events", key: event.id, value: event },
      queue({ op: "put", event }),
    ]);
    events.value = sortEvents([...events.value, event]);
    outboxVersion.value += 1;
    changed();
  }

  async function deleteEvent(id: string): Promise<void> {
    await ready;
    if (!events.value.some((e) => e.id === id)) {
      throw new StoreError(
        "not_found",
        "That journal entry is not on this device; it may already be deleted.",
      );
    }
    await db.write([{ op: "delete", table: "events", key: id }, queue({ op: "delete", id })]);
    events.value = events.value.filter((e) => e.id !== id);
    outboxVersion.value += 1;
    changed();
  }

  /**
   * For an event that must never be lost (a stop for pain): held in the browser's storage first, then
   * written like `recordEvent`. If that write fails the event stays held and is shown in `events` anyway.
   */
  async function recordEventOrHold(event: JournalEvent): Promise<HoldReceipt> {
    const heldInBrowser = options.held?.put(event) ?? false;
    try {
      await serially(writeHeld)(event);
      if (options.durable?.() ?? true) options.held?.remove(event.id);
      return { saved: true };
    } catch {
      unsaved.add(event.id);
      if (!events.value.some((e) => e.id === event.id)) events.value = sortEvents([...events.value, event]);
      return { saved: false, heldIn: heldInBrowser ? "browser-storage" : "memory" };
    }
  }

  async function writeHeld(event: JournalEvent): Promise<void> {
    await ready;
    // Already in the database (a retry): stored once.
    if (events.value.some((e) => e.id === event.id) && !unsaved.has(event.id)) return;
    await db.write([
      { op: "put", table: "events", key: event.id, value: event },
      queue({ op: "put", event }),
    ]);
    unsaved.delete(event.id);
    events.value = sortEvents([...events.value.filter((e) => e.id !== event.id), event]);
    outboxVersion.value += 1;
    changed();
  }

  /** Records "I understand" for one safety reason; resolves (and shows it) only once it is stored. */
  async function acknowledge(code: string, words = ACKNOWLEDGE_WORDS): Promise<AcknowledgementRecord> {
    await ready;
    const record = { id: newId(), code, at: new Date(now()).toISOString(), words };
    await db.write([
      { op: "put", table: "acknowledgements", key: record.id, value: record },
      queue({ op: "acknowledgement", fact: record }),
    ]);
    acknowledgements.value = [...acknowledgements.value, record];
    outboxVersion.value += 1;
    changed();
    return record;
  }

  /** Adds the acknowledgements made on the person's other devices (from the sync pull), so they count here too. */
  async function mergeAcknowledgements(remote: readonly AcknowledgementRecord[]): Promise<number> {
    await ready;
    const known = new Set(acknowledgements.value.map((a) => a.id));
    const fresh = [...new Map(remote.filter((a) => !known.has(a.id)).map((a) => [a.id, a])).values()];
    if (fresh.length === 0) return 0;
    await db.write(
      fresh.map((a) => ({ op: "put", table: "acknowledgements", key: a.id, value: a }) as const),
    );
    acknowledgements.value = sortEvents([...acknowledgements.value, ...fresh]);
    changed();
    return fresh.length;
  }

  /**
   * Tries the held events (stops for pain the database refused) again, as each sync does: those the
   * database takes now are queued like any event. Returns those still held only, for the sync to send
   * straight to the server, so a held stop reaches it as soon as the device is online.
   */
  async function flushHeld(): Promise<JournalEvent[]> {
    await ready;
    const waiting = await retryHeld(events.value.filter((e) => !unsaved.has(e.id)));
    if (waiting.some((e) => !unsaved.has(e.id))) outboxVersion.value += 1;
    return waiting.filter((e) => unsaved.has(e.id));
  }

  async function updateSettings(patch: Partial<Settings>): Promise<void> {
    await ready;
    const next = { ...settings.value, ...patch };
    const issues = findSettingsIssues(next);
    if (issues.length > 0) {
      throw new StoreError(
        "invalid_setting",
        "That setting is outside what is safe; nothing was changed.",
        issues,
      );
    }
    await db.write([{ op: "put", table: "settings", key: SETTINGS_KEY, value: next }]);
    settings.value = next;
    changed();
  }

  /**
   * Adds the server's events this device does not have yet. An event deleted here but not yet deleted on
   * the server is not brought back. Returns how many were added.
   */
  async function mergeEvents(remote: readonly JournalEvent[]): Promise<number> {
    await ready;
    const outbox = (await db.readAll("outbox")) as OutboxEntry[];
    const pendingDeletes = new Set(outbox.flatMap((e) => (e.op === "delete" ? [e.id] : [])));
    const known = new Set(events.value.map((e) => e.id));
    const fresh = remote.filter((e) => !known.has(e.id) && !pendingDeletes.has(e.id));
    const unique = [...new Map(fresh.map((e) => [e.id, e])).values()];
    if (unique.length === 0) return 0;
    await db.write(unique.map((e) => ({ op: "put", table: "events", key: e.id, value: e }) as const));
    events.value = sortEvents([...events.value, ...unique]);
    changed();
    return unique.length;
  }

  /**
   * Removes events deleted on another device (the server's tombstones), with any change to them still
   * waiting in the outbox: the server refuses them now anyway. Nothing is queued, so applying the same
   * tombstones again changes nothing. Returns how many events were removed.
   */
  async function applyDeletions(ids: readonly string[]): Promise<number> {
    await ready;
    const gone = new Set(ids);
    const outbox = (await db.readAll("outbox")) as OutboxEntry[];
    const stale = outbox.filter((e) =>
      e.op === "put" ? gone.has(e.event.id) : e.op === "delete" && gone.has(e.id),
    );
    const removed = events.value.filter((e) => gone.has(e.id));
    if (removed.length === 0 && stale.length === 0) return 0;
    await db.write([
      ...removed.map((e) => ({ op: "delete", table: "events", key: e.id }) as const),
      ...stale.map((e) => ({ op: "delete", table: "outbox", key: e.key }) as const),
    ]);
    events.value = events.value.filter((e) => !gone.has(e.id));
    if (stale.length > 0) outboxVersion.value += 1;
    changed();
    return removed.length;
  }

  /**
   * Restores journal events from a saved file: each one not already here is stored and queued for sync,
   * exactly as if it had been recorded now; one already here (same id) is skipped. Returns how many were added.
   */
  async function importEvents(imported: readonly JournalEvent[]): Promise<number> {
    await ready;
    const known = new Set(events.value.map((e) => e.id));
    const fresh = [...new Map(imported.filter((e) => !known.has(e.id)).map((e) => [e.id, e])).values()];
    if (fresh.length === 0) return 0;
    await db.write(
      fresh.flatMap((event) => [
        { op: "put", table: "events", key: event.id, value: event } as const,
        queue({ op: "put", event }),
      ]),
    );
    events.value = sortEvents([...events.value, ...fresh]);
    outboxVersion.value += 1;
    changed();
    return fresh.length;
  }

  /** Removes this device's copy of the record (the server's copy, if any, is untouched). */
  async function eraseDevice(): Promise<void> {
    await ready;
    options.onErase?.();
    await db.write(
      (["screenings", "events", "settings", "outbox", "problems", "meta", "acknowledgements"] as const).map(
        (table) => ({
          op: "clear",
          table,
        }),
      ),
    );
    for (const event of options.held?.list() ?? []) options.held?.remove(event.id);
    screenings.value = [];
    events.value = [];
    acknowledgements.value = [];
    settings.value = DEFAULT_SETTINGS;
    changed();
  }

  return {
    db,
    screenings,
    events,
    settings,
    acknowledgements,
    outboxVersion,
    ready,
    recordScreening: serially(recordScreening),
    recordStoppedScreening: serially(recordStoppedScreening),
    recordEvent: serially(recordEvent),
    recordEventOrHold,
    acknowledge: serially(acknowledge),
    deleteEvent: serially(deleteEvent),
    updateSettings: serially(updateSettings),
    mergeEvents: serially(mergeEvents),
    mergeAcknowledgements: serially(mergeAcknowledgements),
    flushHeld: serially(flushHeld),
    applyDeletions: serially(applyDeletions),
    importEvents: serially(importEvents),
    eraseDevice: serially(eraseDevice),
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
