/**
 * Applying what the sync pull brought from the person's other devices: their journal events, their
 * deletions (the server's tombstones) and their acknowledgements. Nothing here is queued for sync again.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { OutboxEntry } from "../sync/outbox-entry";
import type { AcknowledgementRecord } from "./acknowledgement-record";
import { freshById, oldestFirst, type StoreContext, sortEvents } from "./store-context";

export function createSyncResults(context: StoreContext) {
  const { db, events, acknowledgements } = context;
  const readOutbox = async () => (await db.readAll("outbox")) as OutboxEntry[];

  /**
   * Adds the server's events this device does not have yet. An event deleted here but not yet deleted on
   * the server is not brought back. Returns how many were added.
   */
  async function mergeEvents(remote: readonly JournalEvent[]): Promise<number> {
    const pendingDeletes = new Set((await readOutbox()).flatMap((e) => (e.op === "delete" ? [e.id] : [])));
    const known = new Set(events.value.map((e) => e.id));
    const unique = freshById(
      remote.filter((e) => !pendingDeletes.has(e.id)),
      known,
    );
    if (unique.length === 0) return 0;
    await context.commit(
      unique.map((e) => ({ op: "put", table: "events", key: e.id, value: e }) as const),
      () => {
        events.value = sortEvents([...events.value, ...unique]);
      },
    );
    return unique.length;
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
  async function mergeAcknowledgements(remote: readonly AcknowledgementRecord[]): Promise<number> {
    const fresh = freshById(remote, new Set(acknowledgements.value.map((a) => a.id)));
    if (fresh.length === 0) return 0;
    await context.commit(
      fresh.map((a) => ({ op: "put", table: "acknowledgements", key: a.id, value: a }) as const),
      () => {
        acknowledgements.value = oldestFirst([...acknowledgements.value, ...fresh]);
      },
    );
    return fresh.length;
  }

  return { mergeEvents, applyDeletions, mergeAcknowledgements };
}
