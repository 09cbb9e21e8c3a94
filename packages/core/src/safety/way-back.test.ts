import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { ACKNOWLEDGEABLE_CODES, assessSafety, type SafetyInput, type SafetyReason } from "./safety-state";
import { groupReasons, reasonEnd, SAFETY_CHECK_DUE, wayBack } from "./way-back";

// Saturday 5 December 2026, noon in London.
const NOW = instant(Date.parse("2026-12-05T12:00:00Z"));
const ZONE = "Europe/London";
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const hoursBefore = (hours: number, now: number = NOW) => new Date(now - hours * HOUR_MS).toISOString();
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
const urge = (n: number, at: string): JournalEvent => ({ type: "adjust-urge", id: uuid(n), at });
const stop = (n: number, at: string, outcome: "completed" | "stopped-for-pain" = "stopped-for-pain") =>
  ({ type: "session", id: uuid(n), at, technique: "supine-spinal-twist", outcome }) as JournalEvent;
const checkIn = (n: number, at: string, stiffness = 2, symptoms: ScreeningLinkId[] = []): JournalEvent => ({
  type: "check-in",
  id: uuid(n),
  at,
  stiffness,
  pain: 1,
  symptoms,
});
const explain = (given: SafetyInput) => {
  const state = assessSafety(given);
  return { state, groups: groupReasons(state, given), way: wayBack(state, given) };
};
const endOf = (given: SafetyInput, code: string) => {
  const reason = assessSafety(given).reasons.find((r) => r.code === code);
  if (!reason) throw new Error(`no ${code} reason`);
  return reasonEnd(reason, given);
};

describe("[R-safety-state.way-back] what ends each reason", () => {
  it("ends two urges on Thursday 3 December on Thursday 10 December, when no day of the last 7 has two", () => {
    const given = input({
      events: [urge(1, "2026-12-03T09:00:00Z"), urge(2, "2026-12-03T14:00:00Z"), urge(3, hoursBefore(1))],
    });
    const end = endOf(given, "frequent-adjusting");
    expect(end).toEqual({ kind: "date", at: "2026-12-10T09:00:00.001Z", when: "no-day-with-two-urges" });
    // Exactly then, and not a millisecond earlier, the journal rule lets it go.
    const at = (iso: string) => assessSafety({ ...given, now: instant(Date.parse(iso)) });
    expect(at("2026-12-10T09:00:00.000Z").reasons.map((r) => r.code)).toContain("frequent-adjusting");
    expect(at("2026-12-10T09:00:00.001Z").reasons.map((r) => r.code)).not.toContain("frequent-adjusting");
  });

  it("takes the latest day with two urges, counted in the person's own time zone", () => {
    // 23:30 and 00:30 London time are two days in London, one day (18:30, 19:30) in New York.
    const events = [urge(1, "2026-12-02T23:30:00Z"), urge(2, "2026-12-03T00:30:00Z")];
    expect(() => endOf(input({ events }), "frequent-adjusting")).toThrow(/no frequent-adjusting/);
    expect(endOf(input({ events, timeZone: "America/New_York" }), "frequent-adjusting")).toEqual({
      kind: "date",
      at: "2026-12-09T23:30:00.001Z",
      when: "no-day-with-two-urges",
    });
  });

  it("ends two stops for sharp pain in a week 7 days after the earlier of the latest two", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(1)),
      events: [
        stop(1, "2026-11-30T10:00:00Z"),
        stop(2, "2026-12-01T10:00:00Z"),
        stop(3, "2026-12-02T10:00:00Z"),
      ],
    });
    expect(endOf(given, "repeated-sharp-pain")).toEqual({
      kind: "date",
      at: "2026-12-08T10:00:00.001Z",
      when: "fewer-than-two-stops",
    });
  });

  it("ends P20 pain or stiffness from the journal with a check-in whose both are below 3/10", () => {
    const given = input({
      events: [
        checkIn(1, hoursBefore(60), 6),
        stop(2, hoursBefore(40), "completed"),
        checkIn(3, hoursBefore(3), 5),
      ],
    });
    expect(endOf(given, "persistent-48h")).toEqual({ kind: "eased-check-in", below: 3 });
  });

  it.each([
    ["Europe/London", "2026-12-05T08:00:00Z", "2026-12-06T00:00:00.000Z"],
    ["America/New_York", "2026-12-05T03:00:00Z", "2026-12-05T05:00:00.000Z"],
    ["Asia/Kathmandu", "2026-12-05T08:00:00Z", "2026-12-05T18:15:00.000Z"],
  ])("ends an emergency in %s with a new safety check from the next local day", (timeZone, at, from) => {
    const given = input({ timeZone, latestScreening: screening(yesTo("chest-pain"), at) });
    expect(endOf(given, "chest-pain")).toEqual({ kind: "safety-check", from });
  });

  it("ends a rest after a stop for pain with a new safety check from the next local midnight", () => {
    const given = input({ events: [stop(1, hoursBefore(1))] });
    expect(endOf(given, "stopped-for-pain")).toEqual({
      kind: "safety-check",
      from: "2026-12-06T00:00:00.000Z",
    });
  });

  it.each([
    [
      "a see-professional answer",
      input({ latestScreening: screening(yesTo("osteoporosis")) }),
      "osteoporosis",
    ],
    ["no safety check yet", input({ latestScreening: null }), "no-screening"],
    [
      "an old safety check",
      input({ latestScreening: screening(allNo, hoursBefore(30)) }),
      "screening-expired",
    ],
    ["a new symptom", input({ events: [checkIn(1, hoursBefore(1), 2, ["fever"])] }), "new-symptom"],
  ])("ends %s with a new safety check, at any time", (_name, given, code) => {
    expect(endOf(given, code)).toEqual({ kind: "safety-check" });
  });
});

describe("[R-safety-state.way-back] each reason read once", () => {
  it("shows stiffness ticked in a check-in once, and 'answer the safety questions again' once with both whys", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(30)),
      events: [checkIn(1, hoursBefore(1), 6, ["persistent-48h"])],
    });
    const { groups } = explain(given);
    expect(groups.map((g) => g.code)).toEqual(["persistent-48h", SAFETY_CHECK_DUE]);
    const due = groups[1];
    expect(due?.message).toBe(
      "Before the next session, the safety questions need answering again: you reported a new symptom in a check-in and your last safety check is more than 24 hours old.",
    );
    expect(due?.codes).toEqual(["new-symptom", "screening-expired"]);
    expect(due?.origins).toEqual(["check-in", "clock"]);
  });

  it("names every source of one reason on one line, and cannot be acknowledged when one part cannot", () => {
    const given = input({
      latestScreening: screening(yesTo("frequent-adjusting")),
      events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))],
    });
    const { groups } = explain(given);
    const line = groups.filter((g) => g.code === "frequent-adjusting");
    expect(line).toHaveLength(1);
    expect(line[0]?.origins).toEqual(["screening", "journal"]);
    expect(line[0]?.acknowledgeable).toBe(false);
    expect(line[0]?.ends.map((e) => e.kind)).toEqual(["safety-check", "date"]);
  });

  it("gives every reason exactly one line, and no two lines the same code (property)", () => {
    fc.assert(
      fc.property(inputArb, (given) => {
        const { state, groups } = explain(given);
        const codes = groups.map((g) => g.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const reason of state.reasons) {
          const holding = groups.filter(
            (g) => g.codes.includes(reason.code) && g.origins.includes(reason.origin),
          );
          expect(holding.length, reason.code).toBeGreaterThanOrEqual(1);
        }
        expect(groups.length).toBeLessThanOrEqual(state.reasons.length);
        expect(groups[0]?.level ?? "ready").toBe(state.level);
      }),
    );
  });
});

describe("[R-safety-state.way-back] the earliest way back to a session", () => {
  it("is open when a session is allowed", () => {
    expect(explain(input()).way).toEqual({ kind: "open" });
  });

  it("after a stop for pain: from the next local midnight, with a new safety check", () => {
    expect(explain(input({ events: [stop(1, hoursBefore(1))] })).way).toEqual({
      kind: "steps",
      from: "2026-12-06T00:00:00.000Z",
      safetyCheck: true,
      acknowledge: [],
    });
  });

  it("for a journal trend alone: now, by saying 'I understand'", () => {
    const given = input({ events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))] });
    expect(explain(given).way).toEqual({
      kind: "steps",
      from: null,
      safetyCheck: false,
      acknowledge: ["frequent-adjusting"],
    });
  });

  it("asks again for an 'I understand' that runs out before the rest ends", () => {
    const given = input({
      events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4)), stop(3, hoursBefore(1))],
      acknowledgements: [{ code: "frequent-adjusting", at: hoursBefore(20) }],
    });
    expect(explain(given).way).toMatchObject({
      from: "2026-12-06T00:00:00.000Z",
      acknowledge: ["frequent-adjusting"],
    });
  });

  it("has none while part of the journal cannot be read", () => {
    const given = input({
      events: [
        urge(1, hoursBefore(5)),
        { ...urge(1, hoursBefore(4)), type: "adjust-urge" },
        checkIn(1, hoursBefore(3)),
      ],
    });
    expect(explain(given).way).toEqual({ kind: "unreadable-journal" });
  });

  it("opens a session when followed: wait until it says, answer all no, say 'I understand' (property)", () => {
    fc.assert(
      fc.property(inputArb, (given) => {
        const { state, way } = explain(given);
        expect(way.kind === "open").toBe(state.sessionAllowed);
        if (way.kind !== "steps") return;
        const at = way.from === null ? given.now : instant(Date.parse(way.from));
        const followed = assessSafety({
          ...given,
          now: at,
          latestScreening: way.safetyCheck
            ? screening(allNo, new Date(at).toISOString())
            : given.latestScreening,
          acknowledgements: [
            ...given.acknowledgements,
            ...way.acknowledge.map((code) => ({ code, at: new Date(at).toISOString() })),
          ],
        });
        expect(followed.sessionAllowed, JSON.stringify(followed.reasons)).toBe(true);
      }),
    );
  });

  it("is the earliest: a millisecond before it, doing the same does not open a session (property)", () => {
    fc.assert(
      fc.property(inputArb, (given) => {
        const { state, way } = explain(given);
        // An emergency's day is the safety state's own rule (design); here only the rest's midnight is checked.
        if (way.kind !== "steps" || way.from === null || state.level === "emergency") return;
        const at = Date.parse(way.from) - 1;
        const early = assessSafety({
          ...given,
          now: instant(at),
          latestScreening: screening(allNo, new Date(at).toISOString()),
          acknowledgements: [
            ...given.acknowledgements,
            ...ACKNOWLEDGEABLE_CODES.map((code) => ({ code, at: new Date(at).toISOString() })),
          ],
        });
        expect(early.sessionAllowed).toBe(false);
      }),
    );
  });
});

/** Any journal within the 10 days before NOW, with screenings, symptoms and acknowledgements of every kind. */
const eventArb = fc.oneof(
  fc.record({
    type: fc.constant("check-in" as const),
    at: fc.integer({ min: 0, max: 240 }),
    stiffness: fc.integer({ min: 0, max: 10 }),
    pain: fc.integer({ min: 0, max: 10 }),
    symptoms: fc.subarray([...SCREENING_LINK_IDS], { maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant("session" as const),
    at: fc.integer({ min: 0, max: 240 }),
    technique: fc.constant("thoracic-foam-roll" as const),
    outcome: fc.constantFrom("completed" as const, "stopped-for-pain" as const, "abandoned" as const),
  }),
  fc.record({ type: fc.constant("adjust-urge" as const), at: fc.integer({ min: 0, max: 240 }) }),
);
const inputArb = fc.record({
  latestScreening: fc.option(
    fc.record({
      decision: fc.subarray([...SCREENING_LINK_IDS], { maxLength: 2 }).map((ids) => decide(yesTo(...ids))),
      at: fc.integer({ min: 0, max: 72 }).map((h) => hoursBefore(h)),
    }),
    { nil: null },
  ),
  events: fc
    .array(eventArb, { maxLength: 12 })
    .map((events) =>
      events.map((e, n) => ({ ...e, id: uuid(n + 1), at: hoursBefore(e.at) }) as JournalEvent),
    ),
  acknowledgements: fc.array(
    fc.record({
      code: fc.constantFrom(...ACKNOWLEDGEABLE_CODES),
      at: fc.integer({ min: 0, max: 30 }).map((h) => hoursBefore(h)),
    }),
    { maxLength: 3 },
  ),
  timeZone: fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"),
  now: fc.constant(NOW),
});

/** A reason as the safety state would hold it, for the rules that read a reason alone. */
const reasonOf = (overrides: Partial<SafetyReason> & Pick<SafetyReason, "code" | "level">): SafetyReason => ({
  origin: "screening",
  message: "a reason",
  source: "Limber product rule",
  acknowledgeable: false,
  acknowledged: false,
  ...overrides,
});

describe("[R-safety-state.way-back] what ends a journal trend counts only its own events, within the window", () => {
  it("counts only the urges on a day, not the check-ins, sessions or stops recorded that day", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(1)),
      events: [
        urge(1, "2026-12-03T09:00:00Z"),
        urge(2, "2026-12-03T14:00:00Z"),
        stop(3, "2026-12-03T20:00:00Z"),
        stop(4, "2026-12-03T21:00:00Z", "completed"),
        checkIn(5, "2026-12-03T22:00:00Z"),
      ],
    });
    expect(endOf(given, "frequent-adjusting")).toEqual({
      kind: "date",
      at: "2026-12-10T09:00:00.001Z",
      when: "no-day-with-two-urges",
    });
  });

  it("counts only the stops for sharp pain, not completed or abandoned sessions, urges or check-ins", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(1)),
      events: [
        stop(1, "2026-11-30T10:00:00Z"),
        stop(2, "2026-12-01T10:00:00Z"),
        stop(3, "2026-12-02T10:00:00Z", "completed"),
        { ...(stop(4, "2026-12-03T10:00:00Z") as object), outcome: "abandoned" } as JournalEvent,
        urge(5, "2026-12-03T11:00:00Z"),
        urge(6, "2026-12-03T12:00:00Z"),
        checkIn(7, "2026-12-04T10:00:00Z"),
      ],
    });
    expect(endOf(given, "repeated-sharp-pain")).toEqual({
      kind: "date",
      at: "2026-12-07T10:00:00.001Z",
      when: "fewer-than-two-stops",
    });
  });

  it("counts an urge at exactly now, and not one dated after now (another device's clock)", () => {
    const given = input({
      events: [urge(1, hoursBefore(1)), urge(2, hoursBefore(0)), urge(3, hoursBefore(-1))],
    });
    expect(endOf(given, "frequent-adjusting")).toEqual({
      kind: "date",
      at: "2026-12-12T11:00:00.001Z",
      when: "no-day-with-two-urges",
    });
  });

  it("counts an urge exactly 7 days old: the trend then ends 1 ms after now", () => {
    const given = input({ events: [urge(1, hoursBefore(7 * 24)), urge(2, hoursBefore(7 * 24 - 1))] });
    expect(endOf(given, "frequent-adjusting")).toEqual({
      kind: "date",
      at: "2026-12-05T12:00:00.001Z",
      when: "no-day-with-two-urges",
    });
  });

  it("reads the two latest urges of a day whatever order the journal lists them in", () => {
    const given = input({
      events: [
        urge(1, "2026-12-03T14:00:00Z"),
        urge(2, "2026-12-03T09:00:00Z"),
        urge(3, "2026-12-03T11:00:00Z"),
      ],
    });
    expect(endOf(given, "frequent-adjusting")).toMatchObject({ at: "2026-12-10T11:00:00.001Z" });
  });

  it("ends an unreadable journal only with readable entries", () => {
    const given = input({ events: [urge(1, hoursBefore(5)), checkIn(1, hoursBefore(3))] });
    expect(endOf(given, "journal-unreadable")).toEqual({ kind: "readable-journal" });
    expect(explain(given).groups.find((g) => g.code === "journal-unreadable")?.ends).toEqual([
      { kind: "readable-journal" },
    ]);
  });
});

describe("[R-safety-state.way-back] only an emergency or a rest waits for the next local day", () => {
  const since = "2026-12-05T08:00:00Z";
  it.each([
    ["an emergency", reasonOf({ code: "chest-pain", level: "emergency", since }), "2026-12-06T00:00:00.000Z"],
    [
      "the rest after a stop for pain",
      reasonOf({ code: "stopped-for-pain", level: "rest-until", origin: "session", since }),
      "2026-12-06T00:00:00.000Z",
    ],
    [
      "an emergency whose start is not known",
      reasonOf({ code: "chest-pain", level: "emergency" }),
      undefined,
    ],
    [
      "an emergency whose start cannot be read",
      reasonOf({ code: "chest-pain", level: "emergency", since: "this morning" }),
      undefined,
    ],
    [
      "a rest whose start is not known",
      reasonOf({ code: "stopped-for-pain", level: "rest-until", origin: "session" }),
      undefined,
    ],
    [
      "a stop for pain after its rest",
      reasonOf({ code: "stopped-for-pain", level: "rescreen-needed", origin: "session", since }),
      undefined,
    ],
    ["a rest for any other reason", reasonOf({ code: "new-symptom", level: "rest-until", since }), undefined],
    [
      "a see-professional answer",
      reasonOf({ code: "osteoporosis", level: "see-professional", since }),
      undefined,
    ],
  ])("%s: a new safety check, from %s", (_name, reason, from) => {
    expect(reasonEnd(reason, input())).toEqual(
      from ? { kind: "safety-check", from } : { kind: "safety-check" },
    );
  });
});

describe("[R-safety-state.way-back] each line, with what ends it", () => {
  it("lists each end once, whatever order the reasons come in", () => {
    const given = input({
      latestScreening: screening(yesTo("frequent-adjusting"), hoursBefore(3)),
      events: [
        checkIn(1, hoursBefore(2), 2, ["frequent-adjusting"]),
        urge(2, hoursBefore(5)),
        urge(3, hoursBefore(4)),
      ],
    });
    const state = assessSafety(given);
    expect(
      new Set(state.reasons.filter((r) => r.code === "frequent-adjusting").map((r) => r.origin)),
    ).toEqual(new Set(["screening", "check-in", "journal"]));
    for (const reasons of [
      state.reasons,
      [...state.reasons].reverse(),
      [state.reasons[0], state.reasons[2], state.reasons[1]],
    ]) {
      const line = groupReasons({ ...state, reasons: reasons as SafetyReason[] }, given).find(
        (g) => g.code === "frequent-adjusting",
      );
      expect(line?.ends).toHaveLength(2);
      expect(line?.ends).toEqual(
        expect.arrayContaining([{ kind: "safety-check" }, expect.objectContaining({ kind: "date" })]),
      );
    }
  });

  it("says a journal trend alone can be acknowledged, and whether it has been, with its source and start", () => {
    const events = [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))];
    const line = (acknowledgements: SafetyInput["acknowledgements"]) =>
      explain(input({ events, acknowledgements })).groups.find((g) => g.code === "frequent-adjusting");
    expect(line([])).toMatchObject({
      acknowledgeable: true,
      acknowledged: false,
      sources: ["P20"],
      since: hoursBefore(5),
    });
    expect(line([{ code: "frequent-adjusting", at: hoursBefore(1) }])).toMatchObject({
      acknowledgeable: true,
      acknowledged: true,
    });
  });

  it("cannot be acknowledged, nor counts as acknowledged, when a screening 'yes' stands beside the trend", () => {
    const given = input({
      latestScreening: screening(yesTo("frequent-adjusting")),
      events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))],
      acknowledgements: [{ code: "frequent-adjusting", at: hoursBefore(1) }],
    });
    const line = explain(given).groups.find((g) => g.code === "frequent-adjusting");
    expect(line).toMatchObject({ acknowledgeable: false, acknowledged: false, since: hoursBefore(2) });
    expect(line?.sources).toEqual([
      ...new Set(
        assessSafety(given)
          .reasons.filter((r) => r.code === "frequent-adjusting")
          .map((r) => r.source),
      ),
    ]);
    expect(line?.sources.length).toBeGreaterThan(0);
  });

  it("gives a line whose reason has no start no start either", () => {
    const { groups } = explain(
      input({ latestScreening: null, events: [urge(1, hoursBefore(5)), checkIn(1, hoursBefore(3))] }),
    );
    const unreadable = groups.find((g) => g.code === "journal-unreadable");
    const due = groups.find((g) => g.code === SAFETY_CHECK_DUE);
    expect(unreadable && Object.hasOwn(unreadable, "since")).toBe(false);
    expect(due && Object.hasOwn(due, "since")).toBe(false);
  });

  it("names the 'answer again' line by the code the screens key their words on", () => {
    // packages/web/src/safety/way-out-words.ts words this line by its code.
    expect(SAFETY_CHECK_DUE).toBe("safety-check-due");
    expect(explain(input({ latestScreening: null })).groups.map((g) => g.code)).toEqual(["safety-check-due"]);
  });

  it("ends the 'answer again' line with a new safety check, and names one why as a sentence", () => {
    const due = explain(input({ latestScreening: null })).groups.find((g) => g.code === SAFETY_CHECK_DUE);
    expect(due?.message).toBe(
      "Before the next session, the safety questions need answering again: you have not answered them yet.",
    );
    expect(due?.ends).toEqual([{ kind: "safety-check" }]);
  });

  it("names three whys as 'a, b and c'", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(30)),
      events: [stop(1, hoursBefore(20)), checkIn(2, hoursBefore(1), 2, ["fever"])],
    });
    expect(explain(given).groups.find((g) => g.code === SAFETY_CHECK_DUE)?.message).toBe(
      "Before the next session, the safety questions need answering again: you reported a new symptom in a check-in, you stopped your last session because of pain and your last safety check is more than 24 hours old.",
    );
  });

  it("puts on the 'answer again' line only the reasons a new safety check alone ends", () => {
    const given = input({ events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))] });
    const trend = reasonOf({ code: "frequent-adjusting", level: "rescreen-needed", origin: "journal" });
    const groups = groupReasons({ level: "rescreen-needed", reasons: [trend], sessionAllowed: false }, given);
    expect(groups.map((g) => g.code)).toEqual(["frequent-adjusting"]);
    expect(groups[0]?.ends).toEqual([expect.objectContaining({ kind: "date" })]);
  });
});

describe("[R-safety-state.way-back] how long an 'I understand' and an emergency's day count on the way back", () => {
  // A see-professional answer keeps sessions closed, so the way back lists every step.
  const blocked = (acknowledgements: SafetyInput["acknowledgements"]) =>
    explain(
      input({
        latestScreening: screening(yesTo("osteoporosis")),
        events: [urge(1, hoursBefore(5)), urge(2, hoursBefore(4))],
        acknowledgements,
      }),
    ).way;
  it.each([
    ["given an hour ago", [{ code: "frequent-adjusting", at: hoursBefore(1) }], []],
    ["given at this very moment", [{ code: "frequent-adjusting", at: hoursBefore(0) }], []],
    [
      "given 24 hours less 1 ms ago",
      [{ code: "frequent-adjusting", at: new Date(NOW - 24 * HOUR_MS + 1).toISOString() }],
      [],
    ],
    [
      "given exactly 24 hours ago",
      [{ code: "frequent-adjusting", at: hoursBefore(24) }],
      ["frequent-adjusting"],
    ],
    [
      "dated an hour from now (another device's clock)",
      [{ code: "frequent-adjusting", at: hoursBefore(-1) }],
      ["frequent-adjusting"],
    ],
    ["of another reason", [{ code: "persistent-48h", at: hoursBefore(1) }], ["frequent-adjusting"]],
  ])("an 'I understand' %s: asks for %j", (_name, acknowledgements, acknowledge) => {
    expect(blocked(acknowledgements)).toEqual({ kind: "steps", from: null, safetyCheck: true, acknowledge });
  });

  it("waits for the end of the day of the latest emergency answer, even when an earlier one is the reason shown", () => {
    const given = input({
      latestScreening: screening(allNo, hoursBefore(50)),
      events: [
        checkIn(1, "2026-12-04T10:00:00Z", 2, ["chest-pain"]),
        checkIn(2, "2026-12-05T09:00:00Z", 2, ["chest-pain"]),
      ],
    });
    const { state, way } = explain(given);
    expect(state.reasons.filter((r) => r.code === "chest-pain").map((r) => r.since)).toEqual([
      "2026-12-04T10:00:00Z",
    ]);
    expect(state.emergencyUntil).toBe("2026-12-06T00:00:00.000Z");
    expect(way).toEqual({
      kind: "steps",
      from: "2026-12-06T00:00:00.000Z",
      safetyCheck: true,
      acknowledge: [],
    });
  });

  it("needs every step it names: leaving out the safety check or one 'I understand' keeps sessions closed (property)", () => {
    fc.assert(
      fc.property(inputArb, (given) => {
        const { way } = explain(given);
        if (way.kind !== "steps" || way.from !== null) return;
        const follow = (check: boolean, codes: readonly string[]) =>
          assessSafety({
            ...given,
            latestScreening: check
              ? screening(allNo, new Date(given.now).toISOString())
              : given.latestScreening,
            acknowledgements: [
              ...given.acknowledgements,
              ...codes.map((code) => ({ code, at: new Date(given.now).toISOString() })),
            ],
          }).sessionAllowed;
        if (way.safetyCheck) expect(follow(false, way.acknowledge)).toBe(false);
        for (const code of way.acknowledge) {
          expect(
            follow(
              way.safetyCheck,
              way.acknowledge.filter((c) => c !== code),
            ),
            code,
          ).toBe(false);
        }
      }),
    );
  });
});
