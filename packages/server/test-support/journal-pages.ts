/** Reads a person's whole journal through the API, following `nextCursor` page by page. */
import { expect } from "vitest";
import type { Person } from "./api-client";

type EventsPage = { events: { id: string }[]; nextCursor: string | null };

export async function readWholeJournal(person: Person): Promise<{ id: string }[]> {
  const events: { id: string }[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1_000; page++) {
    const query: string = cursor === null ? "limit=500" : `limit=500&cursor=${encodeURIComponent(cursor)}`;
    const response = await person.request({ method: "GET", path: `/api/journal/events?${query}` });
    expect(response.status, response.text).toBe(200);
    const body = response.json as EventsPage;
    events.push(...body.events);
    cursor = body.nextCursor;
    if (cursor === null) return events;
  }
  throw new Error("the journal did not end after 1000 pages: nextCursor never became null");
}
