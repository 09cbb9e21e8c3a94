/**
 * The journal rules as a specification (design: "Journal contract"): persistent-48h, frequent-adjusting,
 * repeated-sharp-pain and reported screening symptoms. Times are written as local ISO strings with their
 * offset, so each example states its own wall-clock time independently of the time-zone database.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeIssues } from "../result";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { triage } from "../screening/triage";
import { assessJournal, type Flag } from "./assess";

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, "0")}`;
const checkIn = (at: string, stiffness: number, symptoms: string[] = [], pain = 2) => ({
  type: "check-in",
  id: uuid(),
  at,
  stiffness,
  pain,
  symptoms,
});
const session = (at: string, outcome = "completed") => ({
  type: "session",
  id: uuid(),
  at,
  technique: "supine-spinal-twist",
  outcome,
});
const urge = (at: string) => ({ type: "adjust-urge", id: uuid(), at });
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function flagsOf(events: unknown[], now: string, timeZone = "Europe/London"): Flag[] {
  const result = assessJournal({ timeZone, now, events });
  if (!result.ok) throw new Error(describeIssues(result.issues));
  return result.value.flags;
}
const codes = (flags: Flag[]) => flags.map((flag) => flag.code);

describe("[R-journal.threshold.persistentMs] [R-escalation.journal.persistent-48h] persistent-48h (P20): back pain or stiffness for more than 48 hours despite gentle stretching", () => {
  const start = "2026-11-20T08:00:00Z";
  /** A stiff run from `start` lasting `hours`, with a completed session in the middle. */
  const stiffRun = (hours: number, stiffness = 5) => [
    checkIn(start, stiffness),
    session(plus(start, (hours / 2) * HOUR)),
    checkIn(plus(start, hours * HOUR), stiffness),
  ];

  it("flags stiffness of 3 or more lasting 49 hours with a completed session in between", () => {
    expect(flagsOf(stiffRun(49), "2026-11-23T08:00:00Z")).toEqual([
      {
        code: "persistent-48h",
        severity: "see-professional",
        message:
          "Your back pain or stiffness has not eased for over 48 hours despite gentle stretching (Limber counts 3/10 or more as not eased). It is time to consult a physical therapist or physician.",
        since: "2026-11-20T08:00:00.000Z",
      },
    ]);
  });

  it("does not flag a run of 47 hours", () => {
    expect(flagsOf(stiffRun(47), "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it("does not flag a run of exactly 48 hours: the article says more than 48", () => {
    expect(flagsOf(stiffRun(48), "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it("flags a run one minute longer than 48 hours", () => {
    const events = [
      checkIn(start, 4),
      session(plus(start, HOUR)),
      checkIn(plus(start, 48 * HOUR + 60_000), 4),
    ];
    expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).toEqual(["persistent-48h"]);
  });

  it("flags exactly when the run lasts more than 48 hours, for any duration up to four days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 96 * 60 }),
        fc.integer({ min: 3, max: 10 }),
        (minutes, stiffness) => {
          const events = [
            checkIn(start, stiffness),
            session(plus(start, (minutes / 2) * 60_000)),
            checkIn(plus(start, minutes * 60_000), stiffness),
          ];
          expect(codes(flagsOf(events, "2026-11-25T08:00:00Z")).includes("persistent-48h")).toBe(
            minutes > 48 * 60,
          );
        },
      ),
    );
  });

  it("[R-journal.threshold.persistentStiffness] counts stiffness of exactly 3 but not 2", () => {
    expect(codes(flagsOf(stiffRun(50, 3), "2026-11-23T08:00:00Z"))).toEqual(["persistent-48h"]);
    expect(flagsOf(stiffRun(50, 2), "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it.each(["stopped-for-pain", "abandoned"])(
    "does not count a session that was %s as gentle stretching",
    (outcome) => {
      const events = [
        checkIn(start, 6),
        session(plus(start, HOUR), outcome),
        checkIn(plus(start, 50 * HOUR), 6),
      ];
      expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).not.toContain("persistent-48h");
    },
  );

  it("does not flag without any session: the stretching has not been tried", () => {
    const events = [checkIn(start, 6), checkIn(plus(start, 50 * HOUR), 6)];
    expect(flagsOf(events, "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it("ignores a completed session before the run began or after its latest check-in", () => {
    const events = [
      session(plus(start, -HOUR)),
      checkIn(start, 6),
      checkIn(plus(start, 50 * HOUR), 6),
      session(plus(start, 51 * HOUR)),
    ];
    expect(flagsOf(events, "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it.each([
    ["the run's first check-in", 0],
    ["its latest check-in", 50],
  ])("counts a completed session at the same instant as %s", (_label, hours) => {
    const events = [
      checkIn(start, 6),
      session(plus(start, hours * HOUR)),
      checkIn(plus(start, 50 * HOUR), 6),
    ];
    expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).toEqual(["persistent-48h"]);
  });

  it("starts the run after the latest check-in below 3, so an easier day resets the clock", () => {
    const events = [
      checkIn(start, 7),
      session(plus(start, 2 * HOUR)),
      checkIn(plus(start, 24 * HOUR), 2),
      checkIn(plus(start, 30 * HOUR), 6),
      session(plus(start, 40 * HOUR)),
      checkIn(plus(start, 60 * HOUR), 6),
    ];
    expect(flagsOf(events, "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it("measures from the first check-in of the latest run, through every stiff check-in in between", () => {
    const runStart = plus(start, 30 * HOUR);
    const events = [
      checkIn(start, 2),
      checkIn(runStart, 4),
      checkIn(plus(runStart, 20 * HOUR), 8),
      session(plus(runStart, 21 * HOUR)),
      checkIn(plus(runStart, 40 * HOUR), 5),
      checkIn(plus(runStart, 49 * HOUR), 3),
    ];
    expect(flagsOf(events, "2026-11-25T08:00:00Z")).toMatchObject([
      { code: "persistent-48h", since: runStart },
    ]);
  });

  it("does not flag when the latest check-in has eased below 3, however long the stiff run before it", () => {
    const events = [...stiffRun(72), checkIn(plus(start, 73 * HOUR), 1)];
    expect(flagsOf(events, "2026-11-24T08:00:00Z")).toEqual([]);
  });

  it("does not flag a single stiff check-in", () => {
    expect(flagsOf([session(start), checkIn(plus(start, HOUR), 9)], "2026-11-23T08:00:00Z")).toEqual([]);
  });

  it("is not interrupted by urges or sessions between the check-ins", () => {
    const events = [
      ...stiffRun(50),
      urge(plus(start, 10 * HOUR)),
      session(plus(start, 11 * HOUR), "abandoned"),
    ];
    expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).toEqual(["persistent-48h"]);
  });

  it("agrees with a direct reading of the design's rule on random journals", () => {
    type Entry = { hour: number; kind: "check-in"; stiffness: number } | { hour: number; kind: string };
    const entry = fc.oneof(
      fc.record({ kind: fc.constant("check-in" as const), stiffness: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ kind: fc.constantFrom("completed", "stopped-for-pain", "abandoned") }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 10 }),
        fc.array(entry, { minLength: 10, maxLength: 10 }),
        (hours, kinds) => {
          const entries: Entry[] = hours.map((hour, index) => ({
            hour,
            ...(kinds[index] ?? { kind: "abandoned" }),
          }));
          // The design: take the latest run of consecutive check-ins with stiffness >= 3; flag when the latest
          // check-in is in it, lies more than 48 h after the run's first, and a completed session lies between.
          const checkIns = entries
            .filter((e): e is Extract<Entry, { stiffness: number }> => "stiffness" in e)
            .sort((a, b) => a.hour - b.hour);
          let runStart = checkIns.length;
          while (runStart > 0 && (checkIns[runStart - 1]?.stiffness ?? 0) >= 3) runStart--;
          const first = checkIns[runStart];
          const latest = checkIns.at(-1);
          const expected =
            first !== undefined &&
            latest !== undefined &&
            latest.hour - first.hour > 48 &&
            entries.some((e) => e.kind === "completed" && e.hour >= first.hour && e.hour <= latest.hour);
          const events = entries.map((e) =>
            "stiffness" in e
              ? checkIn(plus(start, e.hour * HOUR), e.stiffness)
              : session(plus(start, e.hour * HOUR), e.kind),
          );
          expect(codes(flagsOf(events, plus(start, 121 * HOUR))).includes("persistent-48h")).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('[R-escalation.journal.persistent-48h] [C-journal-flags-escalate] persistent-48h covers back pain as well as stiffness (P20: "back pain or stiffness")', () => {
  const start = "2026-11-20T08:00:00Z";

  it("flags pain of 3 or more lasting 49 hours with a completed session in between, stiffness staying low", () => {
    const events = [
      checkIn(start, 1, [], 6),
      session(plus(start, 24 * HOUR)),
      checkIn(plus(start, 49 * HOUR), 0, [], 4),
    ];
    expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).toEqual(["persistent-48h"]);
  });

  it("a check-in with both below 3 ends the run, whichever was high before", () => {
    const events = [
      checkIn(start, 1, [], 6),
      session(plus(start, 10 * HOUR)),
      checkIn(plus(start, 20 * HOUR), 2, [], 2),
      checkIn(plus(start, 49 * HOUR), 1, [], 5),
    ];
    expect(codes(flagsOf(events, "2026-11-23T08:00:00Z"))).not.toContain("persistent-48h");
  });

  it("a pain-only run behaves exactly as a stiffness-only run (property)", () => {
    type Entry = { hour: number; level: number; other: number } | { hour: number; kind: string };
    const entry = fc.oneof(
      fc.record({ level: fc.integer({ min: 0, max: 10 }), other: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constantFrom("completed", "abandoned", "stopped-for-pain") }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 10 }),
        fc.array(entry, { minLength: 10, maxLength: 10 }),
        (hours, kinds) => {
          const entries: Entry[] = hours.map((hour, index) => ({
            hour,
            ...(kinds[index] ?? { kind: "abandoned" }),
          }));
          const journal = (painOnly: boolean) =>
            entries.map((e) =>
              "level" in e
                ? painOnly
                  ? checkIn(plus(start, e.hour * HOUR), e.other, [], e.level)
                  : checkIn(plus(start, e.hour * HOUR), e.level, [], e.other)
                : session(plus(start, e.hour * HOUR), e.kind),
            );
          const now = plus(start, 121 * HOUR);
          expect(flagsOf(journal(true), now)).toEqual(flagsOf(journal(false), now));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("[R-journal.threshold.adjustUrgesPerDay] [R-escalation.journal.frequent-adjusting] frequent-adjusting (P20): two or more urges to adjust on one local day within the last 7 days", () => {
  const now = "2026-11-24T20:00:00Z";

  it("flags two urges on the same day, since the first of them", () => {
    const events = [urge("2026-11-22T09:00:00Z"), urge("2026-11-22T18:00:00Z")];
    expect(flagsOf(events, now)).toEqual([
      {
        code: "frequent-adjusting",
        severity: "see-professional",
        message:
          "You felt the urge to crack your back several times a day on 1 of the last 7 days (Limber looks back 7 days). A frequent need to adjust your back is a reason to consult a physical therapist or physician.",
        since: "2026-11-22T09:00:00.000Z",
      },
    ]);
  });

  it("does not flag one urge a day, even every day of the week", () => {
    const events = Array.from({ length: 7 }, (_, day) => urge(plus("2026-11-18T12:00:00Z", day * DAY)));
    expect(flagsOf(events, now)).toEqual([]);
  });

  it("counts the frequent days and dates the flag from the earliest of them", () => {
    const events = [
      urge("2026-11-23T07:00:00Z"),
      urge("2026-11-23T08:00:00Z"),
      urge("2026-11-20T07:00:00Z"),
      urge("2026-11-20T21:00:00Z"),
      urge("2026-11-21T10:00:00Z"),
    ];
    expect(flagsOf(events, now)).toMatchObject([
      {
        code: "frequent-adjusting",
        since: "2026-11-20T07:00:00.000Z",
        message: expect.stringContaining("on 2 of"),
      },
    ]);
  });

  it("[R-journal.threshold.recentWindowMs] ignores urges more than 7 days before now", () => {
    const events = [urge(plus(now, -7 * DAY - 60_000)), urge(plus(now, -7 * DAY - 30_000))];
    expect(flagsOf(events, now)).toEqual([]);
  });

  it("counts urges exactly 7 days before now", () => {
    const events = [urge(plus(now, -7 * DAY)), urge(plus(now, -7 * DAY + 60_000))];
    expect(codes(flagsOf(events, now))).toEqual(["frequent-adjusting"]);
  });

  it("only counts the urges inside the window on a day that straddles its start", () => {
    const events = [urge(plus(now, -7 * DAY - HOUR)), urge(plus(now, -7 * DAY + HOUR))];
    expect(flagsOf(events, now)).toEqual([]);
  });

  // Each pair is written in the zone's own wall-clock time and offset; `sameDay` is the local calendar fact.
  it.each([
    ["Asia/Kolkata", "2026-11-20T23:50:00+05:30", "2026-11-21T00:10:00+05:30", false],
    ["Asia/Kolkata", "2026-11-21T00:10:00+05:30", "2026-11-21T23:50:00+05:30", true],
    ["Pacific/Kiritimati", "2026-11-21T00:30:00+14:00", "2026-11-21T23:30:00+14:00", true],
    ["Pacific/Kiritimati", "2026-11-20T23:00:00+14:00", "2026-11-21T01:00:00+14:00", false],
    ["Pacific/Chatham", "2026-11-20T23:45:00+13:45", "2026-11-21T00:05:00+13:45", false],
    ["Pacific/Chatham", "2026-11-21T00:05:00+13:45", "2026-11-21T23:55:00+13:45", true],
    ["Europe/London", "2026-03-29T00:30:00+00:00", "2026-03-29T23:30:00+01:00", true],
    ["Europe/London", "2026-03-29T23:30:00+01:00", "2026-03-30T00:30:00+01:00", false],
    ["Europe/London", "2026-10-25T01:30:00+01:00", "2026-10-25T01:10:00+00:00", true],
    ["America/New_York", "2026-11-01T00:30:00-04:00", "2026-11-01T23:30:00-05:00", true],
    ["America/New_York", "2026-11-01T23:30:00-05:00", "2026-11-02T00:30:00-05:00", false],
    ["Australia/Lord_Howe", "2026-10-04T00:15:00+10:30", "2026-10-04T23:45:00+11:00", true],
    ["Australia/Lord_Howe", "2026-10-03T23:30:00+10:30", "2026-10-04T00:15:00+10:30", false],
  ])("in %s, urges at %s and %s are on the same local day: %s", (timeZone, first, second, sameDay) => {
    const now = plus(second, 2 * DAY);
    const flags = flagsOf([urge(first), urge(second)], now, timeZone);
    expect(codes(flags)).toEqual(sameDay ? ["frequent-adjusting"] : []);
  });

  const ZONES = [
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
  ];

  /** The local date from the zone's UTC offset at that instant: a different path from the rule's own. */
  const localDate = (epochMs: number, timeZone: string) => {
    const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(new Date(epochMs))
      .find((part) => part.type === "timeZoneName")?.value;
    const match = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name ?? "");
    if (!match) throw new Error(`unexpected offset ${name}`);
    const sign = match[1] === "-" ? -1 : 1;
    const offset = match[1] ? sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
    return new Date(epochMs + offset).toISOString().slice(0, 10);
  };

  it("groups urges by local calendar day in any time zone, across DST changes and odd offsets", () => {
    const year = Date.parse("2026-01-01T00:00:00Z");
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.array(fc.integer({ min: 0, max: 7 * 24 * 60 }), { minLength: 1, maxLength: 6 }),
        (timeZone, nowMinute, minutesBefore) => {
          const nowMs = year + nowMinute * 60_000;
          const instants = minutesBefore.map((m) => nowMs - m * 60_000).sort((a, b) => a - b);
          const perDay = new Map<string, number[]>();
          for (const t of instants) {
            const day = localDate(t, timeZone);
            perDay.set(day, [...(perDay.get(day) ?? []), t]);
          }
          const frequent = [...perDay.values()].filter((urges) => urges.length >= 2);
          const events = instants.map((t) => urge(new Date(t).toISOString()));
          const flags = flagsOf(events, new Date(nowMs).toISOString(), timeZone);
          const firstDay = frequent[0];
          if (firstDay === undefined) {
            expect(flags).toEqual([]);
          } else {
            expect(flags).toMatchObject([
              {
                code: "frequent-adjusting",
                since: new Date(firstDay[0] ?? Number.NaN).toISOString(),
                message: expect.stringContaining(`on ${frequent.length} of the last 7 days`),
              },
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("[R-journal.threshold.sharpPainStops] [R-escalation.journal.repeated-sharp-pain] repeated-sharp-pain (product rule): two or more sessions stopped for pain within 7 days", () => {
  const now = "2026-11-24T20:00:00Z";

  it("flags two sessions stopped for sharp pain, since the first stop", () => {
    const events = [
      session("2026-11-19T08:00:00Z", "stopped-for-pain"),
      session("2026-11-24T08:00:00Z", "stopped-for-pain"),
    ];
    expect(flagsOf(events, now)).toEqual([
      {
        code: "repeated-sharp-pain",
        severity: "see-professional",
        message:
          "You stopped 2 sessions for sharp pain in the last 7 days. Please have a physical therapist or physician look at your back before you continue.",
        since: "2026-11-19T08:00:00.000Z",
      },
    ]);
  });

  it("counts every stop in the message", () => {
    const events = [1, 2, 3].map((day) => session(plus(now, -day * DAY), "stopped-for-pain"));
    expect(flagsOf(events, now)).toMatchObject([
      { message: expect.stringContaining("You stopped 3 sessions") },
    ]);
  });

  it("does not flag a single stop", () => {
    expect(flagsOf([session("2026-11-24T08:00:00Z", "stopped-for-pain")], now)).toEqual([]);
  });

  it("does not count completed or abandoned sessions", () => {
    const events = [
      session("2026-11-22T08:00:00Z", "stopped-for-pain"),
      session("2026-11-23T08:00:00Z", "completed"),
      session("2026-11-24T08:00:00Z", "abandoned"),
    ];
    expect(flagsOf(events, now)).toEqual([]);
  });

  it("[R-journal.threshold.recentWindowMs] ignores a stop more than 7 days before now but counts one exactly 7 days before", () => {
    const recentStop = session(plus(now, -DAY), "stopped-for-pain");
    expect(flagsOf([session(plus(now, -7 * DAY - 1000), "stopped-for-pain"), recentStop], now)).toEqual([]);
    expect(codes(flagsOf([session(plus(now, -7 * DAY), "stopped-for-pain"), recentStop], now))).toEqual([
      "repeated-sharp-pain",
    ]);
  });
});

describe("[R-journal.reported-symptoms] screening symptoms reported in a check-in", () => {
  const now = "2026-11-24T20:00:00Z";

  it("flags saddle-numbness reported in a check-in as an emergency", () => {
    const result = assessJournal({
      timeZone: "Europe/London",
      now,
      events: [checkIn("2026-11-24T08:00:00Z", 4, ["saddle-numbness"])],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        recommendation: "emergency",
        flags: [
          {
            code: "saddle-numbness",
            severity: "emergency",
            message: expect.stringContaining("Call emergency services now."),
            since: "2026-11-24T08:00:00.000Z",
          },
        ],
      },
    });
  });

  it("flags nerve-symptoms with the screening's see-professional severity", () => {
    expect(flagsOf([checkIn("2026-11-24T08:00:00Z", 4, ["nerve-symptoms"])], now)).toMatchObject([
      { code: "nerve-symptoms", severity: "see-professional" },
    ]);
  });

  it("flags a symptom once, dated from its first report", () => {
    const events = [
      checkIn("2026-11-23T08:00:00Z", 4, ["fever"]),
      checkIn("2026-11-24T08:00:00Z", 4, ["fever", "chest-pain"]),
    ];
    expect(flagsOf(events, now)).toMatchObject([
      { code: "chest-pain", severity: "emergency", since: "2026-11-24T08:00:00.000Z" },
      { code: "fever", severity: "see-professional", since: "2026-11-23T08:00:00.000Z" },
    ]);
  });

  it("ignores symptoms reported more than 7 days before now", () => {
    expect(flagsOf([checkIn(plus(now, -7 * DAY - 1000), 1, ["both-legs-symptoms"])], now)).toEqual([]);
  });

  it("still flags symptoms reported exactly 7 days before now", () => {
    expect(codes(flagsOf([checkIn(plus(now, -7 * DAY), 1, ["limb-weakness"])], now))).toEqual([
      "limb-weakness",
    ]);
  });

  it("recommends what the screening would decide for the same symptoms, flagging each one, most severe first", () => {
    fc.assert(
      fc.property(fc.subarray([...SCREENING_LINK_IDS]), (symptoms) => {
        const answers = Object.fromEntries(
          SCREENING_LINK_IDS.map((linkId) => [linkId, symptoms.includes(linkId)]),
        );
        const screening = triage(answers);
        const journal = assessJournal({
          timeZone: "Europe/London",
          now,
          events: [checkIn("2026-11-24T08:00:00Z", 1, symptoms)],
        });
        if (!screening.ok || !journal.ok) throw new Error("both inputs are valid");
        expect(journal.value.recommendation).toBe(screening.value.outcome);
        expect(journal.value.flags.map((flag) => [flag.code, flag.severity])).toEqual(
          screening.value.reasons.map((reason) => [reason.code, reason.severity]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("does not flag a check-in that reports no symptoms", () => {
    expect(flagsOf([checkIn("2026-11-24T08:00:00Z", 1)], now)).toEqual([]);
  });
});
