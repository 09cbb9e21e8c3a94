import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { nextLocalMidnight } from "./next-local-midnight";
import { assessSafety } from "./safety-state";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const ms = (iso: string) => Date.parse(iso);
const iso = (epochMs: number) => new Date(epochMs).toISOString();
const stop = (at: string, n = 1): JournalEvent => ({
  type: "session",
  id: `00000000-0000-4000-8000-00000000000${n}`,
  at,
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
});
const state = (zone: string, stopAt: string, screenedAt: number, now: number, events = [stop(stopAt)]) =>
  assessSafety({
    latestScreening: { decision: decide(allNo), at: iso(screenedAt) },
    events,
    acknowledgements: [],
    timeZone: zone,
    now: instant(now),
  });

describe("[R-safety-state.rest-until-next-day] [C-rest-until-next-day] after a stop for pain: rest until the next local day, then screen again", () => {
  it.each([
    ["London, an ordinary evening", "Europe/London", "2026-11-24T20:00:00Z", "2026-11-25T00:00:00.000Z"],
    [
      "London, on the day the clocks spring forward",
      "Europe/London",
      "2026-03-29T09:00:00Z",
      "2026-03-29T23:00:00.000Z",
    ],
    [
      "London, on the day the clocks fall back",
      "Europe/London",
      "2026-10-25T09:00:00Z",
      "2026-10-26T00:00:00.000Z",
    ],
    [
      "New York, just before its local midnight",
      "America/New_York",
      "2026-11-25T04:30:00Z",
      "2026-11-25T05:00:00.000Z",
    ],
    [
      "New York, on its spring-forward day",
      "America/New_York",
      "2026-03-08T15:00:00Z",
      "2026-03-09T04:00:00.000Z",
    ],
    [
      "Santiago, where midnight is skipped",
      "America/Santiago",
      "2026-09-05T23:00:00Z",
      "2026-09-06T04:00:00.000Z",
    ],
    ["Kathmandu at +05:45", "Asia/Kathmandu", "2026-11-24T06:00:00Z", "2026-11-24T18:15:00.000Z"],
  ])(
    "%s: rest-until the next local midnight, then rescreen-needed until a screening at or after it",
    (_, zone, stopAt, midnight) => {
      const screenedBefore = ms(stopAt) - HOUR_MS;
      const resting = state(zone, stopAt, screenedBefore, ms(midnight) - 1);
      expect(resting).toMatchObject({ level: "rest-until", restUntil: midnight, sessionAllowed: false });
      expect(resting.reasons).toEqual([
        expect.objectContaining({
          code: "stopped-for-pain",
          level: "rest-until",
          origin: "session",
          since: stopAt,
        }),
      ]);

      const nextDay = state(zone, stopAt, screenedBefore, ms(midnight));
      expect(nextDay).toMatchObject({ level: "rescreen-needed", sessionAllowed: false });
      expect(nextDay).not.toHaveProperty("restUntil");
      expect(nextDay.reasons).toEqual([
        expect.objectContaining({ code: "stopped-for-pain", level: "rescreen-needed" }),
      ]);

      // A screening taken after the stop but before midnight does not count; one at midnight does.
      expect(state(zone, stopAt, ms(midnight) - 1, ms(midnight) + HOUR_MS).level).toBe("rescreen-needed");
      expect(state(zone, stopAt, ms(midnight), ms(midnight) + HOUR_MS)).toMatchObject({
        level: "ready",
        sessionAllowed: true,
      });
    },
  );

  it("a screening between the stop and midnight does not shorten the rest", () => {
    const resting = state(
      "Europe/London",
      "2026-11-24T10:00:00Z",
      ms("2026-11-24T11:00:00Z"),
      ms("2026-11-24T12:00:00Z"),
    );
    expect(resting).toMatchObject({ level: "rest-until", restUntil: "2026-11-25T00:00:00.000Z" });
  });

  it("the latest of several stops sets the rest, shown under a more severe level too", () => {
    const events = [stop("2026-11-20T10:00:00Z", 1), stop("2026-11-24T10:00:00Z", 2)];
    const resting = state("UTC", "", ms("2026-11-24T09:00:00Z"), ms("2026-11-24T12:00:00Z"), events);
    expect(resting).toMatchObject({ level: "see-professional", restUntil: "2026-11-25T00:00:00.000Z" });
  });

  it("a stop dated after now (another device's clock) already rests", () => {
    const resting = state(
      "UTC",
      "2026-11-24T13:00:00Z",
      ms("2026-11-24T09:00:00Z"),
      ms("2026-11-24T12:00:00Z"),
    );
    expect(resting).toMatchObject({ level: "rest-until", restUntil: "2026-11-25T00:00:00.000Z" });
  });

  it("rest-until gives way to a more severe reason and keeps its own reason in the list", () => {
    const events = [
      stop("2026-11-24T10:00:00Z", 1),
      {
        type: "check-in",
        id: "00000000-0000-4000-8000-000000000002",
        at: "2026-11-24T10:30:00Z",
        stiffness: 2,
        pain: 3,
        symptoms: ["chest-pain"],
      },
    ] satisfies JournalEvent[];
    const result = state("UTC", "", ms("2026-11-24T09:00:00Z"), ms("2026-11-24T12:00:00Z"), events);
    expect(result).toMatchObject({ level: "emergency", restUntil: "2026-11-25T00:00:00.000Z" });
    expect(result.reasons.map((reason) => reason.level)).toEqual([
      "emergency",
      "rest-until",
      "rescreen-needed",
    ]);
  });

  it("no session is allowed from the stop until a screening at or after the next local midnight (property)", () => {
    const zones = [
      "Europe/London",
      "America/New_York",
      "America/Santiago",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: ms("2026-01-01T00:00:00Z"), max: ms("2027-01-01T00:00:00Z") }),
        fc.integer({ min: -30 * HOUR_MS, max: 30 * HOUR_MS }),
        fc.integer({ min: 0, max: 40 * HOUR_MS }),
        (zone, stopMs, screenedOffset, nowOffset) => {
          const now = stopMs + nowOffset;
          const screenedAt = Math.min(now, stopMs + screenedOffset);
          const midnight = nextLocalMidnight(stopMs, zone);
          const result = state(zone, iso(stopMs), screenedAt, now);
          const fresh = screenedAt >= midnight && now - screenedAt <= 24 * HOUR_MS;
          expect(result.sessionAllowed).toBe(now >= midnight && fresh);
          if (now < midnight) expect(result).toMatchObject({ level: "rest-until", restUntil: iso(midnight) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
