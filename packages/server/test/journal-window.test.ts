/**
 * Issue 9, finding 11: the stored assessment read the whole journal, so its cost grew with it. It now reads
 * only the events the rules need (core's neededEvents). Proved on both back ends: for any journal, the
 * stored events read are exactly the needed ones, and the stored assessment equals the core's assessment
 * of the whole journal.
 */
import { assess, type JournalEvent, neededEvents, parseJournalInput, SCREENING_LINK_IDS } from "@limber/core";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { readAssessmentEvents } from "../src/journal/assessment-events";
import { replaceStoredJournal } from "../test-support/stored-journal";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { TestPerson } from "../test-support/test-person";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const serverClock = testClock(() => NOW);
const HOUR = 3_600_000;
const ZONE = "America/St_Johns";

/** Journals over the 30 days before now (a few minutes after it too), on the hour so ties are common. */
const journalArbitrary = fc
  .array(
    fc.record({
      minutes: fc.oneof(
        fc.integer({ min: -30 * 24, max: 0 }).map((h) => h * 60),
        fc.integer({ min: -3, max: 4 }),
      ),
      kind: fc.constantFrom("check-in", "session", "adjust-urge"),
      stiffness: fc.integer({ min: 0, max: 10 }),
      pain: fc.integer({ min: 0, max: 10 }),
      symptom: fc.option(fc.constantFrom(...SCREENING_LINK_IDS), { freq: 10 }),
      outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
    }),
    { maxLength: 50 },
  )
  .map((drafts) =>
    drafts.map((draft, index): JournalEvent => {
      const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
      const at = new Date(NOW + draft.minutes * 60_000).toISOString();
      if (draft.kind === "check-in")
        return {
          type: "check-in",
          id,
          at,
          stiffness: draft.stiffness,
          pain: draft.pain,
          symptoms: draft.symptom ? [draft.symptom] : [],
        };
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

/** The core's own view of the whole journal as the stored route sees it (nothing after now). */
function wholeJournal(events: readonly JournalEvent[]) {
  const known = events.filter((event) => Date.parse(event.at) <= NOW);
  const parsed = parseJournalInput({ timeZone: ZONE, now: new Date(NOW).toISOString(), events: known });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe.each(BACKENDS)("the stored assessment on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let ann: TestPerson;
  let annId: string;
  beforeEach(async () => {
    app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    annId = (await ann.signup()).json().user.id;
  });

  const storeJournal = (events: readonly JournalEvent[]) =>
    replaceStoredJournal(store().database, annId, events);

  it("reads exactly the events the rules need, and assesses them as the whole journal would be", async () => {
    await fc.assert(
      fc.asyncProperty(journalArbitrary, async (events) => {
        await storeJournal(events);
        const whole = wholeJournal(events);
        const read = await readAssessmentEvents(store().database, annId, new Date(NOW));
        expect(read.map((e) => e.id)).toEqual(neededEvents(whole.events, NOW).map((e) => e.id));
        const answer = await ann.request("GET", `/api/journal/assessment?timeZone=${ZONE}`);
        expect(answer.statusCode).toBe(200);
        expect(answer.json()).toEqual(assess(whole));
      }),
      { numRuns: 50 },
    );
  }, 180_000); // fifty stored journals, each assessed twice: minutes on a busy machine

  it("reads a week and the ends of a stiff run, not a journal of years", async () => {
    const years: JournalEvent[] = Array.from({ length: 2_000 }, (_, i) => ({
      type: "check-in",
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
      at: new Date(NOW - (2_000 - i) * 12 * HOUR).toISOString(),
      stiffness: 3 + (i % 7),
      pain: 1,
      symptoms: [],
    }));
    await storeJournal(years);
    const read = await readAssessmentEvents(store().database, annId, new Date(NOW));
    // 14 check-ins in the last 7 days, plus the first of the run (the calm one does not exist).
    expect(read).toHaveLength(15);
    expect(read[0]?.id).toBe(years[0]?.id);
  });

  it("uses the owner-type-time index and the calm check-in index, not a scan of the journal", async () => {
    const indexes = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'journal_events' ORDER BY indexname`.execute(
      store().database.db,
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual(
      expect.arrayContaining([
        "journal_events_owner_type_at",
        "journal_events_calm_check_ins",
        "journal_events_completed_sessions",
      ]),
    );
  });

  it("refuses a stateless assessment of more than 2,000 events with 400 too_many_events, and takes 2,000", async () => {
    const urges = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        type: "adjust-urge",
        id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
        at: "2026-11-20T10:00:00Z",
      }));
    const input = (n: number) => ({
      timeZone: "Europe/London",
      now: new Date(NOW).toISOString(),
      events: urges(n),
    });
    const tooMany = await ann.request("POST", "/api/journal/assessment", input(2_001));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details).toEqual([
      expect.objectContaining({ code: "too_many_events", path: "events" }),
    ]);
    expect((await ann.request("POST", "/api/journal/assessment", input(2_000))).statusCode).toBe(200);
  });
});
