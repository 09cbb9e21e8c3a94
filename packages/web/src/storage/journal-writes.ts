/**
 * Journal writes: an event recorded, deleted or restored from a file, a stop for pain that must never be
 * lost (held in the browser's storage until the database takes it), and an "I understand" for a journal
 * trend flag. Each is queued for sync in the same transaction that stores it.
 */

import type { JournalEvent } from "@limber/core/journal/events";
import { isSameEvent } from "@limber/core/journal/same-event";
import type { Issue } from "@limber/core/result";
import { ACKNOWLEDGE_WORDS } from "@limber/core/safety/safety-fact-words";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import type { HeldEvents } from "./held-events";
import { freshById, putAndQueue, queue, type StoreContext, sortEvents } from "./store-context";
import { StoreError } from "./store-error";

/** What became of an event that must not be lost: saved, or held where the message can say exactly. */
export type HoldReceipt =
  | { readonly saved: true }
  | { readonly saved: false; readonly heldIn: "browser-storage" | "memory" };

export type JournalWriteOptions = {
  /** Checks an event against the journal contract. */
  readonly validateEvent: (event: unknown) => Promise<Issue[]>;
  /** Where an event that must not be lost waits when the database refuses it (see `recordEventOrHold`). */
  readonly held?: HeldEvents | undefined;
  /** Whether the database survives a reload (false for the in-memory fallback): a held event is kept until it does. */
  readonly durable?: (() => boolean) | undefined;
};

/**
 * Core's journal contract (zod), loaded on demand so it stays off the first screen's path: at the first
 * write, or ahead of one (the session's reminder, so a stop's write does not wait for it).
 */
export function loadJournalContract() {
  return Promise.all([import("@limber/core/journal/events"), import("@limber/core/zod-issues")]);
}

/** Checks an event with core's journal contract. */
export async function validateWithCore(event: unknown): Promise<Issue[]> {
  const [{ journalEventSchema }, { fromZodIssues }] = await loadJournalContract();
  const parsed = journalEventSchema.safeParse(event);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, "", "invalid_event");
}

export function createJournalWrites(context: StoreContext, options: JournalWriteOptions) {
  const { db, clock, newId, events, acknowledgements } = context;
  /** Ids of events shown in `events` that the database does not hold yet (held stops). */
  const unsaved = new Set<string>();
  const putEvent = (event: JournalEvent) =>
    putAndQueue(clock, "events", event.id, event, { op: "put", event });
  const durable = () => options.durable?.() ?? true;

  async function recordEvent(event: JournalEvent): Promise<void> {
    const issues = await options.validateEvent(event);
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
        [{ code: "duplicate_event", path: "id", message: event.id }],
      );
    }
    await context.commit(
      putEvent(event),
      () => {
        events.value = sortEvents([...events.value, event]);
      },
      { queued: true },
    );
  }

  async function deleteEvent(id: string): Promise<void> {
    if (!events.value.some((e) => e.id === id)) {
      throw new StoreError(
        "not_found",
        "That journal entry is not on this device; it may already be deleted.",
      );
    }
    await context.commit(
      [{ op: "delete", table: "events", key: id }, queue(clock, { op: "delete", id })],
      () => {
        events.value = events.value.filter((e) => e.id !== id);
      },
      { queued: true },
    );
  }

  /**
   * Held events the database does not have yet: each is written again (with its sync entry); whether or not
   * that works, it is part of the record shown, so a held stop for pain still counts. The browser's storage
   * is outside the store, so each is checked against the journal contract first (the store's reads trust
   * what it holds): one that fails stays held, out of the record, rather than count wrongly or be deleted.
   */
  async function retryHeld(stored: readonly JournalEvent[]): Promise<JournalEvent[]> {
    const known = new Set(stored.map((e) => e.id));
    const waiting: JournalEvent[] = [];
    for (const event of options.held?.list() ?? []) {
      if (known.has(event.id)) continue;
      if ((await options.validateEvent(event)).length === 0) waiting.push(event);
    }
    for (const event of waiting) {
      try {
        await db.write(putEvent(event));
        unsaved.delete(event.id);
        if (durable()) options.held?.remove(event.id);
      } catch {
        // Still held; tried again at the next sync or load.
        unsaved.add(event.id);
      }
    }
    return waiting;
  }

  async function writeHeld(event: JournalEvent): Promise<void> {
    // Already in the database (a retry): stored once.
    if (events.value.some((e) => e.id === event.id) && !unsaved.has(event.id)) return;
    await context.commit(
      putEvent(event),
      () => {
        unsaved.delete(event.id);
        events.value = sortEvents([...events.value.filter((e) => e.id !== event.id), event]);
      },
      { queued: true },
    );
  }
  const writeHeldInTurn = context.inTurn(writeHeld);

  /**
   * For an event that must never be lost (a stop for pain): held in the browser's storage first, then
   * written like `recordEvent`. If that write fails the event stays held and is shown in `events` anyway.
   */
  async function recordEventOrHold(event: JournalEvent): Promise<HoldReceipt> {
    const heldInBrowser = options.held?.put(event) ?? false;
    try {
      await writeHeldInTurn(event);
      if (durable()) options.held?.remove(event.id);
      return { saved: true };
    } catch {
      unsaved.add(event.id);
      if (!events.value.some((e) => e.id === event.id)) events.value = sortEvents([...events.value, event]);
      return { saved: false, heldIn: heldInBrowser ? "browser-storage" : "memory" };
    }
  }

  /**
   * Tries the held events (stops for pain the database refused) again, as each sync does: those the
   * database takes now are queued like any event. Returns those still held only, for the sync to send
   * straight to the server, so a held stop reaches it as soon as the device is online.
   */
  async function flushHeld(): Promise<JournalEvent[]> {
    const waiting = await retryHeld(events.value.filter((e) => !unsaved.has(e.id)));
    if (waiting.some((e) => !unsaved.has(e.id))) context.outboxVersion.value += 1;
    return waiting.filter((e) => unsaved.has(e.id));
  }

  /**
   * Restores journal events from a saved file: each one not already here is stored and queued for sync,
   * exactly as if it had been recorded now; one already here (same id) is skipped. Returns how many were added.
   */
  async function importEvents(imported: readonly JournalEvent[]): Promise<number> {
    const fresh = freshById(imported, new Set(events.value.map((e) => e.id)));
    if (fresh.length === 0) return 0;
    await context.commit(
      fresh.flatMap(putEvent),
      () => {
        events.value = sortEvents([...events.value, ...fresh]);
      },
      { queued: true },
    );
    return fresh.length;
  }

  /** Records "I understand" for one safety reason; resolves (and shows it) only once it is stored. */
  async function acknowledge(code: string, words = ACKNOWLEDGE_WORDS): Promise<AcknowledgementRecord> {
    const record = { id: newId(), code, at: new Date(clock.wallNow()).toISOString(), words };
    await context.commit(
      putAndQueue(clock, "acknowledgements", record.id, record, { op: "acknowledgement", fact: record }),
      () => {
        acknowledgements.value = [...acknowledgements.value, record];
      },
      { queued: true },
    );
    return record;
  }

  return {
    retryHeld,
    recordEvent,
    deleteEvent,
    recordEventOrHold,
    flushHeld,
    importEvents,
    acknowledge,
  };
}
