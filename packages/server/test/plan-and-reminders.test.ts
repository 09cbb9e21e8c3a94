/**
 * Plans, the calendar feed and Web Push reminders through the API (issue 18): a plan syncs between devices
 * and reaches both exports; the feed follows the plan and dies when replaced or withdrawn; a reminder
 * reaches a local push service at the planned local time, signed (VAPID) and encrypted (aes128gcm), once
 * per day however many servers run, never to a person whose record says emergency or rest.
 */
import { REMINDER_TEXT, toFhirCarePlan } from "@limber/core";
import ICAL from "ical.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/reminders/reminder-sender";
import { type PushEndpoint, startPushEndpoint, verifiedVapidClaims } from "../test-support/push-endpoint";
import { BACKENDS, TEST_SETTINGS, testApp, useTestStore } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { TestPerson } from "../test-support/test-person";

// Monday 26 Oct 2026, the day after London's clocks went back: 07:30 local is 07:30 UTC (06:30 the week before).
const PLANNED = new Date("2026-10-26T07:30:00Z");
const plan = (revision: number, time = "07:30", updatedAt = "2026-10-20T10:00:00Z") => ({
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  timeZone: "Europe/London",
  revision,
  updatedAt,
  slots: [
    { day: "monday", time, technique: "either" },
    { day: "thursday", time: "18:00", technique: "supine-spinal-twist" },
  ],
});
const allNo = {
  "recent-injury": false,
  "disc-diagnosis": false,
  osteoporosis: false,
  "sudden-acute-pain": false,
  "nerve-symptoms": false,
  "walking-standing-difficulty": false,
  "limb-weakness": false,
  "persistent-48h": false,
  "frequent-adjusting": false,
  "saddle-numbness": false,
  "bladder-bowel-change": false,
  "both-legs-symptoms": false,
  "chest-pain": false,
  fever: false,
  "cancer-history-or-weight-loss": false,
  "night-or-rest-pain": false,
};

describe.each(BACKENDS)("plans and reminders on %s", (backend) => {
  const store = useTestStore(backend);
  let clock = PLANNED;
  const now = testClock(() => clock);
  let push: PushEndpoint;
  beforeAll(async () => {
    push = await startPushEndpoint();
  });
  afterAll(async () => {
    await push.close();
  });
  beforeEach(() => {
    clock = PLANNED;
    push.received.length = 0;
  });

  async function signedIn(app: Awaited<ReturnType<typeof testApp>>) {
    const person = new TestPerson(app);
    const response = await person.request("POST", "/api/auth/signup", {
      email: person.email,
      password: person.password,
    });
    expect(response.statusCode).toBe(201);
    person.cookie = String(response.headers["set-cookie"]).split(";")[0];
    return person;
  }
  const settings = { allowHttpPushEndpoints: true, signup: "open" as const };

  describe("the plan", () => {
    it("syncs between devices: the higher revision wins, an older copy never overwrites it", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      expect((await person.request("GET", "/api/plan")).json()).toEqual({ plan: null });
      expect((await person.request("POST", "/api/plan", plan(2))).json()).toEqual({ plan: plan(2) });
      // A second device still on revision 1 offers its copy: it gets revision 2 back.
      expect((await person.request("POST", "/api/plan", plan(1, "09:00"))).json()).toEqual({ plan: plan(2) });
      expect((await person.request("POST", "/api/plan", plan(3, "08:00"))).json()).toEqual({
        plan: plan(3, "08:00"),
      });
      expect((await person.request("GET", "/api/plan")).json()).toEqual({ plan: plan(3, "08:00") });
      const stranger = await signedIn(app);
      expect((await stranger.request("GET", "/api/plan")).json()).toEqual({ plan: null });
      await app.close();
    });

    it("[C-plan-spacing] refuses the same technique twice within 4 hours with 400 invalid_input", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      const crowded = {
        ...plan(1),
        slots: [
          { day: "monday", time: "07:30", technique: "either" },
          { day: "monday", time: "09:00", technique: "thoracic-foam-roll" },
        ],
      };
      const response = await person.request("POST", "/api/plan", crowded);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: "invalid_input",
        details: [{ code: "plan_too_close", path: "slots.1" }],
      });
      expect((await new TestPerson(app).request("POST", "/api/plan", plan(1))).statusCode).toBe(401);
      await app.close();
    });

    it("is in the JSON export and, as a CarePlan, in the FHIR export", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      await person.request("POST", "/api/plan", plan(2));
      expect((await person.request("GET", "/api/export")).json().plan).toEqual(plan(2));
      const bundle = (await person.request("GET", "/api/export/fhir")).json();
      const patient = bundle.entry[0].fullUrl;
      expect(bundle.entry[1]).toEqual({
        fullUrl: `urn:uuid:${plan(2).id}`,
        resource: toFhirCarePlan(plan(2) as Parameters<typeof toFhirCarePlan>[0], patient),
      });
      await app.close();
    });
  });

  describe("the calendar feed", () => {
    const events = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    };

    it("follows the plan: a changed plan changes the feed, with the same UIDs and a higher SEQUENCE", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      await person.request("POST", "/api/plan", plan(1));
      const created = await person.request("POST", "/api/calendar-feed", {});
      expect(created.statusCode).toBe(201);
      const { url } = created.json();
      expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const path = new URL(url).pathname;
      const first = await app.inject({ method: "GET", url: path });
      expect(first.statusCode).toBe(200);
      expect(first.headers["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(first.headers["cache-control"]).toBe("no-store");
      expect(first.headers["set-cookie"]).toBeUndefined();
      const before = events(first.body);
      expect(before.map((e) => e.startDate.toString())).toContain("2026-10-26T07:30:00");
      await person.request("POST", "/api/plan", plan(2, "08:15"));
      const after = events((await app.inject({ method: "GET", url: path })).body);
      expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
      expect(after.map((e) => e.sequence)).toEqual([2, 2]);
      expect(after.map((e) => e.startDate.toString())).toContain("2026-10-26T08:15:00");
      expect((await person.request("GET", "/api/calendar-feed")).json()).toEqual({
        feed: { createdAt: PLANNED.toISOString() },
      });
      await app.close();
    });

    it("answers one 404 for an unknown, a replaced, a withdrawn and a malformed secret", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      const old = new URL((await person.request("POST", "/api/calendar-feed", {})).json().url).pathname;
      const current = new URL((await person.request("POST", "/api/calendar-feed", {})).json().url).pathname;
      expect((await app.inject({ method: "GET", url: current })).statusCode).toBe(200);
      const replaced = await app.inject({ method: "GET", url: old });
      const unknown = await app.inject({ method: "GET", url: `/api/calendar/${"A".repeat(43)}.ics` });
      const malformed = await app.inject({ method: "GET", url: "/api/calendar/short" });
      expect((await person.request("DELETE", "/api/calendar-feed", {})).statusCode).toBe(204);
      const withdrawn = await app.inject({ method: "GET", url: current });
      for (const dead of [replaced, unknown, malformed, withdrawn]) {
        expect(dead.statusCode).toBe(404);
        expect(dead.json().error.code).toBe("calendar_not_found");
        expect(dead.body).toBe(replaced.body);
      }
      await app.close();
    });

    it("throttles an address after 5 dead secrets a minute, live ones included (429 with Retry-After)", async () => {
      const app = await testApp(store().database, settings, now);
      const person = await signedIn(app);
      const live = new URL((await person.request("POST", "/api/calendar-feed", {})).json().url).pathname;
      for (let i = 0; i < 5; i++)
        await app.inject({ method: "GET", url: `/api/calendar/${String(i).repeat(43)}.ics` });
      const throttled = await app.inject({ method: "GET", url: live });
      expect(throttled.statusCode).toBe(429);
      expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
      await app.close();
    });

    it("never writes the secret in a log line", async () => {
      const lines: string[] = [];
      const app = await (await import("../src/app")).buildApp({
        database: store().database,
        settings: { ...settings, ...TEST_SETTINGS },
        clock: now,
        log: "info",
        logStream: { write: (line: string) => lines.push(line) },
      });
      const person = await signedIn(app);
      const url = (await person.request("POST", "/api/calendar-feed", {})).json().url as string;
      const secret = /([A-Za-z0-9_-]{43})\.ics$/.exec(url)?.[1] as string;
      await app.inject({ method: "GET", url: new URL(url).pathname });
      await app.inject({ method: "GET", url: `${new URL(url).pathname}?x=1` });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join("\n")).not.toContain(secret);
      await app.close();
    });
  });

  describe("push reminders", () => {
    async function subscribed(app: Awaited<ReturnType<typeof testApp>>) {
      const person = await signedIn(app);
      expect((await person.request("POST", "/api/plan", plan(1))).statusCode).toBe(200);
      const subscription = push.subscription();
      const { decrypt: _d, ...body } = subscription;
      expect((await person.request("POST", "/api/push/subscriptions", body)).statusCode).toBe(204);
      return { person, subscription };
    }
    afterEach(() => {
      push.received.length = 0;
    });

    it("reaches the push service at the planned local time, VAPID-signed, decrypting to the pinned text", async () => {
      const app = await testApp(store().database, settings, now);
      const { subscription } = await subscribed(app);
      clock = new Date(PLANNED.getTime() - 60_000);
      expect((await sendDueReminders(app.limber)).sent).toBe(0);
      clock = PLANNED;
      expect(await sendDueReminders(app.limber)).toEqual({ sent: 1, removed: 0, quiet: 0, failed: 0 });
      expect(push.received).toHaveLength(1);
      const [received] = push.received;
      if (!received) throw new Error("no push");
      expect(received.headers["content-encoding"]).toBe("aes128gcm");
      const claims = verifiedVapidClaims(received);
      expect(claims.aud).toBe(push.origin);
      expect(claims.exp * 1000).toBeGreaterThan(Date.now());
      expect(claims.publicKey).toBe(
        (await app.inject({ method: "GET", url: "/api/push/key" })).json().publicKey,
      );
      const text = subscription.decrypt(received.body);
      expect(JSON.parse(text)).toEqual(REMINDER_TEXT);
      expect(text).not.toMatch(/roll|twist|pain|stiff/i);
      // [at most one a day] a second slot-time round the same day sends nothing more.
      clock = new Date(PLANNED.getTime() + 10 * 60_000);
      expect((await sendDueReminders(app.limber)).sent).toBe(0);
      expect(push.received).toHaveLength(1);
      await app.close();
    });

    it("is sent once per slot by two servers on one database running the same round together", async () => {
      const first = await testApp(store().database, settings, now);
      const second = await testApp(store().database, settings, now);
      await subscribed(first);
      const rounds = await Promise.all([sendDueReminders(first.limber), sendDueReminders(second.limber)]);
      expect(rounds.map((round) => round.sent).sort()).toEqual([0, 1]);
      expect(push.received).toHaveLength(1);
      await Promise.all([first.close(), second.close()]);
    });

    it("removes a subscription the push service answers 410 (or 404) for, and keeps the others", async () => {
      const app = await testApp(store().database, settings, now);
      const { person, subscription } = await subscribed(app);
      const other = push.subscription();
      const { decrypt: _d, ...body } = other;
      await person.request("POST", "/api/push/subscriptions", body);
      push.answer(subscription, 410);
      expect(await sendDueReminders(app.limber)).toMatchObject({ sent: 1, removed: 1 });
      const rows = await store().database.db.selectFrom("push_subscriptions").select("endpoint").execute();
      expect(rows.map((row) => row.endpoint)).toEqual([other.endpoint]);
      await app.close();
    });

    it("[C-reminder-quiet-when-unsafe] sends nothing to a person whose last screening said emergency", async () => {
      const app = await testApp(store().database, settings, now);
      const { person } = await subscribed(app);
      const screened = await person.request("POST", "/api/screenings", {
        answers: { ...allNo, "chest-pain": true },
      });
      expect(screened.json().outcome).toBe("emergency");
      expect(await sendDueReminders(app.limber)).toMatchObject({ sent: 0, quiet: 1 });
      expect(push.received).toHaveLength(0);
      await app.close();
    });

    it("[C-rest-day-kept] sends nothing on a rest day after a stop for pain, and again the next planned day", async () => {
      const app = await testApp(store().database, settings, now);
      const { person } = await subscribed(app);
      const stop = {
        type: "session",
        id: "7b1f0b56-0f4b-4f0e-9d7c-2a1e5f3c9a10",
        at: "2026-10-26T07:00:00Z",
        technique: "thoracic-foam-roll",
        outcome: "stopped-for-pain",
      };
      expect((await person.request("POST", "/api/journal/events", stop)).statusCode).toBeLessThan(300);
      expect(await sendDueReminders(app.limber)).toMatchObject({ sent: 0, quiet: 1 });
      clock = new Date("2026-11-02T07:30:00Z");
      expect(await sendDueReminders(app.limber)).toMatchObject({ sent: 1 });
      await app.close();
    });

    it("refuses an http endpoint unless the server allows it, and a malformed subscription", async () => {
      const app = await testApp(store().database, { signup: "open" }, now);
      const person = await signedIn(app);
      const { decrypt: _d, ...body } = push.subscription();
      expect((await person.request("POST", "/api/push/subscriptions", body)).statusCode).toBe(400);
      expect(
        (
          await person.request("POST", "/api/push/subscriptions", {
            endpoint: "https://push.example/x",
            keys: {},
          })
        ).statusCode,
      ).toBe(400);
      await app.close();
    });

    it("refuses an endpoint on the server's own network with 400, naming why", async () => {
      const app = await testApp(store().database, { signup: "open" }, now);
      const person = await signedIn(app);
      const { decrypt: _d, keys } = push.subscription();
      for (const endpoint of [
        "https://169.254.169.254/latest",
        "https://127.0.0.1:5432/",
        "https://localhost/x",
      ]) {
        const response = await person.request("POST", "/api/push/subscriptions", { endpoint, keys });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.message).toMatch(/not a local or private address/);
      }
      expect(await store().database.db.selectFrom("push_subscriptions").select("endpoint").execute()).toEqual(
        [],
      );
      await app.close();
    });

    it("sends nothing to a stored endpoint that is no longer a public push service", async () => {
      const local = await testApp(store().database, settings, now);
      await subscribed(local);
      await local.close();
      // The same data served without the test suite's allowance: its local push service is refused at send.
      const app = await testApp(store().database, { signup: "open" }, now);
      expect(await sendDueReminders(app.limber)).toMatchObject({ sent: 0, failed: 1 });
      expect(push.received).toHaveLength(0);
      await app.close();
    });

    it("keeps the VAPID key it made on first start: a second server on the same data signs with it", async () => {
      const first = await testApp(store().database, settings, now);
      const second = await testApp(store().database, settings, now);
      const a = (await first.inject({ method: "GET", url: "/api/push/key" })).json().publicKey;
      const b = (await second.inject({ method: "GET", url: "/api/push/key" })).json().publicKey;
      expect(a).toMatch(/^[A-Za-z0-9_-]{87}$/);
      expect(b).toBe(a);
      await Promise.all([first.close(), second.close()]);
    });
  });
});

describe.each(BACKENDS.filter((backend) => backend === "postgres"))(
  "two servers with their own connections to one %s",
  () => {
    it("send a day's reminder once when both run the round at the same moment, many times over", async () => {
      const { createTestDatabase } = await import("../test-support/test-database");
      const { migrate, openDatabase } = await import("../src/index");
      const push = await startPushEndpoint();
      const created = await createTestDatabase("reminder_claims");
      const databases = [
        await openDatabase({ dataDir: "unused", databaseUrl: created.url }),
        await openDatabase({ dataDir: "unused", databaseUrl: created.url }),
      ];
      try {
        await migrate(databases[0] as (typeof databases)[0]);
        let clock = PLANNED;
        const apps = await Promise.all(
          databases.map((database) =>
            testApp(
              database,
              { allowHttpPushEndpoints: true, signup: "open" },
              testClock(() => clock),
            ),
          ),
        );
        const [first, second] = apps as [(typeof apps)[0], (typeof apps)[0]];
        // Five people, each planned at the same moment, each subscribed once.
        for (let i = 0; i < 5; i++) {
          const person = new TestPerson(first);
          const signup = await person.request("POST", "/api/auth/signup", {
            email: person.email,
            password: person.password,
          });
          person.cookie = String(signup.headers["set-cookie"]).split(";")[0];
          await person.request("POST", "/api/plan", plan(1));
          const { decrypt: _d, ...body } = push.subscription();
          await person.request("POST", "/api/push/subscriptions", body);
        }
        for (const minute of [0, 1, 2, 30]) {
          clock = new Date(PLANNED.getTime() + minute * 60_000);
          await Promise.all([sendDueReminders(first.limber), sendDueReminders(second.limber)]);
        }
        expect(push.received).toHaveLength(5);
        expect(new Set(push.received.map((p) => p.path)).size).toBe(5);
        await Promise.all(apps.map((app) => app.close()));
      } finally {
        await Promise.all(databases.map((database) => database.close()));
        await created.drop();
        await push.close();
      }
    }, 60_000);
  },
);
