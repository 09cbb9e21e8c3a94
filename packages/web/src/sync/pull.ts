/**
 * Fetching the signed-in person's journal from the server, page by page, to merge into this device's: the
 * events, and the tombstones of events deleted (on any device), so a deletion reaches every device.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import { type ApiProblem, callApi, type Fetch } from "../account/server-api";
import type { AcknowledgementRecord } from "../storage/acknowledgement-record";
import type { RetractionFact } from "./outbox-entry";

export type Pulled<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ApiProblem };

/** A deleted event's id and when it was deleted (GET /api/journal/deletions). */
export type Deletion = { readonly id: string; readonly deletedAt: string };

const PAGE = 500;

async function pullPages<T>(path: string, field: string, fetch?: Fetch): Promise<Pulled<T[]>> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (cursor) query.set("cursor", cursor);
    const answer = await callApi<Record<string, unknown> & { nextCursor: string | null }>(
      `${path}?${query}`,
      fetch ? { fetch } : {},
    );
    if (!answer.ok) return answer;
    all.push(...((answer.body[field] as T[] | undefined) ?? []));
    cursor = answer.body.nextCursor;
  } while (cursor);
  return { ok: true, value: all };
}

export function pullEvents(fetch?: Fetch): Promise<Pulled<JournalEvent[]>> {
  return pullPages<JournalEvent>("/api/journal/events", "events", fetch);
}

/** The person's acknowledgements and retractions (GET /api/safety-facts: one small answer, no pages). */
export type PulledSafetyFacts = {
  readonly acknowledgements: readonly AcknowledgementRecord[];
  readonly retractions: readonly RetractionFact[];
};

export async function pullSafetyFacts(fetch?: Fetch): Promise<Pulled<PulledSafetyFacts>> {
  const answer = await callApi<PulledSafetyFacts>("/api/safety-facts", fetch ? { fetch } : {});
  return answer.ok ? { ok: true, value: answer.body } : answer;
}

export function pullDeletions(fetch?: Fetch): Promise<Pulled<Deletion[]>> {
  return pullPages<Deletion>("/api/journal/deletions", "deletions", fetch);
}
