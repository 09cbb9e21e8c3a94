import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_ITEMS, SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import {
  ACKNOWLEDGEABLE_CODES,
  type Acknowledgement,
  assessSafety,
  SAFETY_LEVELS,
  type SafetyInput,
} from "./safety-state";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const ZONE = "Europe/London";
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const hoursBefore = (hours: number) => new Date(NOW - hours * HOUR_MS).toISOString();
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const yesTo = (...linkIds: ScreeningLinkId[]): Answers => ({
  ...allNo,
  ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])),
});
const screening = (answers: Answers, at = hoursBefore(2)) => ({ decision: decide(answers), at });
const input = (overrides: Partial<SafetyInput> = {}): SafetyInput => ({
  latestScreening: screening(allNo),
  events: [],
  acknowledgements: [],
  timeZone: ZONE,
  now: NOW,
  ...overrides,
});
const checkIn = (n: number, at: string, symptoms: ScreeningLinkId[] = [], stiffness = 2): JournalEvent => ({
  type: "check-in",
  id: uuid(n),
  at,
  stiffness,
  pain: 1,
  symptoms,
});
const session = (
  n: number,
  at: string,
  outcome: "completed" | "stopped-for-pain" | "abandoned",
): JournalEvent => ({
  type: "session",
  id: uuid(n),
  at,
  technique: "supine-spinal-twist",
  outcome,
});
const urge = (n: number, at: string): JournalEvent => ({ type: "adjust-urge", id: uuid(n), at });
const rank = (level: string) => SAFETY_LEVELS.indexOf(level as (typeof SAFETY_LEVELS)[number]);

const EMERGENCY_ITEMS = SCREENING_ITEMS.filter((item) => item.severity === "emergency").map((i) => i.linkId);
const SEE_PROFESSIONAL_ITEMS = SCREENING_ITEMS.filter((item) => item.severity === "see-professional").map(
  (item) => item.linkId,
);
/** Two urges on each of the last two days: the frequent-adjusting trend flag. */
const frequentUrges = [
  urge(101, hoursBefore(3)),
  urge(102, hoursBefore(2.5)),
  urge(103, hoursBefore(27)),
  urge(104, hoursBefore(26.5)),
];

/** Any journal within the 10 days before NOW, with screening symptoms of every severity. */
const journalArb = fc
  .array(
    fc.oneof(
      fc.record({
        type: fc.constant("check-in" as const),
        at: fc.integer({ min: 0, max: 240 }),
        stiffness: fc.integer({ min: 0, max: 10 }),
        pain: fc.integer({ min: 0, max: 10 }),
        symptoms: fc.subarray([...SCREENING_LINK_IDS]),
      }),
      fc.record({
        type: fc.constant("session" as const),
        at: fc.integer({ min: 0, max: 240 }),
        technique: fc.constantFrom("thoracic-foam-roll" as const, "supine-spinal-twist" as const),
        outcome: fc.constantFrom("completed" as const, "stopped-for-pain" as const, "abandoned" as const),
      }),
      fc.record({ type: fc.constant("adjust-urge" as const), at: fc.integer({ min: 0, max: 240 }) }),
    ),
    { maxLength: 12 },
  )
  .map((events) =>
    events.map((event, n) => ({ ...event, id: uuid(n + 1), at: hoursBefore(event.at) }) as JournalEvent),
  );
const answersArb = fc
  .subarray([...SCREENING_LINK_IDS])
  .map((linkIds) => yesTo(...(linkIds as ScreeningLinkId[])));
const acknowledgementsArb = fc.array(
  fc.record({
    code: fc.constantFrom(...ACKNOWLEDGEABLE_CODES, "chest-pain", "no-screening"),
    at: fc.integer({ min: -2, max: 48 }).map(hoursBefore),
  }),
  { maxLength: 4 },
);
const inputArb = fc.record({
  latestScreening: fc.option(
    fc.record({ decision: answersArb.map(decide), at: fc.integer({ min: 0, max: 72 }).map(hoursBefore) }),
    { nil: null },
  ),
  events: journalArb,
  acknowledgements: acknowledgementsArb,
  timeZone: fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"),
  now: fc.constant(NOW),
});

describe("[R-safety-state.levels] safety state: the most severe reason decides (design: Safety state)", () => {
  it("is ready, with no reasons, on a fresh all-no screening and a quiet journal", () => {
    expect(assessSafety(input())).toEqual({ level: "ready", reasons: [], sessionAllowed: true });
  });

  it("takes the level of its most severe reason and lists every reason, most severe first (property)", () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const state = assessSafety(generated);
        const ranks = state.reasons.map((reason) => rank(reason.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(state.level).toBe(state.reasons[0]?.level ?? "ready");
        expect(rank(state.level)).toBe(Math.min(rank("ready"), ...ranks));
      }),
    );
  });

  it("[C-acknowledgement-required] allows a session iff every reason is acknowledgeable and acknowledged (property)", () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const state = assessSafety(generated);
        expect(state.sessionAllowed).toBe(state.reasons.every((r) => r.acknowledgeable && r.acknowledged));
        // Only the journal trend flags can ever be acknowledged.
        for (const reason of state.reasons) {
          expect(reason.acknowledgeable).toBe(
            reason.origin === "journal" && (ACKNOWLEDGEABLE_CODES as readonly string[]).includes(reason.code),
          );
          if (!reason.acknowledgeable) expect(reason.acknowledged).toBe(false);
        }
      }),
    );
  });

  it("never allows a session at emergency, see-professional from a screening, rest-until or rescreen-needed (property)", () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const state = assessSafety(generated);
        if (["emergency", "rest-until", "rescreen-needed"].includes(state.level)) {
          expect(state.sessionAllowed).toBe(false);
        }
        if (state.reasons.some((reason) => reason.origin === "screening")) {
          expect(state.sessionAllowed).toBe(false);
        }
      }),
    );
  });

  it("throws a RangeError for a time zone that is not an IANA name", () => {
    expect(() => assessSafety(input({ timeZone: "Mars/Olympus" }))).toThrow(RangeError);
  });
});

describe("[C-emergency-persists] an emergency stands until a newer screening", () => {
  it.each(EMERGENCY_ITEMS)(
    "a screening yes to %s gives emergency with that reason and its source",
    (linkId) => {
      const state = assessSafety(input({ latestScreening: screening(yesTo(linkId)) }));
      expect(state.level).toBe("emergency");
      expect(state.sessionAllowed).toBe(false);
      expect(state.reasons[0]).toMatchObject({
        code: linkId,
        level: "emergency",
        origin: "screening",
        acknowledgeable: false,
        source: SCREENING_ITEMS.find((item) => item.linkId === linkId)?.source,
      });
    },
  );

  it("stays emergency whatever is logged after the screening, and however long ago it was (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EMERGENCY_ITEMS),
        journalArb,
        acknowledgementsArb,
        fc.integer({ min: 0, max: 24 * 30 }),
        (linkId, events, acknowledgements, age) => {
          const state = assessSafety(
            input({
              latestScreening: screening(yesTo(linkId), hoursBefore(age + 240)),
              events,
              acknowledgements,
            }),
          );
          expect(state.level).toBe("emergency");
          expect(state.sessionAllowed).toBe(false);
        },
      ),
    );
  });

  it.each(EMERGENCY_ITEMS)(
    "an emergency symptom (%s) in a check-in after the screening gives emergency",
    (linkId) => {
      const state = assessSafety(input({ events: [checkIn(1, hoursBefore(1), [linkId])] }));
      expect(state.level).toBe("emergency");
      expect(state.reasons[0]).toMatchObject({ code: linkId, origin: "check-in", since: hoursBefore(1) });
      expect(state.reasons.map((reason) => reason.code)).toContain("new-symptom");
    },
  );

  it("a newer all-no screening on a later local day clears an emergency check-in symptom logged before it", () => {
    const events = [checkIn(1, hoursBefore(20), ["chest-pain"])];
    expect(assessSafety(input({ events, latestScreening: screening(allNo, hoursBefore(21)) })).level).toBe(
      "emergency",
    );
    expect(assessSafety(input({ events, latestScreening: screening(allNo, hoursBefore(2)) })).level).toBe(
      "ready",
    );
  });

  it("an emergency symptom logged at the very instant of the screening is not a new symptom after it", () => {
    const events = [checkIn(1, hoursBefore(2), ["chest-pain"])];
    const state = assessSafety(input({ events, latestScreening: screening(allNo, hoursBefore(2)) }));
    expect(state.reasons.map((reason) => reason.code)).not.toContain("new-symptom");
  });

  it("[C-doubt-blocks] an emergency decision without reasons still blocks as an emergency", () => {
    const state = assessSafety(
      input({ latestScreening: { decision: { outcome: "emergency", reasons: [] }, at: hoursBefore(1) } }),
    );
    expect(state).toMatchObject({ level: "emergency", sessionAllowed: false });
  });
});

describe("[C-see-professional-blocks] a see-professional screening blocks sessions and is never acknowledgeable", () => {
  it.each(SEE_PROFESSIONAL_ITEMS)(
    "a screening yes to %s blocks even with every code acknowledged",
    (linkId) => {
      const acknowledgements: Acknowledgement[] = [...SCREENING_LINK_IDS, ...ACKNOWLEDGEABLE_CODES].map(
        (code) => ({ code, at: hoursBefore(1) }),
      );
      const state = assessSafety(input({ latestScreening: screening(yesTo(linkId)), acknowledgements }));
      expect(state.level).toBe("see-professional");
      expect(state.sessionAllowed).toBe(false);
      expect(state.reasons).toEqual([
        expect.objectContaining({
          code: linkId,
          origin: "screening",
          acknowledgeable: false,
          acknowledged: false,
        }),
      ]);
    },
  );

  it.each(SEE_PROFESSIONAL_ITEMS)(
    "a see-professional symptom (%s) in a later check-in blocks, unacknowledgeable",
    (linkId) => {
      const state = assessSafety(
        input({
          events: [checkIn(1, hoursBefore(1), [linkId])],
          acknowledgements: [{ code: linkId, at: hoursBefore(0.5) }],
        }),
      );
      expect(state.level).toBe("see-professional");
      expect(state.sessionAllowed).toBe(false);
      expect(state.reasons[0]).toMatchObject({ code: linkId, origin: "check-in", acknowledgeable: false });
    },
  );

  it("[C-doubt-blocks] a decision without reasons that says see-professional still blocks", () => {
    const state = assessSafety(
      input({
        latestScreening: { decision: { outcome: "see-professional", reasons: [] }, at: hoursBefore(1) },
      }),
    );
    expect(state).toMatchObject({ level: "see-professional", sessionAllowed: false });
  });
});

describe("[C-journal-flags-escalate] journal trend flags raise see-professional", () => {
  it("frequent adjusting (P20) gives an acknowledgeable see-professional reason from the journal", () => {
    const state = assessSafety(input({ events: frequentUrges }));
    expect(state.level).toBe("see-professional");
    expect(state.sessionAllowed).toBe(false);
    expect(state.reasons).toEqual([
      expect.objectContaining({
        code: "frequent-adjusting",
        origin: "journal",
        source: "P20",
        acknowledgeable: true,
        acknowledged: false,
      }),
    ]);
  });

  it("two stops for pain in a week give repeated-sharp-pain with the product rule as source", () => {
    const events = [
      session(1, hoursBefore(60), "stopped-for-pain"),
      session(2, hoursBefore(40), "stopped-for-pain"),
    ];
    const state = assessSafety(input({ events, latestScreening: screening(allNo, hoursBefore(1)) }));
    expect(state.reasons).toEqual([
      expect.objectContaining({
        code: "repeated-sharp-pain",
        source: "Limber product rule",
        acknowledgeable: true,
      }),
    ]);
  });

  it("stiffness over 48 h despite a completed session gives persistent-48h (P20)", () => {
    const events = [
      checkIn(1, hoursBefore(60), [], 5),
      session(2, hoursBefore(30), "completed"),
      checkIn(3, hoursBefore(3), [], 4),
    ];
    const state = assessSafety(input({ events }));
    expect(state.reasons).toEqual([
      expect.objectContaining({
        code: "persistent-48h",
        level: "see-professional",
        source: "P20",
        acknowledgeable: true,
      }),
    ]);
  });

  it("journal flags stand after a newer screening: only an acknowledgement lets a session start", () => {
    const state = assessSafety(
      input({ events: frequentUrges, latestScreening: screening(allNo, hoursBefore(1)) }),
    );
    expect(state.level).toBe("see-professional");
  });

  it("ignores events dated after now and counts an event stored twice once", () => {
    const events = [
      urge(1, hoursBefore(2)),
      urge(1, hoursBefore(2)),
      urge(2, new Date(NOW + HOUR_MS).toISOString()),
    ];
    expect(assessSafety(input({ events })).level).toBe("ready");
  });

  it("[C-doubt-blocks] a journal the rules cannot read blocks as see-professional, never as ready", () => {
    const broken = { ...urge(1, hoursBefore(2)), at: "yesterday" } as JournalEvent;
    const state = assessSafety(input({ events: [broken] }));
    expect(state).toMatchObject({ level: "see-professional", sessionAllowed: false });
    expect(state.reasons[0]).toMatchObject({ code: "journal-unreadable", acknowledgeable: false });
  });
});

describe("[R-safety-state.acknowledgement-24h] [C-acknowledgement-required] a journal flag needs a recorded acknowledgement naming it", () => {
  const flagged = (acknowledgements: Acknowledgement[]) =>
    assessSafety(input({ events: frequentUrges, acknowledgements }));

  it("an acknowledgement naming the flag, less than 24 h old, lets a session start", () => {
    const state = flagged([{ code: "frequent-adjusting", at: hoursBefore(23.9) }]);
    expect(state.level).toBe("see-professional");
    expect(state.reasons[0]).toMatchObject({ acknowledged: true });
    expect(state.sessionAllowed).toBe(true);
  });

  it("an acknowledgement exactly 24 h old or older does not count", () => {
    expect(flagged([{ code: "frequent-adjusting", at: hoursBefore(24) }]).sessionAllowed).toBe(false);
    expect(flagged([{ code: "frequent-adjusting", at: hoursBefore(30) }]).sessionAllowed).toBe(false);
  });

  it("an acknowledgement naming another code, or dated after now, does not count", () => {
    expect(flagged([{ code: "persistent-48h", at: hoursBefore(1) }]).sessionAllowed).toBe(false);
    expect(flagged([{ code: "frequent-adjusting", at: hoursBefore(-1) }]).sessionAllowed).toBe(false);
    expect(flagged([{ code: "frequent-adjusting", at: "not a date" }]).sessionAllowed).toBe(false);
  });

  it("an acknowledgement at the very instant counts", () => {
    expect(flagged([{ code: "frequent-adjusting", at: hoursBefore(0) }]).sessionAllowed).toBe(true);
  });

  it("each flag needs its own acknowledgement", () => {
    const events = [
      ...frequentUrges,
      session(1, hoursBefore(60), "stopped-for-pain"),
      session(2, hoursBefore(40), "stopped-for-pain"),
    ];
    const one = [{ code: "frequent-adjusting", at: hoursBefore(1) }];
    const both = [...one, { code: "repeated-sharp-pain", at: hoursBefore(1) }];
    const screened = screening(allNo, hoursBefore(1));
    expect(
      assessSafety(input({ events, acknowledgements: one, latestScreening: screened })).sessionAllowed,
    ).toBe(false);
    expect(
      assessSafety(input({ events, acknowledgements: both, latestScreening: screened })).sessionAllowed,
    ).toBe(true);
  });

  it("an acknowledgement never lifts a block that is not a journal flag (property)", () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const everything = [
          ...SCREENING_LINK_IDS,
          ...ACKNOWLEDGEABLE_CODES,
          "stopped-for-pain",
          "no-screening",
          "screening-expired",
          "new-symptom",
        ].map((code) => ({ code, at: hoursBefore(0) }));
        const before = assessSafety(generated);
        const after = assessSafety({ ...generated, acknowledgements: everything });
        expect(after.level).toBe(before.level);
        expect(after.sessionAllowed).toBe(before.reasons.every((reason) => reason.acknowledgeable));
      }),
    );
  });
});

describe("[R-safety-state.screening-valid-24h] rescreen-needed: no screening, an old one, or a new symptom", () => {
  it("[C-rescreen-24h] asks for a first screening when there is none", () => {
    const state = assessSafety(input({ latestScreening: null }));
    expect(state).toMatchObject({ level: "rescreen-needed", sessionAllowed: false });
    expect(state.reasons).toEqual([expect.objectContaining({ code: "no-screening", origin: "screening" })]);
  });

  it("[C-rescreen-24h] accepts a screening exactly 24 h old and refuses one a millisecond older", () => {
    const at = (ms: number) => new Date(NOW - ms).toISOString();
    expect(assessSafety(input({ latestScreening: screening(allNo, at(24 * HOUR_MS)) })).level).toBe("ready");
    const old = assessSafety(input({ latestScreening: screening(allNo, at(24 * HOUR_MS + 1)) }));
    expect(old).toMatchObject({ level: "rescreen-needed", sessionAllowed: false });
    expect(old.reasons).toEqual([
      expect.objectContaining({
        code: "screening-expired",
        origin: "clock",
        since: new Date(NOW - 1).toISOString(),
      }),
    ]);
  });

  it("[C-rescreen-24h] [C-doubt-blocks] a screening with an unreadable date counts as expired", () => {
    const state = assessSafety(input({ latestScreening: screening(allNo, "last week") }));
    expect(state.reasons).toEqual([expect.objectContaining({ code: "screening-expired" })]);
    expect(state.reasons[0]).not.toHaveProperty("since");
  });

  it("[C-rescreen-new-symptom] any symptom in a check-in after the screening asks for a new screening", () => {
    const state = assessSafety(input({ events: [checkIn(1, hoursBefore(1), ["night-or-rest-pain"])] }));
    expect(state.reasons.map((reason) => [reason.code, reason.level])).toEqual([
      ["night-or-rest-pain", "see-professional"],
      ["new-symptom", "rescreen-needed"],
    ]);
    expect(state.reasons[1]?.since).toBe(hoursBefore(1));
  });

  it("[C-rescreen-new-symptom] a check-in without symptoms, or one before the screening, changes nothing", () => {
    const events = [checkIn(1, hoursBefore(1)), checkIn(2, hoursBefore(3), ["fever"])];
    expect(assessSafety(input({ events })).level).toBe("ready");
  });

  it("[C-rescreen-new-symptom] lists a symptom reported twice once, from its first report", () => {
    const events = [checkIn(2, hoursBefore(0.5), ["fever"]), checkIn(1, hoursBefore(1), ["fever"])];
    const state = assessSafety(input({ events }));
    expect(state.reasons.filter((reason) => reason.code === "fever")).toEqual([
      expect.objectContaining({ since: hoursBefore(1) }),
    ]);
  });
});

describe("[C-doubt-blocks] edges of the journal the safety state reads", () => {
  it("counts an event logged at exactly now", () => {
    const events = [urge(1, hoursBefore(1)), urge(2, hoursBefore(0))];
    expect(assessSafety(input({ events })).reasons).toEqual([
      expect.objectContaining({ code: "frequent-adjusting", since: hoursBefore(1) }),
    ]);
  });

  it("dates a journal flag from its first event", () => {
    expect(assessSafety(input({ events: frequentUrges })).reasons[0]?.since).toBe(hoursBefore(27));
  });

  it("treats two different events under one id as an unreadable journal, never picking one", () => {
    const events = [session(1, hoursBefore(1), "stopped-for-pain"), session(1, hoursBefore(1), "completed")];
    expect(assessSafety(input({ events })).reasons.map((reason) => reason.code)).toContain(
      "journal-unreadable",
    );
  });

  it("gives the same reasons in the same order whatever order simultaneous check-ins arrive in (time, then id)", () => {
    const first = checkIn(1, hoursBefore(1), ["fever"]);
    const second = checkIn(2, hoursBefore(1), ["night-or-rest-pain"]);
    const codes = (events: JournalEvent[]) => assessSafety(input({ events })).reasons.map((r) => r.code);
    expect(codes([second, first])).toEqual(codes([first, second]));
    expect(codes([second, first]).slice(0, 2)).toEqual(["fever", "night-or-rest-pain"]);
  });

  it("sorts a check-in with an unreadable date after the readable ones, so a symptom is dated by a real report", () => {
    const broken = { ...checkIn(1, hoursBefore(1), ["fever"]), at: "yesterday" } as JournalEvent;
    const events = [broken, checkIn(2, hoursBefore(1.5), ["fever"])];
    const state = assessSafety(input({ events }));
    expect(state.reasons.find((reason) => reason.code === "fever")?.since).toBe(hoursBefore(1.5));
    expect(state.reasons.map((reason) => reason.code)).toContain("journal-unreadable");
  });
});

describe("[C-doubt-blocks] what each reason says about where it came from", () => {
  it("names the time zone it cannot read", () => {
    expect(() => assessSafety(input({ timeZone: "Mars/Olympus" }))).toThrow(
      '"Mars/Olympus" is not an IANA time zone name',
    );
  });

  it("blocks as an emergency when a decision says emergency but lists only milder reasons", () => {
    const decision = { outcome: "emergency" as const, reasons: decide(yesTo("fever")).reasons };
    const state = assessSafety(input({ latestScreening: { decision, at: hoursBefore(1) } }));
    expect(state.level).toBe("emergency");
    expect(state.reasons.map((reason) => [reason.code, reason.level])).toEqual([
      ["emergency", "emergency"],
      ["fever", "see-professional"],
    ]);
  });

  it("gives a new symptom the check-in as its origin", () => {
    const state = assessSafety(input({ events: [checkIn(1, hoursBefore(1), ["fever"])] }));
    expect(state.reasons.find((reason) => reason.code === "new-symptom")?.origin).toBe("check-in");
  });

  it("gives a stop for pain the session as its origin, resting or not", () => {
    const stopped = [session(1, hoursBefore(1), "stopped-for-pain")];
    const resting = assessSafety(input({ events: stopped }));
    const nextDay = assessSafety(input({ events: stopped, now: instant(NOW + 13 * HOUR_MS) }));
    expect(resting.reasons[0]).toMatchObject({
      code: "stopped-for-pain",
      origin: "session",
      level: "rest-until",
    });
    expect(nextDay.reasons.find((reason) => reason.code === "stopped-for-pain")).toMatchObject({
      origin: "session",
      level: "rescreen-needed",
    });
  });

  it("does not rest after a completed or abandoned session", () => {
    const events = [session(1, hoursBefore(1.5), "completed"), session(2, hoursBefore(1), "abandoned")];
    expect(assessSafety(input({ events }))).toMatchObject({ level: "ready", sessionAllowed: true });
  });
});
