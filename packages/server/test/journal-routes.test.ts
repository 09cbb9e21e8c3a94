/** The journal API as docs/api.md specifies it, on PGlite and on PostgreSQL, through app.inject(). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { adjustUrge, checkIn, sessionEvent } from "../test-support/journal-events";
import { readWholeJournal } from "../test-support/journal-pages";
import { type AppHarness, openApp } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { backends } from "../test-support/test-database";

type EventsPage = { events: { id: string; at: string }[]; nextCursor: string | null };
const HOUR = 3_600_000;
/** The server's clock in this file: fixed, so day boundaries and "the future" are exact. */
const NOW = Date.parse("2026-11-24T12:00:00Z");

describe.each(backends())("journal routes on %s", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend, { clock: testClock(() => NOW) });
    await app.signedUp("owner");
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (person: Person, body: unknown) =>
    person.request({ method: "POST", path: "/api/journal/events", body });
  const list = async (person: Person, query = "") =>
    (await person.request({ method: "GET", path: `/api/journal/events${query}` })).json as EventsPage;

  describe("POST /api/journal/events", () => {
    it("stores a new event with 201 and echoes it", async () => {
      const person = await app.signedUp("writer");
      const event = checkIn({ note: "stiff after the long drive" });
      const response = await post(person, event);
      expect(response.status).toBe(201);
      expect(response.json).toEqual({ event });
    });

    it.each([
      ["check-in", checkIn()],
      ["session", sessionEvent({ outcome: "stopped-for-pain", technique: "supine-spinal-twist" })],
      ["adjust-urge", adjustUrge()],
    ])("accepts a %s event", async (_type, event) => {
      const person = await app.signedUp("types");
      expect((await post(person, event)).status).toBe(201);
      expect((await list(person)).events).toEqual([event]);
    });

    it("answers an identical retry with 200 and the same body, and stores it once", async () => {
      const person = await app.signedUp("retry");
      const event = sessionEvent();
      const first = await post(person, event);
      const again = await post(person, event);
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(again.json).toEqual(first.json);
      expect((await list(person)).events).toHaveLength(1);
    });

    it("recognises a retry whose keys arrive in another order", async () => {
      const person = await app.signedUp("reordered");
      const event = checkIn();
      expect((await post(person, event)).status).toBe(201);
      const reordered = Object.fromEntries(Object.entries(event).reverse());
      expect((await post(person, reordered)).status).toBe(200);
    });

    it("answers 409 event_conflict for the same id with different content, keeping the first", async () => {
      const person = await app.signedUp("conflict");
      const event = checkIn({ stiffness: 3 });
      await post(person, event);
      const conflict = await post(person, { ...event, stiffness: 8 });
      expect(conflict.status).toBe(409);
      expectErrorBody(conflict, "event_conflict");
      expect((await list(person)).events).toEqual([event]);
    });

    it.each([
      ["an out-of-range stiffness", { stiffness: 11 }, "stiffness"],
      ["a fractional pain score", { pain: 2.5 }, "pain"],
      ["an id that is not a UUID", { id: "42" }, "id"],
      ["a time without an offset", { at: "2026-11-20T08:30:00" }, "at"],
      ["an unknown symptom", { symptoms: ["sore-elbow"] }, "symptoms"],
      ["an unknown field", { mood: "grumpy" }, ""],
    ])("rejects %s with 400 naming the field", async (_name, change, path) => {
      const person = await app.signedUp("invalid");
      const response = await post(person, checkIn(change));
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
      const details = (response.json as { error: { details: { path: string }[] } }).error.details;
      expect(details.some((detail) => detail.path.startsWith(path))).toBe(true);
      expect((await list(person)).events).toEqual([]);
    });

    it("rejects an event dated in the future", async () => {
      const person = await app.signedUp("future");
      const response = await post(person, checkIn({ at: new Date(NOW + 24 * HOUR).toISOString() }));
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });

    it("refuses a body that is not declared as JSON (415), so a cross-site form cannot write", async () => {
      const person = await app.signedUp("form");
      const response = await person.request({
        method: "POST",
        path: "/api/journal/events",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "type=adjust-urge",
      });
      expect(response.status).toBe(415);
      expectErrorBody(response, "unsupported_media_type");
    });

    it("answers 400 invalid_json to a malformed body", async () => {
      const person = await app.signedUp("malformed");
      const response = await person.request({
        method: "POST",
        path: "/api/journal/events",
        headers: { "content-type": "application/json" },
        body: '{"type": "check-in",',
      });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_json");
    });

    it("answers 413 to a body over the size limit", async () => {
      const person = await app.signedUp("huge");
      const response = await post(person, checkIn({ note: "x".repeat(300 * 1024) }));
      expect(response.status).toBe(413);
      expectErrorBody(response, "payload_too_large");
    });
  });

  describe("GET /api/journal/events", () => {
    it("lists events oldest first, whatever order they were written in", async () => {
      const person = await app.signedUp("order");
      const late = checkIn({ at: "2026-11-22T08:00:00Z" });
      const early = adjustUrge({ at: "2026-11-20T08:00:00+02:00" });
      const middle = sessionEvent({ at: "2026-11-21T08:00:00Z" });
      for (const event of [late, early, middle]) await post(person, event);
      expect((await list(person)).events.map((event) => event.id)).toEqual([early.id, middle.id, late.id]);
    });

    it("pages with limit and nextCursor without skipping or repeating an event", async () => {
      const person = await app.signedUp("paging");
      const written = Array.from({ length: 7 }, (_, i) =>
        // Two events share each instant, so the order must also break ties by id.
        checkIn({ at: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 2) * HOUR).toISOString() }),
      );
      for (const event of written) await post(person, event);
      const seen: string[] = [];
      let query = "?limit=3";
      for (let page = 0; page < 10; page++) {
        const body = await list(person, query);
        expect(body.events.length).toBeLessThanOrEqual(3);
        seen.push(...body.events.map((event) => event.id));
        if (body.nextCursor === null) break;
        query = `?limit=3&cursor=${encodeURIComponent(body.nextCursor)}`;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(written.map((event) => event.id)));
    });

    it("filters by from (inclusive) and to (exclusive)", async () => {
      const person = await app.signedUp("range");
      const events = [1, 2, 3, 4].map((day) => checkIn({ at: `2026-11-0${day}T12:00:00Z` }));
      for (const event of events) await post(person, event);
      const body = await list(person, "?from=2026-11-02T12:00:00Z&to=2026-11-04T12:00:00Z");
      expect(body.events.map((event) => event.id)).toEqual([events[1]?.id, events[2]?.id]);
    });

    it("defaults to 100 events a page", async () => {
      const person = await app.signedUp("default-limit");
      await Promise.all(
        Array.from({ length: 101 }, (_, i) =>
          post(person, checkIn({ at: new Date(Date.UTC(2026, 9, 1) + i * HOUR).toISOString() })),
        ),
      );
      const body = await list(person);
      expect(body.events).toHaveLength(100);
      expect(body.nextCursor).not.toBeNull();
      expect(await readWholeJournal(person)).toHaveLength(101);
    });

    it.each(["0", "501", "ten", "-1"])("rejects limit=%s with 400", async (limit) => {
      const person = await app.signedUp("limit");
      const response = await person.request({ method: "GET", path: `/api/journal/events?limit=${limit}` });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });

    it("rejects a cursor it never gave out", async () => {
      const person = await app.signedUp("cursor");
      const response = await person.request({
        method: "GET",
        path: "/api/journal/events?cursor=bm90LWEtY3Vyc29y",
      });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });
  });

  describe("DELETE /api/journal/events/:id", () => {
    it("deletes the person's event with 204; a second delete answers 404", async () => {
      const person = await app.signedUp("delete");
      const event = adjustUrge();
      await post(person, event);
      const first = await person.request({
        method: "DELETE",
        path: `/api/journal/events/${event.id}`,
        body: {},
      });
      expect(first.status).toBe(204);
      expect((await list(person)).events).toEqual([]);
      const second = await person.request({
        method: "DELETE",
        path: `/api/journal/events/${event.id}`,
        body: {},
      });
      expect(second.status).toBe(404);
      expectErrorBody(second, "not_found");
    });

    it("answers 400 for an id that is not a UUID", async () => {
      const person = await app.signedUp("delete-bad");
      const response = await person.request({
        method: "DELETE",
        path: "/api/journal/events/not-an-id",
        body: {},
      });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });
  });

  describe("assessment", () => {
    it("assesses the stored journal: two urges on one local day flag frequent-adjusting (P20)", async () => {
      const person = await app.signedUp("assess");
      await post(person, adjustUrge({ at: new Date(NOW - 2 * HOUR).toISOString() }));
      await post(person, adjustUrge({ at: new Date(NOW - HOUR).toISOString() }));
      const response = await person.request({ method: "GET", path: "/api/journal/assessment?timeZone=UTC" });
      expect(response.status).toBe(200);
      const body = response.json as { recommendation: string; flags: { code: string }[] };
      expect(body.recommendation).toBe("see-professional");
      expect(body.flags.map((flag) => flag.code)).toContain("frequent-adjusting");
    });

    it("ignores stored events dated after the server's now", async () => {
      const person = await app.signedUp("assess-skew");
      // A phone clock running three minutes fast is accepted, but the event waits until its time comes.
      const ahead = adjustUrge({ at: new Date(NOW + 3 * 60_000).toISOString() });
      expect((await post(person, ahead)).status).toBe(201);
      await post(person, adjustUrge({ at: new Date(NOW - HOUR).toISOString() }));
      const response = await person.request({ method: "GET", path: "/api/journal/assessment?timeZone=UTC" });
      expect(response.status).toBe(200);
      expect((response.json as { recommendation: string }).recommendation).toBe("self-care");
    });

    it("answers self-care with no flags for an empty journal", async () => {
      const person = await app.signedUp("assess-empty");
      const response = await person.request({
        method: "GET",
        path: "/api/journal/assessment?timeZone=Europe/London",
      });
      expect(response.json).toEqual({ recommendation: "self-care", flags: [] });
    });

    it.each([
      ["without a time zone", ""],
      ["with an unknown time zone", "?timeZone=Mars/Olympus"],
    ])("rejects GET assessment %s", async (_name, query) => {
      const person = await app.signedUp("assess-tz");
      const response = await person.request({ method: "GET", path: `/api/journal/assessment${query}` });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
    });

    it("assesses a journal sent in the body without storing anything (stateless POST)", async () => {
      const person = await app.signedUp("stateless");
      const events = [
        sessionEvent({ at: "2026-11-20T08:00:00Z", outcome: "stopped-for-pain" }),
        sessionEvent({ at: "2026-11-21T08:00:00Z", outcome: "stopped-for-pain" }),
      ];
      const response = await person.request({
        method: "POST",
        path: "/api/journal/assessment",
        body: { timeZone: "Europe/London", now: "2026-11-22T08:00:00Z", events },
      });
      expect(response.status).toBe(200);
      const body = response.json as { recommendation: string; flags: { code: string }[] };
      expect(body.flags.map((flag) => flag.code)).toContain("repeated-sharp-pain");
      expect((await list(person)).events).toEqual([]);
    });

    it("rejects a stateless assessment with an event after now, naming it", async () => {
      const response = await app.anonymous().request({
        method: "POST",
        path: "/api/journal/assessment",
        body: {
          timeZone: "Europe/London",
          now: "2026-11-01T00:00:00Z",
          events: [checkIn({ at: "2026-11-02T00:00:00Z" })],
        },
      });
      expect(response.status).toBe(400);
      expectErrorBody(response, "invalid_input");
      expect(response.text).toContain("events.0.at");
    });
  });
});
