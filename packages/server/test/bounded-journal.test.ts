/**
 * Issue 17, finding 8: a journal's last 7 days had no bound. 30,000 events were written in 16 s (no quota),
 * and that person's stored assessment then took 316 ms, four of them in parallel pushing another person's
 * session check to a p99 of 727 ms. Now writes have a per-person quota (429 with Retry-After), and the
 * assessment reads at most a fixed number of the window's events, whatever is stored; for every journal
 * within that ceiling the rules' results are the same as over the whole journal (property test).
 */
import { assess, type JournalEvent, neededEvents, parseJournalInput } from "@limber/core";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { ASSESSMENT_WINDOW_CEILING, readAssessmentEvents } from "../src/journal/assessment-events";
import { adjustUrge, checkIn } from "../test-support/journal-events";
import { replaceStoredJournal } from "../test-support/stored-journal";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { TestPerson } from "../test-support/test-person";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const ZONE = "Europe/London";
const DAY = 86_400_000;

/** Journals over the last 9 days, on the minute so ties happen. */
const journalArbitrary = (maxLength: number) =>
  fc
    .array(
      fc.record({
        minutes: fc.integer({ min: -9 * 24 * 60, max: 0 }),
        kind: fc.constantFrom("check-in", "session", "adjust-urge"),
        stiffness: fc.integer({ min: 0, max: 10 }),
        outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
      }),
      { maxLength },
    )
    .map((drafts) =>
      drafts.map((draft, index): JournalEvent => {
        const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
        const at = new Date(NOW + draft.minutes * 60_000).toISOString();
        if (draft.kind === "check-in")
          return { type: "check-in", id, at, stiffness: draft.stiffness, pain: 1, symptoms: [] };
        if (draft.kind === "session")
          return {
            type: "session",
            id,
            at,
            technique: "supine-spinal-twist",
            outcome: draft.outcome as "completed",
          };
        return { type: "adjust-urge", id, at };
      }),
    );

const inWindow = (events: readonly JournalEvent[]) =>
  events.filter((event) => Date.parse(event.at) >= NOW - 7 * DAY).length;

describe.each(BACKENDS)("issue 17 finding 8: a bounded journal (%s)", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let clock: number;
  const serverClock = testClock(() => clock);
  let ann: TestPerson;
  let annId: string;
  beforeEach(async () => {
    clock = NOW;
    app = await testApp(store().database, { journalQuota: { perMinute: 5, perDay: 8 } }, serverClock);
    ann = new TestPerson(app);
    annId = (await ann.signup()).json().user.id;
  });

  const storeJournal = (events: readonly JournalEvent[]) =>
    replaceStoredJournal(store().database, annId, events);

  it("finding 8: a person's writes beyond the per-minute quota answer 429 with Retry-After, and go through after it", async () => {
    const write = () =>
      ann.request("POST", "/api/journal/events", adjustUrge({ at: new Date(clock).toISOString() }));
    for (let i = 0; i < 5; i++) expect((await write()).statusCode).toBe(201);
    const refused = await write();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("rate_limited");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
    // Another person is not limited by Ann's writing.
    const bob = new TestPerson(app);
    await bob.signup();
    expect((await bob.request("POST", "/api/journal/events", checkIn())).statusCode).toBe(201);
    clock += 61_000;
    expect((await write()).statusCode).toBe(201);
  });

  it("finding 8: and beyond the per-day quota, with a Retry-After of up to a day", async () => {
    const write = () =>
      ann.request("POST", "/api/journal/events", adjustUrge({ at: new Date(clock).toISOString() }));
    for (let i = 0; i < 8; i++) {
      expect((await write()).statusCode).toBe(201);
      clock += 20_000;
    }
    const refused = await write();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(60);
  });

  it("finding 8: the assessment reads at most its ceiling of the window's events, however many are stored", async () => {
    const stored = ASSESSMENT_WINDOW_CEILING + 1_500;
    await sql`
      INSERT INTO journal_events (owner_id, id, type, at, body)
      SELECT ${annId}::uuid, e.id, 'adjust-urge', e.at,
             jsonb_build_object('type', 'adjust-urge', 'id', e.id,
                                'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
      FROM generate_series(1, ${stored}::int) AS n,
           LATERAL (SELECT gen_random_uuid() AS id,
                           timestamptz '2026-11-24T11:00:00Z' - n * interval '1 second' AS at) AS e`.execute(
      store().database.db,
    );
    const read = await readAssessmentEvents(store().database, annId, new Date(NOW));
    expect(read.length).toBeLessThanOrEqual(ASSESSMENT_WINDOW_CEILING + 4);
    const answer = await ann.request("GET", `/api/journal/assessment?timeZone=${ZONE}`);
    expect(answer.statusCode).toBe(200);
  });

  it("finding 8: within the ceiling, the rules' results are those of the whole journal (property)", async () => {
    const ceiling = 12;
    await fc.assert(
      fc.asyncProperty(journalArbitrary(30), async (events) => {
        await storeJournal(events);
        const parsed = parseJournalInput({ timeZone: ZONE, now: new Date(NOW).toISOString(), events });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const read = await readAssessmentEvents(store().database, annId, new Date(NOW), ceiling);
        if (inWindow(events) <= ceiling) {
          expect(read.map((e) => e.id)).toEqual(neededEvents(parsed.value.events, NOW).map((e) => e.id));
          const readAssessment = assess({
            timeZone: ZONE,
            nowMs: NOW,
            events: (read as unknown as JournalEvent[]).map((e) => ({ ...e, epochMs: Date.parse(e.at) })),
          });
          expect(readAssessment).toEqual(assess(parsed.value));
        } else {
          expect(read.length).toBeLessThanOrEqual(ceiling + 4);
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
