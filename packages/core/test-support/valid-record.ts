/**
 * Arbitrary valid records as the device's store holds them (every event valid under the journal contract),
 * for the property tests that keep a trusted reading (no schema) equal to the validating one: some ids
 * repeated with the same content, some events after now, acknowledgements of each code at any age.
 */
import fc from "fast-check";
import type { JournalEvent } from "../src/journal/events";
import { ACKNOWLEDGEABLE_CODES, type SafetyInput } from "../src/safety/safety-model";
import { SCREENING_LINK_IDS } from "../src/screening/questionnaire";
import { type Answers, decide } from "../src/screening/triage";
import { HOUR_MS, instant } from "../src/units";

export const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
export const hoursBefore = (hours: number) => new Date(NOW - hours * HOUR_MS).toISOString();

/** Valid journals (as the store holds them), some ids repeated with the same content, some events after now. */
export const journalArb = fc
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

/** An "I understand" for a journal flag (or for a code that is not one), given up to 30 hours ago or soon. */
const acknowledgementArb = fc.record({
  code: fc.constantFrom(...ACKNOWLEDGEABLE_CODES, "osteoporosis", "stopped-for-pain"),
  at: fc.integer({ min: -1, max: 30 }).map(hoursBefore),
});

/** A valid record at NOW: screenings, journal, acknowledgements and a time zone, including odd offsets. */
export const validSafetyInputArb: fc.Arbitrary<SafetyInput> = fc.record({
  latestScreening: fc.option(
    fc.record({ decision: answersArb.map(decide), at: fc.integer({ min: 0, max: 72 }).map(hoursBefore) }),
    { nil: null },
  ),
  earlierScreenings: fc.array(
    fc.record({ decision: answersArb.map(decide), at: fc.integer({ min: 72, max: 200 }).map(hoursBefore) }),
    { maxLength: 2 },
  ),
  events: journalArb,
  acknowledgements: fc.array(acknowledgementArb, { maxLength: 3 }),
  timeZone: fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"),
  now: fc.constant(NOW),
});
