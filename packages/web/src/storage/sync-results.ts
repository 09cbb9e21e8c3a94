/**
 * Applying what the sync pull brought from the person's other devices: their journal events, their
 * deletions (the server's tombstones) and their acknowledgements. Nothing here is queued for sync again.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { Signal } from "@preact/signals";
import type { OutboxEntry } from "../sync/outbox-entry";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import { freshById, oldestFirst, type StoreContext, sortEvents } from "./store-context";

export function createSyncResults(context: StoreContext) {
  const { db, events, acknowledgements } = context;
  const readOutbox = async () => (await db.readAll("outbox")) as OutboxEntry[];

  /** Stores the records of `remote` that `shown` lacks (one per id) and shows them in `order`. */
  async function addFresh<T extends { readonly id: string }>(
    table: "events" | "acknowledgements",
    shown: Signal<T[]>,
    remote: readonly T[],
    order: (records: readonly T[]) => T[],
  ): Promise<number> {
    const fresh = freshById(remote, new Set(shown.value.map((record) => record.id)));
    if (fresh.length === 0) return 0;
    await context.commit(
      fresh.map((record) => ({ op: "put", table, key: record.id, value: record }) as const),
      () => {
        shown.value = order([...shown.value, ...fresh]);
      },
    );
    return fresh.length;
  }

  /**
   * Adds the server's events this device does not have yet. An event deleted here but not yet deleted on
   * the server is not brought back. Returns how many were added.
   */
  async function mergeEvents(remote: readonly JournalEvent[]): Promise<number> {
    const pendingDeletes = new Set((await readOutbox()).flatMap((e) => (e.op === "delete" ? [e.id] : [])));
    return addFresh(
      "events",
      events,
      remote.filter((e) => !pendingDeletes.has(e.id)),
      sortEvents,
    );
  }

  /**
   * Removes events deleted on another device (the server's tombstones), with any change to them still
   * waiting in the outbox: the server refuses them now anyway. Nothing is queued, so applying the same
   * tombstones again changes nothing. Returns how many events were removed.
   */
  async function applyDeletions(ids: readonly string[]): Promise<number> {
    const gone = new Set(ids);
    const stale = (await readOutbox()).filter((e) =>
      e.op === "put" ? gone.has(e.event.id) : e.op === "delete" && gone.has(e.id),
    );
    const removed = events.value.filter((e) => gone.has(e.id));
    if (removed.length === 0 && stale.length === 0) return 0;
    await context.commit(
      [
        ...removed.map((e) => ({ op: "delete", table: "events", key: e.id }) as const),
        ...stale.map((e) => ({ op: "delete", table: "outbox", key: e.key }) as const),
      ],
      () => {
        events.value = events.value.filter((e) => !gone.has(e.id));
      },
      // The outbox changed: the sync loop looks again.
      { queued: stale.length > 0 },
    );
    return removed.length;
  }

  /** Adds the acknowledgements made on the person's other devices, so they count here too. */
  const mergeAcknowledgements = (remote: readonly AcknowledgementRecord[]): Promise<number> =>
    addFresh("acknowledgements", acknowledgements, remote, oldestFirst);

  return { mergeEvents, applyDeletions, mergeAcknowledgements };
}
