/**
 * Saving how a session ended, and saying exactly what was saved. A stop for pain is held in the browser's
 * storage before the database write and stays counted if that write fails (C-stop-saved-first), so the
 * rest until tomorrow and the fresh screening still apply; the words never claim more than happened.
 */
import type { JournalEvent, SessionOutcome, TechniqueId } from "@limber/core/journal/events";
import type { HoldReceipt } from "../storage/record-store";

export type SavedOutcome = { readonly eventId: string; readonly receipt: HoldReceipt };

export async function saveOutcome(
  record: (event: JournalEvent) => Promise<HoldReceipt>,
  session: { technique: TechniqueId; outcome: SessionOutcome; at: string; id: string },
): Promise<SavedOutcome> {
  const event: JournalEvent = { type: "session", ...session };
  try {
    return { eventId: session.id, receipt: await record(event) };
  } catch {
    // recordEventOrHold does not reject; if it ever did, the event is at best in memory.
    return { eventId: session.id, receipt: { saved: false, heldIn: "memory" } };
  }
}

/** What was and was not saved, in plain words; null when it was simply saved. */
export function saveReport(outcome: SessionOutcome, receipt: HoldReceipt): string | null {
  if (receipt.saved) return null;
  const what = outcome === "stopped-for-pain" ? "This stop for pain" : "This session";
  if (receipt.heldIn === "browser-storage") {
    return `${what} could not be saved in your journal on this device. Limber has kept a note of it in this browser's storage instead, so it still counts: no session until tomorrow, and a fresh safety check first. It is not in your journal or your account yet; Limber adds it the next time the app opens and saving works.`;
  }
  return `${what} could not be saved on this device at all. Limber remembers it only while this page stays open; if you close it, the record is lost. Do not start another session today, and answer the safety questions again before the next one.`;
}
