import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_ITEMS, SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { nextLocalMidnight } from "./next-local-midnight";
import { assessSafety, type SafetyInput } from "./safety-state";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const yesTo = (...linkIds: ScreeningLinkId[]): Answers => ({
  ...allNo,
  ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])),
});
const iso = (epochMs: number) => new Date(epochMs).toISOString();
const screening = (answers: Answers, at: number) => ({ decision: decide(answers), at: iso(at) });
const checkIn = (at: number, symptoms: ScreeningLinkId[]): JournalEvent => ({
  type: "check-in",
  id: "00000000-0000-4000-8000-000000000001",
  at: iso(at),
  stiffness: 2,
  pain: 1,
  symptoms,
});
const EMERGENCY_ITEMS = SCREENING_ITEMS.filter((item) => item.severity === "emergency").map((i) => i.linkId);
const ZONES = [
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/Santiago",
];

/** 21:30 in London: an emergency at 21:30, a retraction at 22:00, judged at 23:59 and after midnight. */
const EMERGENCY_AT = Date.parse("2026-11-24T21:30:00Z");
const MIDNIGHT = Date.parse("2026-11-25T00:00:00Z");
const sameDay = (overrides: Partial<SafetyInput>): SafetyInput => ({
  latestScreening: screening(allNo, EMERGENCY_AT + HOUR_MS / 2),
  earlierScreenings: [screening(yesTo("saddle-numbness"), EMERGENCY_AT)],
  events: [],
  acknowledgements: [],
  timeZone: "Europe/London",
  now: instant(MIDNIGHT - 60_000),
  ...overrides,
});

describe("[C-emergency-stands-for-day] an emergency answer is never cleared the same local day", () => {
  it.each(EMERGENCY_ITEMS)(
    "a yes to %s, then an all-no screening the same evening: still emergency, no session, until midnight",
    (linkId) => {
      const state = assessSafety(sameDay({ earlierScreenings: [screening(yesTo(linkId), EMERGENCY_AT)] }));
      expect(state).toMatchObject({ level: "emergency", sessionAllowed: false });
      expect(state.emergencyUntil).toBe(iso(MIDNIGHT));
      expect(state.reasons[0]).toMatchObject({
        code: linkId,
        level: "emergency",
        origin: "screening",
        since: iso(EMERGENCY_AT),
        acknowledgeable: false,
      });
    },
  );

  it.each(EMERGENCY_ITEMS)(
    "an emergency symptom (%s) in a check-in, then an all-no screening the same day: still emergency",
    (linkId) => {
      const state = assessSafety(
        sameDay({ earlierScreenings: [], events: [checkIn(EMERGENCY_AT, [linkId])] }),
      );
      expect(state).toMatchObject({ level: "emergency", sessionAllowed: false });
      expect(state.reasons[0]).toMatchObject({ code: linkId, origin: "check-in" });
    },
  );

  it("at the next local midnight the day is over: a screening from the day before is not enough, a fresh one decides", () => {
    const atMidnight = assessSafety(sameDay({ now: instant(MIDNIGHT) }));
    expect(atMidnight).toMatchObject({ level: "rescreen-needed", sessionAllowed: false });
    expect(atMidnight.emergencyUntil).toBeUndefined();
    expect(atMidnight.reasons.map((reason) => reason.code)).toEqual(["emergency-earlier-day"]);

    const fresh = assessSafety(
      sameDay({
        latestScreening: screening(allNo, MIDNIGHT + HOUR_MS),
        earlierScreenings: [
          screening(allNo, EMERGENCY_AT + HOUR_MS / 2),
          screening(yesTo("saddle-numbness"), EMERGENCY_AT),
        ],
        now: instant(MIDNIGHT + 2 * HOUR_MS),
      }),
    );
    expect(fresh).toMatchObject({ level: "ready", sessionAllowed: true });

    const freshYes = assessSafety(
      sameDay({
        latestScreening: screening(yesTo("chest-pain"), MIDNIGHT + HOUR_MS),
        now: instant(MIDNIGHT + 2 * HOUR_MS),
      }),
    );
    expect(freshYes.level).toBe("emergency");
  });

  it("a screening taken exactly at the next local midnight is a fresh one", () => {
    const state = assessSafety(
      sameDay({
        latestScreening: screening(allNo, MIDNIGHT),
        now: instant(MIDNIGHT + 1),
      }),
    );
    expect(state.level).toBe("ready");
  });

  it("any later screenings the same day, whatever their answers, keep the emergency and offer no session (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") }),
        fc.constantFrom(...EMERGENCY_ITEMS),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.subarray([...SCREENING_LINK_IDS])), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (zone, emergencyAt, linkId, later, nowFraction) => {
          const midnight = nextLocalMidnight(emergencyAt, zone);
          const within = (fraction: number) =>
            emergencyAt + Math.floor(fraction * (midnight - 1 - emergencyAt));
          const screenings = later
            .map(([fraction, yes]) => screening(yesTo(...yes), within(fraction)))
            .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
          const [latest, ...earlier] = screenings;
          const now = Math.max(Date.parse(latest?.at ?? ""), within(nowFraction));
          const state = assessSafety({
            latestScreening: latest ?? null,
            earlierScreenings: [...earlier, screening(yesTo(linkId), emergencyAt)],
            events: [],
            acknowledgements: [],
            timeZone: zone,
            now: instant(now),
          });
          expect(state.level).toBe("emergency");
          expect(state.sessionAllowed).toBe(false);
          expect(state.emergencyUntil).toBe(iso(midnight));
        },
      ),
    );
  });

  it("in every time zone, the day ends at that zone's next local midnight and not before (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") }),
        fc.integer({ min: 0, max: 30 * HOUR_MS }),
        (zone, emergencyAt, after) => {
          const midnight = nextLocalMidnight(emergencyAt, zone);
          const now = emergencyAt + after;
          const state = assessSafety({
            latestScreening: screening(allNo, emergencyAt + 1),
            earlierScreenings: [screening(yesTo("bladder-bowel-change"), emergencyAt)],
            events: [],
            acknowledgements: [],
            timeZone: zone,
            now: instant(now),
          });
          expect(state.level).toBe(now < midnight ? "emergency" : "rescreen-needed");
          expect(state.sessionAllowed).toBe(false);
        },
      ),
    );
  });

  it("the device's time zone decides the day: the same record judged in Los Angeles and in Tokyo", () => {
    // 2026-11-24T20:00Z is 12:00 in Los Angeles (midnight 08:00Z) and 05:00 on the 25th in Tokyo (midnight 15:00Z).
    const at = Date.parse("2026-11-24T20:00:00Z");
    const judged = (zone: string, now: string) =>
      assessSafety({
        latestScreening: screening(allNo, at + HOUR_MS),
        earlierScreenings: [screening(yesTo("chest-pain"), at)],
        events: [],
        acknowledgements: [],
        timeZone: zone,
        now: instant(Date.parse(now)),
      });
    expect(judged("America/Los_Angeles", "2026-11-25T07:59:00Z").level).toBe("emergency");
    expect(judged("America/Los_Angeles", "2026-11-25T08:00:00Z").level).toBe("rescreen-needed");
    expect(judged("Asia/Tokyo", "2026-11-25T14:59:00Z").level).toBe("emergency");
    expect(judged("Asia/Tokyo", "2026-11-25T15:00:00Z").level).toBe("rescreen-needed");
  });

  it("[C-doubt-blocks] an emergency answer whose date cannot be read stands", () => {
    const state = assessSafety(
      sameDay({
        earlierScreenings: [{ decision: decide(yesTo("chest-pain")), at: "not a date" }],
        now: instant(MIDNIGHT + 48 * HOUR_MS),
        latestScreening: screening(allNo, MIDNIGHT + 47 * HOUR_MS),
      }),
    );
    expect(state).toMatchObject({ level: "emergency", sessionAllowed: false });
  });

  it("an emergency outcome without reasons in an earlier screening stands for its day too", () => {
    const state = assessSafety(
      sameDay({
        earlierScreenings: [{ decision: { outcome: "emergency", reasons: [] }, at: iso(EMERGENCY_AT) }],
      }),
    );
    expect(state).toMatchObject({ level: "emergency", sessionAllowed: false });
    expect(state.reasons[0]?.code).toBe("emergency");
  });

  it("a see-professional answer retracted the same day is not held by this rule", () => {
    const state = assessSafety(sameDay({ earlierScreenings: [screening(yesTo("fever"), EMERGENCY_AT)] }));
    expect(state).toMatchObject({ level: "ready", sessionAllowed: true });
    expect(state.emergencyUntil).toBeUndefined();
  });

  it("the emergency the latest screening itself reports is listed once, not twice", () => {
    const state = assessSafety(
      sameDay({
        latestScreening: screening(yesTo("chest-pain"), EMERGENCY_AT + HOUR_MS / 2),
        earlierScreenings: [screening(yesTo("chest-pain"), EMERGENCY_AT)],
      }),
    );
    expect(state.reasons.filter((reason) => reason.code === "chest-pain")).toHaveLength(1);
  });
});

describe("[C-emergency-stands-for-day] which answers hold the day, and what the day's reason says", () => {
  it("an emergency in the latest screening itself holds sessions until the next local midnight", () => {
    const state = assessSafety(
      sameDay({ latestScreening: screening(yesTo("chest-pain"), EMERGENCY_AT), earlierScreenings: [] }),
    );
    expect(state.emergencyUntil).toBe(iso(MIDNIGHT));
  });

  it("past its day, an emergency asks for a fresh safety check even while other, milder reasons stand", () => {
    const state = assessSafety(
      sameDay({ now: instant(MIDNIGHT), events: [checkIn(EMERGENCY_AT + HOUR_MS, ["osteoporosis"])] }),
    );
    expect(state.reasons.map((reason) => reason.code)).toEqual(
      expect.arrayContaining(["osteoporosis", "new-symptom", "emergency-earlier-day"]),
    );
  });

  it("an emergency outcome with no reason named, answered today, says to call emergency services now", () => {
    const state = assessSafety(
      sameDay({
        earlierScreenings: [{ decision: { outcome: "emergency", reasons: [] }, at: iso(EMERGENCY_AT) }],
      }),
    );
    const message = state.reasons.find((reason) => reason.code === "emergency")?.message;
    expect(message).toBe("You reported a sign that needs urgent help today. Call emergency services now.");
    expect(message).toContain("Call emergency services now");
    expect(message).not.toMatch(/\b(no need|not|don't|do not)\b/i);
  });
});

describe("[C-emergency-stands-for-day] [C-wording-pinned] what an emergency's day says, and how long it lasts", () => {
  it("says a yes answered today stands until tomorrow whatever a later screening says, never that it is cleared", () => {
    const state = assessSafety(sameDay({}));
    const message = state.reasons[0]?.message ?? "";
    expect(
      message.startsWith(SCREENING_ITEMS.find((i) => i.linkId === "saddle-numbness")?.reason ?? "?"),
    ).toBe(true);
    expect(message).toContain(
      "You reported this today, so it stands until tomorrow whatever a later screening says.",
    );
    expect(message).not.toMatch(/\b(cleared|no longer stands)\b/i);
  });

  it("past its day, names the clock as the origin and asks for the safety questions again today", () => {
    const reason = assessSafety(sameDay({ now: instant(MIDNIGHT) })).reasons[0];
    expect(reason).toMatchObject({
      code: "emergency-earlier-day",
      origin: "clock",
      message:
        "You reported a sign that needs urgent help on an earlier day. Please answer the safety questions again today before a session.",
    });
    expect(reason?.message).not.toMatch(/\b(no need|not needed)\b/i);
  });

  it("lasts to the end of the latest day with an emergency answer, even one dated ahead (another device's clock)", () => {
    const state = assessSafety(
      sameDay({
        events: [checkIn(EMERGENCY_AT, ["chest-pain"]), checkIn(MIDNIGHT + HOUR_MS, ["chest-pain"])],
      }),
    );
    expect(state.emergencyUntil).toBe(iso(MIDNIGHT + 24 * HOUR_MS));
  });

  it("an emergency outcome that names only milder reasons still stands at emergency after its day", () => {
    const decision = { outcome: "emergency" as const, reasons: decide(yesTo("fever")).reasons };
    const state = assessSafety(
      sameDay({
        latestScreening: { decision, at: iso(EMERGENCY_AT) },
        earlierScreenings: [],
        now: instant(MIDNIGHT + HOUR_MS),
      }),
    );
    expect(state.level).toBe("emergency");
    expect(state.reasons[0]).toMatchObject({
      code: "emergency",
      message: "Your last screening found a sign that needs urgent help. Call emergency services now.",
    });
  });
});
