/**
 * An in-memory Limber server for sync tests: the journal and screening endpoints with the real API's
 * idempotency rules, and a network that can fail before the server sees a request or after it has
 * answered (the answer lost on the way back), the two cases a retry must survive.
 */
import { sortEvents } from "@limber/core/journal/event-order";
import type { JournalEvent } from "@limber/core/journal/events";
import { isSameEvent } from "@limber/core/journal/same-event";
import type { Fetch } from "../src/account/server-api";

export type NetworkFault = "none" | "drop-request" | "drop-answer" | "server-error";

export function createFakeServer() {
  const events = new Map<string, JournalEvent>();
  const screenings = new Map<string, unknown>();
  /** Which route each screening came through: a stopped one has its own. */
  const screeningUrls = new Map<string, string>();
  /** Tombstones: deleted ids with when, oldest first, as GET /api/journal/deletions lists them. */
  const deletions = new Map<string, string>();
  /** Acknowledgements and retractions by id, as GET /api/safety-facts lists them. */
  const acknowledgements = new Map<string, unknown>();
  const retractions = new Map<string, unknown>();
  let clock = 0;
  /** How many times each id was newly stored: exactly-once means never more than 1 per put. */
  const created = new Map<string, number>();
  let signedIn = true;
  const faults: NetworkFault[] = [];

  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  const error = (status: number, code: string) => json(status, { error: { code, message: code } });

  const user = { id: "u1", email: "sam@example.org", role: "owner" };

  function handle(url: string, init: RequestInit = {}): Response {
    const method = init.method ?? "GET";
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    if (url === "/api/auth/session") return json(200, { user: signedIn ? user : null, signup: "open" });
    if (url === "/api/auth/login") {
      if (body?.password !== "correct horse battery") return error(401, "invalid_credentials");
      signedIn = true;
      return json(200, { user });
    }
    if (!signedIn) return error(401, "unauthenticated");
    if (url === "/api/auth/logout") {
      signedIn = false;
      return json(204);
    }
    const page = /^\/api\/journal\/events\?(.*)$/.exec(url);
    if (method === "GET" && page) {
      // Pages of two, oldest first, so paging is exercised.
      const query = new URLSearchParams(page[1]);
      const start = Number(query.get("cursor") ?? 0);
      const all = sortEvents([...events.values()]);
      const next = start + 2 < all.length ? String(start + 2) : null;
      return json(200, { events: all.slice(start, start + 2), nextCursor: next });
    }
    const deleted = /^\/api\/journal\/deletions\?(.*)$/.exec(url);
    if (method === "GET" && deleted) {
      // Pages of two, like the events, so paging is exercised.
      const start = Number(new URLSearchParams(deleted[1]).get("cursor") ?? 0);
      const all = [...deletions].map(([id, deletedAt]) => ({ id, deletedAt }));
      const next = start + 2 < all.length ? String(start + 2) : null;
      return json(200, { deletions: all.slice(start, start + 2), nextCursor: next });
    }
    if (method === "POST" && url === "/api/journal/events") {
      const event = body as JournalEvent;
      if (deletions.has(event.id)) return error(410, "event_deleted");
      const existing = events.get(event.id);
      if (existing) return isSameEvent(existing, event) ? json(200, { event }) : error(409, "event_conflict");
      events.set(event.id, event);
      created.set(event.id, (created.get(event.id) ?? 0) + 1);
      return json(201, { event });
    }
    const del = /^\/api\/journal\/events\/(.+)$/.exec(url);
    if (method === "DELETE" && del?.[1]) {
      const id = decodeURIComponent(del[1]);
      if (!events.delete(id)) return error(404, "not_found");
      clock += 1;
      deletions.set(id, new Date(Date.UTC(2026, 10, 24, 12, 0, clock)).toISOString());
      return json(204);
    }
    if (method === "GET" && url === "/api/safety-facts") {
      return json(200, {
        acknowledgements: [...acknowledgements.values()],
        retractions: [...retractions.values()],
      });
    }
    if (method === "POST" && (url === "/api/acknowledgements" || url === "/api/retractions")) {
      const facts = url === "/api/acknowledgements" ? acknowledgements : retractions;
      const existing = facts.get(body.id);
      if (existing) return isSameEvent(existing, body) ? json(200, {}) : error(409, "fact_conflict");
      facts.set(body.id, body);
      created.set(body.id, (created.get(body.id) ?? 0) + 1);
      return json(201, {});
    }
    if (method === "POST" && (url === "/api/screenings" || url === "/api/screenings/stopped")) {
      const key = (init.headers as Record<string, string>)["idempotency-key"] ?? crypto.randomUUID();
      const existing = screenings.get(key);
      if (existing && !isSameEvent(existing, body)) return error(409, "screening_conflict");
      screenings.set(key, body);
      screeningUrls.set(key, url);
      return json(200, { outcome: "self-care", reasons: [] });
    }
    return error(404, "not_found");
  }

  const fetch: Fetch = async (url, init) => {
    const fault = faults.shift() ?? "none";
    if (fault === "drop-request") throw new TypeError("Failed to fetch");
    if (fault === "server-error") return error(503, "unavailable");
    const response = handle(url, init);
    if (fault === "drop-answer") throw new TypeError("Failed to fetch");
    return response;
  };

  return {
    fetch,
    events,
    screenings,
    screeningUrls,
    created,
    deletions,
    acknowledgements,
    retractions,
    /** The next requests meet these faults, in order; afterwards the network is healthy. */
    failNext: (...next: NetworkFault[]) => faults.push(...next),
    /** Drops any faults still queued: the network is healthy from now on. */
    heal: () => {
      faults.length = 0;
    },
    signOut: () => {
      signedIn = false;
    },
    signIn: () => {
      signedIn = true;
    },
  };
}
