/**
 * What waits to be sent to the server, in order. Each entry carries the client's UUID for the record, so
 * sending it twice stores it once (the server answers 200 to an identical retry).
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { AcknowledgementRecord } from "../storage/acknowledgement-record";
import type { ScreeningRecord } from "../storage/screening-record";

/** An earlier screening "yes" said to be a mistake, as POST /api/retractions takes it. */
export type RetractionFact = {
  readonly id: string;
  readonly screeningId: string;
  readonly at: string;
  readonly linkIds: readonly ScreeningLinkId[];
  readonly words: string;
};

export type OutboxOp =
  | { readonly op: "put"; readonly event: JournalEvent }
  | { readonly op: "delete"; readonly id: string }
  /** A complete screening, or one that stopped at an emergency answer (sent to its own route). */
  | { readonly op: "screening"; readonly record: ScreeningRecord }
  /** Safety facts: part of the record, so every device and the clinician see them. */
  | { readonly op: "acknowledgement"; readonly fact: AcknowledgementRecord & { readonly words: string } }
  | { readonly op: "retraction"; readonly fact: RetractionFact };

export type OutboxEntry = OutboxOp & {
  /** Sorts in the order the person made the changes. */
  readonly key: string;
  /** Failed attempts so far, for the backoff. */
  readonly attempts: number;
};

let counter = 0;
const tab = Math.random().toString(36).slice(2, 8);

/** A key that sorts after every key this tab made before, and apart from other tabs' keys made at the same ms. */
export function nextOutboxKey(nowMs: number): string {
  counter += 1;
  return `${String(nowMs).padStart(15, "0")}-${String(counter).padStart(9, "0")}-${tab}`;
}

/** The record an entry is about, so a conflict can name it. */
export function outboxSubject(entry: OutboxOp): string {
  if (entry.op === "put") return entry.event.id;
  if (entry.op === "delete") return entry.id;
  if (entry.op === "acknowledgement" || entry.op === "retraction") return entry.fact.id;
  return entry.record.id;
}
