/**
 * assessTrusted as a specification: on any valid journal it answers exactly what assessJournal answers after
 * validating, whatever the order of the events, the offsets their times were written with, or the time zone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { assessJournal } from "./assess";
import { assessTrusted } from "./assess-trusted";
import type { JournalEvent } from "./events";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const HALF_HOUR = 30 * 60_000;
const ZONES = [
  "Europe/London",
  "Pacific/Chatham",
  "America/St_Johns",
  "Asia/Kathmandu",
  "UTC",
  "Australia/Lord_Howe",
];
/** Offsets a device may write its times with, in minutes, from -12:00 to +14:00. */
const OFFSETS = [0, 60, -300, 330, 345, -570, 765, 840, -720];

/** The instant written in another offset, as a device in that zone would send it. */
function withOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Valid journals over the 30 days before `now` and a little after it, on the half hour so ties are common. */
const journalArbitrary = fc
  .array(
    fc.record({
      halfHour: fc.integer({ min: -30 * 48, max: 12 }),
      offset: fc.constantFrom(...OFFSETS),
      kind: fc.constantFrom("check-in", "session", "adjust-urge"),
      stiffness: fc.integer({ min: 0, max: 10 }),
      pain: fc.integer({ min: 0, max: 10 }),
      symptoms: fc.subarray([...SCREENING_LINK_IDS], { maxLength: 2 }),
      outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
      note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    }),
    { maxLength: 80 },
  )
  .map((drafts) =>
    drafts.map((draft, index): JournalEvent => {
      const id = `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
      const at = withOffset(NOW + draft.halfHour * HALF_HOUR, draft.offset);
      if (draft.kind === "check-in") {
        const { stiffness, pain, symptoms, note } = draft;
        return {
          type: "check-in",
          id,
          at,
          stiffness,
          pain,
          symptoms,
          ...(note === undefined ? {} : { note }),
        };
      }
      if (draft.kind === "session")
        return { type: "session", id, at, technique: "supine-spinal-twist", outcome: draft.outcome };
      return { type: "adjust-urge", id, at };
    }),
  );

const isPast = (event: JournalEvent) => Date.parse(event.at) <= NOW;

describe("the trusted fast path", () => {
  it("answers what the validating path answers, for any valid journal, zone and order", () => {
    fc.assert(
      fc.property(
        journalArbitrary.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        fc.constantFrom(...ZONES),
        ([events, shuffled], timeZone) => {
          const validated = assessJournal({
            timeZone,
            now: new Date(NOW).toISOString(),
            events: events.filter(isPast),
          });
          expect(validated.ok).toBe(true);
          if (!validated.ok) return;
          expect(assessTrusted({ timeZone, nowMs: NOW, events: shuffled })).toEqual(validated.value);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("leaves out events after now, rather than counting them", () => {
    const urge = (n: number, at: number): JournalEvent => ({
      type: "adjust-urge",
      id: `00000000-0000-4000-8000-00000000000${n}`,
      at: new Date(at).toISOString(),
    });
    const twoUrges = [urge(1, NOW - HALF_HOUR), urge(2, NOW - 2 * HALF_HOUR)];
    const flagged = assessTrusted({ timeZone: "UTC", nowMs: NOW, events: twoUrges });
    expect(flagged?.flags.map((flag) => flag.code)).toEqual(["frequent-adjusting"]);
    const oneAhead = [urge(1, NOW - HALF_HOUR), urge(2, NOW + 60_000)];
    expect(assessTrusted({ timeZone: "UTC", nowMs: NOW, events: oneAhead })).toEqual({
      recommendation: "self-care",
      flags: [],
    });
  });

  it("cannot read a journal holding two different events under one id (null, never a guess)", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const first: JournalEvent = { type: "adjust-urge", id, at: new Date(NOW - HALF_HOUR).toISOString() };
    const same: JournalEvent = { ...first };
    const other: JournalEvent = { ...first, at: new Date(NOW - 2 * HALF_HOUR).toISOString() };
    expect(assessTrusted({ timeZone: "UTC", nowMs: NOW, events: [first, same] })).not.toBeNull();
    expect(assessTrusted({ timeZone: "UTC", nowMs: NOW, events: [first, other] })).toBeNull();
  });
});
