import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { assessSafety, type SafetyInput } from "./safety-state";
import { assessTrustedSafety } from "./trusted-safety-state";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const hoursBefore = (hours: number) => new Date(NOW - hours * HOUR_MS).toISOString();

/** Valid journals (as the store holds them), some ids repeated with the same content, some events after now. */
const journalArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom("check-in", "session", "adjust-urge"),
      hours: fc.integer({ min: -3, max: 240 }),
      stiffness: fc.integer({ min: 0, max: 10 }),
      pain: fc.integer({ min: 0, max: 10 }),
      symptoms: fc.subarray([...SCREENING_LINK_IDS], { maxLength: 2 }),
      outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
      repeat: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((drafts) =>
    drafts.flatMap((draft, n): JournalEvent[] => {
      const at = hoursBefore(draft.hours);
      const event: JournalEvent =
        draft.kind === "check-in"
          ? {
              type: "check-in",
              id: uuid(n),
              at,
              stiffness: draft.stiffness,
              pain: draft.pain,
              symptoms: draft.symptoms,
            }
          : draft.kind === "session"
            ? {
                type: "session",
                id: uuid(n),
                at,
                technique: "thoracic-foam-roll",
                outcome: draft.outcome as "completed",
              }
            : { type: "adjust-urge", id: uuid(n), at };
      return draft.repeat ? [event, { ...event }] : [event];
    }),
  );
const answersArb = fc
  .subarray([...SCREENING_LINK_IDS], { maxLength: 2 })
  .map((yes) => Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, yes.includes(id)])) as Answers);
const inputArb: fc.Arbitrary<SafetyInput> = fc.record({
  latestScreening: fc.option(
    fc.record({ decision: answersArb.map(decide), at: fc.integer({ min: 0, max: 72 }).map(hoursBefore) }),
    { nil: null },
  ),
  earlierScreenings: fc.array(
    fc.record({ decision: answersArb.map(decide), at: fc.integer({ min: 72, max: 200 }).map(hoursBefore) }),
    { maxLength: 2 },
  ),
  events: journalArb,
  acknowledgements: fc.constant([]),
  timeZone: fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"),
  now: fc.constant(NOW),
});

describe("the safety state from trusted local data (validated when it entered the store)", () => {
  it("is the same state the validating assessment gives, on every valid record (property)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(assessTrustedSafety(input)).toEqual(assessSafety(input));
      }),
      { numRuns: 300 },
    );
  });

  it("still says see a professional when two different events share one id (the journal cannot be read)", () => {
    const at = hoursBefore(1);
    const events: JournalEvent[] = [
      { type: "adjust-urge", id: uuid(1), at },
      { type: "check-in", id: uuid(1), at, stiffness: 3, pain: 0, symptoms: [] },
    ];
    const input: SafetyInput = {
      latestScreening: {
        decision: decide(Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers),
        at: hoursBefore(2),
      },
      events,
      acknowledgements: [],
      timeZone: "Europe/London",
      now: NOW,
    };
    const state = assessTrustedSafety(input);
    expect(state.level).toBe("see-professional");
    expect(state.reasons.map((reason) => reason.code)).toContain("journal-unreadable");
    expect(state.sessionAllowed).toBe(false);
  });
});
