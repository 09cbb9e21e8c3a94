/**
 * The device's record: screenings, journal events and settings as signals, persisted before they change.
 * A write is only shown once it is durable, and every journal change is queued for sync in the same
 * transaction, so nothing acknowledged is lost and nothing is sent twice under two ids. Every write goes
 * through here, one after another, and tells the app's other tabs. The writers themselves are in
 * journal-writes.ts, screening-writes.ts, settings-writes.ts and sync-results.ts.
 */

import type { Clock } from "@limber/core/clock";
import { sortEvents } from "@limber/core/journal/event-order";
import type { JournalEvent } from "@limber/core/journal/events";
import { batch, type Signal, signal } from "@preact/signals";
import { browserClock } from "../app/clock";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import type { HeldEvents } from "./held-events";
import { createJournalWrites, validateWithCore } from "./journal-writes";
import type { DbWrite, RecordDb } from "./record-db";
import type { ScreeningRecord } from "./screening-record";
import { createScreeningWrites } from "./screening-writes";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { createSettingsWrites, repairSettings, SETTINGS_KEY } from "./settings-writes";
import { newestFirst, oldestFirst, type StoreContext } from "./store-context";
import type { StoreIssue } from "./store-error";
import { createSyncResults } from "./sync-results";

export type { HoldReceipt } from "./journal-writes";

export type RecordStoreOptions = {
  readonly db: RecordDb;
  /** The browser's clock unless a test gives one; records are stamped with its calendar reading. */
  readonly clock?: Clock;
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

export type TabChannel = { announce(): void; onChange(listener: () => void): void };

/** Sets `list` to `next` unless both are empty (a new empty array would still tell every reader). */
function replaceList<T>(list: Signal<T[]>, next: T[]): void {
  if (list.value.length === 0 && next.length === 0) return;
  list.value = next;
}

const sameSettings = (a: Settings, b: Settings) =>
  (Object.keys(b) as (keyof Settings)[]).every((key) => a[key] === b[key]) &&
  Object.keys(a).length === Object.keys(b).length;

export function createRecordStore(options: RecordStoreOptions) {
  const { db } = options;
  // The browser clock reads Date.now() at each call, so a clock installed later (Playwright) is the one used.
  const clock = options.clock ?? browserClock;
  const newId = options.newId ?? (() => crypto.randomUUID());

  const screenings = signal<ScreeningRecord[]>([]);
  const events = signal<JournalEvent[]>([]);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  /** Oldest first. Each is queued for sync; other devices' come in with the pull. */
  const acknowledgements = signal<AcknowledgementRecord[]>([]);
  const outboxVersion = signal(0);

  // Writes run one after another: two taps or two tasks writing at once can never both pass the
  // "already stored?" check and store the same id twice.
  let tail: Promise<unknown> = Promise.resolve();
  const serially =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const run = tail.then(() => write(...args));
      tail = run.catch(() => undefined);
      return run;
    };
  /** A write in turn, once the record is loaded (and refused if it could not be). */
  const inTurn = <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    serially(async (...args: A) => {
      await ready;
      return write(...args);
    });

  /** Tells other tabs of this app that the record changed, so they show the same data. */
  const changed = () => options.tabs?.announce();

  const context: StoreContext = {
    db,
    clock,
    newId,
    screenings,
    events,
    settings,
    acknowledgements,
    outboxVersion,
    inTurn,
    async commit(writes: readonly DbWrite[], show: () => void, { queued = false } = {}) {
      await db.write(writes);
      show();
      if (queued) outboxVersion.value += 1;
      changed();
    },
  };
  const journal = createJournalWrites(context, {
    validateEvent: options.validateEvent ?? validateWithCore,
    held: options.held,
    durable: options.durable,
  });

  async function load(): Promise<void> {
    const [storedScreenings, storedEvents, storedSettings, storedAcknowledgements] = await Promise.all([
      db.readAll("screenings"),
      db.readAll("events"),
      db.read("settings", SETTINGS_KEY),
      db.readAll("acknowledgements"),
    ]);
    const stored = storedEvents as JournalEvent[];
    const loadedEvents = sortEvents([...stored, ...(await journal.retryHeld(stored))]);
    // One change for the screens, and none where nothing differs (a first visit's empty record): each
    // change renders every screen part that shows the record again, a long task on a phone.
    batch(() => {
      replaceList(screenings, newestFirst(storedScreenings as ScreeningRecord[]));
      replaceList(events, loadedEvents);
      replaceList(acknowledgements, oldestFirst(storedAcknowledgements as AcknowledgementRecord[]));
      const loadedSettings = repairSettings(storedSettings as Partial<Settings> | undefined);
      if (!sameSettings(settings.value, loadedSettings)) settings.value = loadedSettings;
    });
  }

  const ready = load();
  tail = ready;

  options.tabs?.onChange(() => {
    void serially(load)().then(() => {
      outboxVersion.value += 1;
    });
  });

  /**
   * A value kept once for the whole device (say, the account its record belongs to): the one stored, or
   * `value` stored now when there is none. Claimed in turn, so two callers at once agree on one value.
   */
  async function claimMeta(key: string, value: string): Promise<string> {
    const stored = (await db.read("meta", key)) as string | undefined;
    if (stored !== undefined) return stored;
    await context.commit([{ op: "put", table: "meta", key, value }], () => undefined);
    return value;
  }

  /** Removes this device's copy of the record (the server's copy, if any, is untouched). */
  async function eraseDevice(): Promise<void> {
    options.onErase?.();
    await context.commit(
      (["screenings", "events", "settings", "outbox", "problems", "meta", "acknowledgements"] as const).map(
        (table) => ({ op: "clear", table }),
      ),
      () => {
        for (const event of options.held?.list() ?? []) options.held?.remove(event.id);
        screenings.value = [];
        events.value = [];
        acknowledgements.value = [];
        settings.value = DEFAULT_SETTINGS;
      },
    );
  }

  const screening = createScreeningWrites(context);
  const { updateSettings } = createSettingsWrites(context);
  const fromSync = createSyncResults(context);

  return {
    db,
    screenings,
    events,
    settings,
    acknowledgements,
    outboxVersion,
    ready,
    recordScreening: inTurn(screening.recordScreening),
    recordStoppedScreening: inTurn(screening.recordStoppedScreening),
    recordEvent: inTurn(journal.recordEvent),
    recordEventOrHold: journal.recordEventOrHold,
    acknowledge: inTurn(journal.acknowledge),
    deleteEvent: inTurn(journal.deleteEvent),
    updateSettings: inTurn(updateSettings),
    mergeEvents: inTurn(fromSync.mergeEvents),
    mergeAcknowledgements: inTurn(fromSync.mergeAcknowledgements),
    flushHeld: inTurn(journal.flushHeld),
    applyDeletions: inTurn(fromSync.applyDeletions),
    importEvents: inTurn(journal.importEvents),
    claimMeta: inTurn(claimMeta),
    eraseDevice: inTurn(eraseDevice),
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
