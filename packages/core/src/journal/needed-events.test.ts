import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { assess, parseJournalInput } from "./assess";
import { journalNeeds, neededEvents } from "./needed-events";
import { JOURNAL_THRESHOLDS } from "./thresholds";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const HOUR = 3_600_000;

/** Journals over the 30 days around `now` (some after it), on the hour so ties on time are common. */
export const journalArbitrary = fc
  .array(
    fc.record({
      hour: fc.integer({ min: -30 * 24, max: 6 }),
      kind: fc.constantFrom("check-in", "session", "adjust-urge"),
      stiffness: fc.integer({ min: 0, max: 10 }),
      // P20: pain counts as stiffness does, so both vary.
      pain: fc.integer({ min: 0, max: 10 }),
      symptom: fc.option(fc.constantFrom(...SCREENING_LINK_IDS), { freq: 8 }),
      outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
    }),
    { maxLength: 60 },
  )
  .map((drafts) =>
    drafts.map((draft, index) => {
      const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
      const at = new Date(NOW + draft.hour * HOUR).toISOString();
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
        return { type: "session", id, at, technique: "thoracic-foam-roll", outcome: draft.outcome };
      return { type: "adjust-urge", id, at };
    }),
  );

function contextOf(events: readonly unknown[]) {
  // The stored route never reads events after now; parsing them would be refused, so they are left out.
  const known = events.filter((event) => Date.parse((event as { at: string }).at) <= NOW);
  const parsed = parseJournalInput({
    timeZone: "Pacific/Chatham",
    now: new Date(NOW).toISOString(),
    events: known,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe("the events the journal rules need", () => {
  it("give the same assessment as the whole journal, for any journal", () => {
    fc.assert(
      fc.property(journalArbitrary, (events) => {
        const context = contextOf(events);
        const needed = neededEvents(context.events, context.nowMs);
        expect(assess({ ...context, events: needed })).toEqual(assess(context));
      }),
      { numRuns: 2_000 },
    );
  });

  it("are the last 7 days plus at most four older events, whatever the journal's length", () => {
    fc.assert(
      fc.property(journalArbitrary, (events) => {
        const context = contextOf(events);
        const needed = neededEvents(context.events, context.nowMs);
        const recent = context.events.filter((event) => event.epochMs >= NOW - 7 * 24 * HOUR);
        expect(needed.length - recent.length).toBeGreaterThanOrEqual(0);
        expect(needed.length - recent.length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("keep the calm check-in before a stiff run, so the run is not taken to start earlier", () => {
    const events = [
      {
        type: "check-in",
        id: "00000000-0000-4000-8000-000000000001",
        at: "2026-10-01T08:00:00Z",
        stiffness: 5,
        pain: 1,
        symptoms: [],
      },
      {
        type: "check-in",
        id: "00000000-0000-4000-8000-000000000002",
        at: "2026-10-02T08:00:00Z",
        stiffness: 1,
        pain: 1,
        symptoms: [],
      },
      {
        type: "check-in",
        id: "00000000-0000-4000-8000-000000000003",
        at: "2026-10-03T08:00:00Z",
        stiffness: 6,
        pain: 1,
        symptoms: [],
      },
      {
        type: "session",
        id: "00000000-0000-4000-8000-000000000004",
        at: "2026-10-04T08:00:00Z",
        technique: "supine-spinal-twist",
        outcome: "completed",
      },
      {
        type: "check-in",
        id: "00000000-0000-4000-8000-000000000005",
        at: "2026-10-06T08:00:00Z",
        stiffness: 6,
        pain: 1,
        symptoms: [],
      },
    ];
    const context = contextOf(events);
    const ids = neededEvents(context.events, context.nowMs).map((event) => event.id.slice(-1));
    expect(ids).toEqual(["2", "3", "4", "5"]);
    expect(assess(context).flags[0]).toMatchObject({
      code: "persistent-48h",
      since: "2026-10-03T08:00:00.000Z",
    });
  });

  it("name the window and threshold from the rules' own numbers", () => {
    expect(journalNeeds(NOW)).toEqual({
      recentFromMs: NOW - JOURNAL_THRESHOLDS.recentWindowMs.value,
      untilMs: NOW,
      stiffAtLeast: JOURNAL_THRESHOLDS.persistentStiffness.value,
      stretchOutcome: "completed",
    });
  });
});
