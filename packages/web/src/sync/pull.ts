/** Fetching the signed-in person's journal from the server, page by page, to merge into this device's. */
import type { JournalEvent } from "@limber/core/journal/events";
import { type ApiProblem, callApi, type Fetch } from "../account/server-api";

export type Pulled<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ApiProblem };

const PAGE = 500;

export async function pullEvents(fetch?: Fetch): Promise<Pulled<JournalEvent[]>> {
  const all: JournalEvent[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (cursor) query.set("cursor", cursor);
    const answer = await callApi<{ events: JournalEvent[]; nextCursor: string | null }>(
      `/api/journal/events?${query}`,
      fetch ? { fetch } : {},
    );
    if (!answer.ok) return answer;
    all.push(...answer.body.events);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return { ok: true, value: all };
}
