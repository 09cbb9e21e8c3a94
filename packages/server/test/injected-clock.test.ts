/**
 * The server reads time only through the clock it is given (core's `Clock`), and stamps records with its
 * calendar reading (`wallNow`), never the monotonic one. The clock here stands years before the machine's,
 * with a monotonic reading far from both, so a route that read `Date.now()` or `now()` would show.
 */
import { instant } from "@limber/core/units";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allNo, checkIn } from "../test-support/journal-events";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

const WALL = Date.parse("2020-03-04T05:06:07.000Z");
const MINUTE = 60_000;

describe.each(backends())("the injected clock on %s", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend, { clock: { now: () => instant(42), wallNow: () => instant(WALL) } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("stamps a screening that carries no time of its own with the clock's calendar reading", async () => {
    const person = await app.signedUp("screened");
    const stored = await person.request({
      method: "POST",
      path: "/api/screenings",
      body: { answers: allNo() },
    });
    expect(stored.status, stored.text).toBe(200);
    const listed = await person.request({ method: "GET", path: "/api/screenings" });
    expect((listed.json as { screenings: { at: string }[] }).screenings.map((s) => s.at)).toEqual([
      new Date(WALL).toISOString(),
    ]);
  });

  it("dates a new share from the clock's calendar reading", async () => {
    const person = await app.signedUp("sharer");
    const created = await person.request({ method: "POST", path: "/api/shares", body: { expiresInDays: 1 } });
    expect(created.status, created.text).toBe(201);
    expect((created.json as { share: { createdAt: string } }).share.createdAt).toBe(
      new Date(WALL).toISOString(),
    );
  });

  it("judges 'in the future' against the clock, not the machine: five minutes of skew, then refused", async () => {
    const person = await app.signedUp("writer");
    const post = (at: number) =>
      person.request({
        method: "POST",
        path: "/api/journal/events",
        body: checkIn({ at: new Date(at).toISOString() }),
      });
    expect((await post(WALL + 5 * MINUTE)).status).toBe(201);
    const ahead = await post(WALL + 5 * MINUTE + 1);
    expect(ahead.status).toBe(400);
    expect((ahead.json as { error: { details: { code: string }[] } }).error.details[0]?.code).toBe(
      "event_after_now",
    );
  });
});
