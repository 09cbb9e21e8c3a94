import { beforeEach, describe, expect, it } from "vitest";
import { adjustUrge, checkIn, sessionEvent } from "../../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { TestPerson } from "../../test-support/test-person";

const NOW = new Date("2026-11-24T12:00:00Z");
const serverClock = testClock(() => NOW);

describe.each(BACKENDS)("the journal on %s", (backend) => {
  const store = useTestStore(backend);
  let ann: TestPerson;
  let bob: TestPerson;
  beforeEach(async () => {
    const app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    bob = new TestPerson(app);
    await ann.signup();
    await bob.signup();
  });

  const count = async (person: TestPerson) =>
    (await person.request("GET", "/api/journal/events?limit=500")).json().events.length;

  it("stores an event and answers 201 with it", async () => {
    const event = checkIn({ note: "stiff after the long drive" });
    const response = await ann.request("POST", "/api/journal/events", event);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ event });
  });

  it("answers an identical retry 200 with the same body and stores nothing new", async () => {
    const event = checkIn();
    const first = await ann.request("POST", "/api/journal/events", event);
    const retry = await ann.request("POST", "/api/journal/events", event);
    expect(retry.statusCode).toBe(200);
    expect(retry.body).toBe(first.body);
    expect(await count(ann)).toBe(1);
  });

  it("treats a retry with its keys in another order as the same event", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    const reordered = Object.fromEntries(Object.entries(event).reverse());
    expect((await ann.request("POST", "/api/journal/events", reordered)).statusCode).toBe(200);
  });

  it("stores concurrent identical retries exactly once", async () => {
    const event = checkIn();
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => ann.request("POST", "/api/journal/events", event)),
    );
    expect(statuses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await count(ann)).toBe(1);
  });

  it("answers 409 event_conflict for the same id with different content, keeping the first", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    const conflict = await ann.request("POST", "/api/journal/events", { ...event, stiffness: 9 });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe("event_conflict");
    const stored = (await ann.request("GET", "/api/journal/events")).json().events;
    expect(stored).toEqual([event]);
  });

  it("keeps another person's event with the same id apart, without revealing it exists", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    const bobs = await bob.request("POST", "/api/journal/events", { ...event, stiffness: 1 });
    expect(bobs.statusCode).toBe(201);
    expect((await ann.request("GET", "/api/journal/events")).json().events[0].stiffness).toBe(4);
  });

  it.each([
    ["a stiffness above 10", { stiffness: 11 }, "stiffness"],
    ["a missing id", { id: undefined }, "id"],
    ["an id that is not a UUID", { id: "42" }, "id"],
    ["a date without an offset", { at: "2026-11-20T08:30:00" }, "at"],
    ["an unknown symptom", { symptoms: ["headache"] }, "symptoms.0"],
    ["an unknown field", { mood: "grumpy" }, ""],
  ])("refuses %s with 400 naming the field", async (_label, change, path) => {
    const response = await ann.request("POST", "/api/journal/events", { ...checkIn(), ...change });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await count(ann)).toBe(0);
  });

  it("refuses an event dated in the future", async () => {
    const response = await ann.request(
      "POST",
      "/api/journal/events",
      checkIn({ at: "2026-11-25T12:00:00Z" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].code).toBe("event_after_now");
  });

  it("asks anonymous callers to sign in before writing", async () => {
    const anonymous = new TestPerson(ann.app);
    const response = await anonymous.request("POST", "/api/journal/events", checkIn());
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("unauthenticated");
  });

  it("lists only the person's own events, oldest first, within [from, to)", async () => {
    const days = [3, 1, 2].map((day) => checkIn({ at: `2026-11-2${day}T08:00:00Z` }));
    for (const event of days) await ann.request("POST", "/api/journal/events", event);
    await bob.request("POST", "/api/journal/events", checkIn({ at: "2026-11-22T09:00:00Z" }));
    const all = (await ann.request("GET", "/api/journal/events")).json();
    expect(all.events.map((e: { at: string }) => e.at)).toEqual([
      "2026-11-21T08:00:00Z",
      "2026-11-22T08:00:00Z",
      "2026-11-23T08:00:00Z",
    ]);
    const range = await ann.request(
      "GET",
      "/api/journal/events?from=2026-11-22T00:00:00Z&to=2026-11-23T08:00:00Z",
    );
    expect(range.json().events.map((e: { at: string }) => e.at)).toEqual(["2026-11-22T08:00:00Z"]);
  });

  it("pages with nextCursor until every event has been seen once, even with equal times", async () => {
    const events = Array.from({ length: 7 }, (_, i) => checkIn({ at: `2026-11-2${i % 3}T08:00:00Z` }));
    for (const event of events) await ann.request("POST", "/api/journal/events", event);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=3&cursor=${cursor}` : "limit=3";
      const page = (await ann.request("GET", `/api/journal/events?${query}`)).json();
      seen.push(...page.events.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it.each([
    ["limit=0", "query.limit"],
    ["limit=501", "query.limit"],
    ["limit=ten", "query.limit"],
    ["from=yesterday", "query.from"],
    ["cursor=not-a-cursor", "query.cursor"],
  ])("refuses the query %s with 400", async (query, path) => {
    const response = await ann.request("GET", `/api/journal/events?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe(path);
  });

  it("deletes the person's own event", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    expect((await ann.request("DELETE", `/api/journal/events/${event.id}`, {})).statusCode).toBe(204);
    expect(await count(ann)).toBe(0);
  });

  it("answers 404 for another person's event and leaves it in place", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    const response = await bob.request("DELETE", `/api/journal/events/${event.id}`, {});
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
    expect(await count(ann)).toBe(1);
  });

  it("assesses the person's stored journal in their time zone", async () => {
    // P20: two urges to adjust on one local day is a frequent need to adjust.
    await ann.request("POST", "/api/journal/events", adjustUrge({ at: "2026-11-23T08:00:00Z" }));
    await ann.request("POST", "/api/journal/events", adjustUrge({ at: "2026-11-23T20:00:00Z" }));
    await bob.request("POST", "/api/journal/events", sessionEvent({ at: "2026-11-23T09:00:00Z" }));
    const mine = await ann.request("GET", "/api/journal/assessment?timeZone=Europe/London");
    expect(mine.statusCode).toBe(200);
    expect(mine.json().recommendation).toBe("see-professional");
    expect(mine.json().flags.map((f: { code: string }) => f.code)).toEqual(["frequent-adjusting"]);
    const bobs = await bob.request("GET", "/api/journal/assessment?timeZone=Europe/London");
    expect(bobs.json()).toEqual({ recommendation: "self-care", flags: [] });
  });

  it("assesses stored events exactly as the stateless assessment assesses the same events", async () => {
    // P20: stiffness of 3 or more for over 48 h despite a completed session, plus a symptom this week.
    const events = [
      checkIn({ at: "2026-11-20T08:00:00Z", stiffness: 5 }),
      sessionEvent({ at: "2026-11-21T08:00:00Z" }),
      checkIn({ at: "2026-11-23T09:00:00Z", stiffness: 6, symptoms: ["fever"] }),
      adjustUrge({ at: "2026-11-22T08:00:00Z" }),
    ];
    for (const event of events) await ann.request("POST", "/api/journal/events", event);
    const stored = (await ann.request("GET", "/api/journal/assessment?timeZone=Europe/Paris")).json();
    const sent = (
      await ann.request("POST", "/api/journal/assessment", {
        timeZone: "Europe/Paris",
        now: NOW.toISOString(),
        events,
      })
    ).json();
    expect(stored.flags.map((f: { code: string }) => f.code).sort()).toEqual(["fever", "persistent-48h"]);
    expect(stored).toEqual(sent);
  });

  it("asks for the time zone rather than assuming one", async () => {
    const missing = await ann.request("GET", "/api/journal/assessment");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe("query.timeZone");
    const unknown = await ann.request("GET", "/api/journal/assessment?timeZone=Mars/Olympus");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].code).toBe("invalid_time_zone");
  });

  it("assesses a journal sent in the request without storing anything, even anonymously", async () => {
    const anonymous = new TestPerson(ann.app);
    const response = await anonymous.request("POST", "/api/journal/assessment", {
      timeZone: "UTC",
      now: NOW.toISOString(),
      events: [checkIn({ symptoms: ["chest-pain"] })],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().recommendation).toBe("emergency");
  });

  it("refuses an assessment input with events after now, naming the event", async () => {
    const response = await ann.request("POST", "/api/journal/assessment", {
      timeZone: "UTC",
      now: "2026-11-01T00:00:00Z",
      events: [checkIn()],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ code: "event_after_now", path: "events.0.at" });
  });
});
