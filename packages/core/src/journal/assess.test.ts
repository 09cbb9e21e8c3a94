/**
 * assessJournal as a specification: input that cannot be trusted is refused with every problem named by
 * its path; valid journals give the most severe flag as the recommendation, whatever order events arrive in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, assessJournal, parseJournalInput } from "./assess";

const NOW = "2026-11-24T20:00:00Z";
const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const checkIn = { type: "check-in", id: ID, at: "2026-11-24T08:00:00Z", stiffness: 3, pain: 2, symptoms: [] };
const input = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  timeZone: "Europe/London",
  now: NOW,
  events,
  ...extra,
});
const issuesOf = (value: unknown) => {
  const result = assessJournal(value);
  return result.ok ? [] : result.issues;
};

describe("the recommendation", () => {
  it("is self-care with no flags for an empty journal", () => {
    expect(assessJournal(input([]))).toEqual({ ok: true, value: { recommendation: "self-care", flags: [] } });
  });

  it("is self-care for a calm journal", () => {
    const events = [
      { ...checkIn, id: uuid(1), stiffness: 2 },
      {
        type: "session",
        id: uuid(2),
        at: "2026-11-24T09:00:00Z",
        technique: "thoracic-foam-roll",
        outcome: "completed",
      },
      { type: "adjust-urge", id: uuid(3), at: "2026-11-24T10:00:00Z" },
    ];
    expect(assessJournal(input(events))).toEqual({
      ok: true,
      value: { recommendation: "self-care", flags: [] },
    });
  });

  it("is see-professional when the only flags are see-professional", () => {
    const events = [
      { type: "adjust-urge", id: uuid(1), at: "2026-11-24T08:00:00Z" },
      { type: "adjust-urge", id: uuid(2), at: "2026-11-24T09:00:00Z" },
    ];
    expect(assessJournal(input(events))).toMatchObject({
      ok: true,
      value: { recommendation: "see-professional", flags: [{ code: "frequent-adjusting" }] },
    });
  });

  it("is emergency when any flag is an emergency, and lists that flag first", () => {
    const events = [
      { type: "adjust-urge", id: uuid(1), at: "2026-11-24T08:00:00Z" },
      { type: "adjust-urge", id: uuid(2), at: "2026-11-24T09:00:00Z" },
      { ...checkIn, id: uuid(3), symptoms: ["fever", "bladder-bowel-change"] },
    ];
    const result = assessJournal(input(events));
    expect(result.ok && result.value.recommendation).toBe("emergency");
    expect(result.ok && result.value.flags.map((flag) => [flag.code, flag.severity])).toEqual([
      ["bladder-bowel-change", "emergency"],
      ["frequent-adjusting", "see-professional"],
      ["fever", "see-professional"],
    ]);
  });

  it("assess works on an already validated context, sorting flags most severe first", () => {
    const context = parseJournalInput(input([{ ...checkIn, symptoms: ["osteoporosis", "chest-pain"] }]));
    expect(context.ok).toBe(true);
    if (!context.ok) return;
    expect(assess(context.value).flags.map((flag) => flag.code)).toEqual(["chest-pain", "osteoporosis"]);
  });
});

describe("event order does not matter", () => {
  const journalEvent = (n: number) =>
    fc.oneof(
      fc.record({
        type: fc.constant("check-in"),
        id: fc.constant(uuid(n)),
        at: fc.integer({ min: 0, max: 10 * 24 }),
        stiffness: fc.integer({ min: 0, max: 10 }),
        pain: fc.integer({ min: 0, max: 10 }),
        symptoms: fc.subarray(["fever", "chest-pain", "nerve-symptoms"]),
      }),
      fc.record({
        type: fc.constant("session"),
        id: fc.constant(uuid(n)),
        at: fc.integer({ min: 0, max: 10 * 24 }),
        technique: fc.constantFrom("thoracic-foam-roll", "supine-spinal-twist"),
        outcome: fc.constantFrom("completed", "stopped-for-pain", "abandoned"),
      }),
      fc.record({
        type: fc.constant("adjust-urge"),
        id: fc.constant(uuid(n)),
        at: fc.integer({ min: 0, max: 10 * 24 }),
      }),
    );
  const journal = fc
    .integer({ min: 0, max: 12 })
    .chain((length) => fc.tuple(...Array.from({ length }, (_, n) => journalEvent(n + 1))))
    .map((events) =>
      // `at` is whole hours before now, so every event is valid and simultaneous events are common.
      events.map((event) => ({
        ...event,
        at: new Date(Date.parse(NOW) - event.at * 3_600_000).toISOString(),
      })),
    );

  it("gives the same assessment for any permutation of the same events", () => {
    fc.assert(
      fc.property(
        journal.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]) => {
          const original = assessJournal(input(events));
          expect(original.ok).toBe(true);
          expect(assessJournal(input(shuffled))).toEqual(original);
        },
      ),
      { numRuns: 200 },
    );
  });
  it("treats two check-ins at the same instant the same way whatever order they arrive in", () => {
    // An easy and a stiff reading at one instant, then a stiff run with stretching for 50 hours.
    const events = [
      { ...checkIn, id: uuid(1), at: "2026-11-21T08:00:00Z", stiffness: 1 },
      { ...checkIn, id: uuid(2), at: "2026-11-21T08:00:00Z", stiffness: 6 },
      {
        type: "session",
        id: uuid(3),
        at: "2026-11-22T08:00:00Z",
        technique: "supine-spinal-twist",
        outcome: "completed",
      },
      { ...checkIn, id: uuid(4), at: "2026-11-23T10:00:00Z", stiffness: 6 },
    ];
    const [easy, stiff, ...rest] = events;
    expect(assessJournal(input([stiff, easy, ...rest]))).toEqual(assessJournal(input(events)));
  });
});

describe("input that cannot be trusted is refused with a clear, located error", () => {
  it("refuses an event after now", () => {
    expect(issuesOf(input([{ ...checkIn, at: "2026-11-24T20:00:01Z" }]))).toEqual([
      {
        code: "event_after_now",
        path: "events.0.at",
        message: `is after "now" (${NOW}); events cannot be in the future`,
      },
    ]);
  });

  it("accepts an event at exactly now", () => {
    expect(assessJournal(input([{ ...checkIn, at: NOW }])).ok).toBe(true);
  });

  it("compares instants, not strings, when the event carries another offset", () => {
    expect(issuesOf(input([{ ...checkIn, at: "2026-11-24T21:30:00+01:00" }]))).toMatchObject([
      { code: "event_after_now" },
    ]);
    expect(assessJournal(input([{ ...checkIn, at: "2026-11-24T14:30:00-05:00" }])).ok).toBe(true);
  });

  it.each([
    ["an unknown type", { type: "stretch", id: ID, at: "2026-11-24T08:00:00Z" }, "events.0.type"],
    ["no type", { id: ID, at: "2026-11-24T08:00:00Z" }, "events.0.type"],
  ])("refuses an event with %s, listing the known types", (_label, event, path) => {
    expect(issuesOf(input([event]))).toEqual([
      { code: "invalid_event", path, message: "type must be one of check-in, session, adjust-urge" },
    ]);
  });

  it.each([
    ["stiffness", 11],
    ["stiffness", -1],
    ["pain", 11],
    ["pain", -1],
  ])("refuses %s of %d as out of range", (field, value) => {
    expect(issuesOf(input([{ ...checkIn, [field]: value }]))).toEqual([
      { code: "out_of_range", path: `events.0.${field}`, message: "must be a whole number from 0 to 10" },
    ]);
  });

  it.each([
    [0, true],
    [10, true],
    [2.5, false],
    ["3", false],
  ])("stiffness %j is accepted: %s", (stiffness, accepted) => {
    const issues = issuesOf(input([{ ...checkIn, stiffness }]));
    expect(issues).toEqual(
      accepted
        ? []
        : [
            {
              code: "invalid_event",
              path: "events.0.stiffness",
              message: "must be a whole number from 0 to 10",
            },
          ],
    );
  });

  it.each([
    ["words", "yesterday"],
    ["no offset", "2026-11-24T08:00:00"],
    ["a date alone", "2026-11-24"],
    ["an impossible day", "2026-02-30T08:00:00Z"],
    ["an impossible hour", "2026-11-24T25:00:00Z"],
  ])("refuses an event date with %s", (_label, at) => {
    expect(issuesOf(input([{ ...checkIn, at }]))).toEqual([
      {
        code: "invalid_event",
        path: "events.0.at",
        message: "must be an ISO-8601 date and time with a time zone offset, such as 2026-11-24T08:30:00Z",
      },
    ]);
  });

  it("accepts a now written with a local offset and compares events to that instant", () => {
    const now = "2026-11-24T21:00:00+01:00";
    expect(assessJournal(input([{ ...checkIn, at: "2026-11-24T20:00:00Z" }], { now })).ok).toBe(true);
    expect(issuesOf(input([{ ...checkIn, at: "2026-11-24T20:00:01Z" }], { now }))).toMatchObject([
      { code: "event_after_now" },
    ]);
  });

  it.each([
    ["no offset", "2026-11-24T20:00:00"],
    ["words", "now"],
  ])("refuses a now with %s", (_label, now) => {
    expect(issuesOf(input([], { now }))).toEqual([
      {
        code: "invalid_input",
        path: "now",
        message: "must be an ISO-8601 date and time with a time zone offset, such as 2026-11-24T08:30:00Z",
      },
    ]);
  });

  it.each(["Mars/Olympus", "", "+05:30", "Europe/Londres"])("refuses the time zone %j", (timeZone) => {
    expect(issuesOf(input([], { timeZone }))).toEqual([
      {
        code: "invalid_time_zone",
        path: "timeZone",
        message: `"${timeZone}" is not an IANA time zone name, such as Europe/London`,
      },
    ]);
  });

  it.each([
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "UTC",
  ])("accepts the IANA time zone %s", (timeZone) => {
    expect(assessJournal(input([], { timeZone })).ok).toBe(true);
  });

  it("refuses a time zone that is not a string", () => {
    expect(issuesOf(input([], { timeZone: 1 }))).toEqual([
      {
        code: "invalid_input",
        path: "timeZone",
        message: "must be an IANA time zone name, such as Europe/London",
      },
    ]);
  });

  it("refuses events that are not an array", () => {
    expect(issuesOf({ timeZone: "Europe/London", now: NOW, events: {} })).toEqual([
      { code: "invalid_input", path: "events", message: "must be an array of journal events" },
    ]);
  });

  it("refuses an unknown field beside timeZone, now and events", () => {
    expect(issuesOf(input([], { userId: "u1" }))).toEqual([
      { code: "invalid_input", path: "", message: 'unknown field "userId"' },
    ]);
  });

  it("refuses an input that is not an object", () => {
    expect(issuesOf(null)).toMatchObject([{ code: "invalid_input", path: "" }]);
  });

  it("counts an identical event sent twice once", () => {
    const urge = { type: "adjust-urge", id: ID, at: "2026-11-24T08:00:00Z" };
    // Two urges on one day would flag frequent-adjusting; a retried copy of one urge must not.
    expect(assessJournal(input([urge, { ...urge }]))).toEqual({
      ok: true,
      value: { recommendation: "self-care", flags: [] },
    });
  });

  it("treats a retried event with its fields in another order as the same event", () => {
    const urge = { type: "adjust-urge", id: ID, at: "2026-11-24T08:00:00Z" };
    expect(assessJournal(input([urge, { at: urge.at, id: ID, type: "adjust-urge" }]))).toMatchObject({
      ok: true,
      value: { flags: [] },
    });
  });

  it("refuses two events with one id and different content", () => {
    expect(
      issuesOf(
        input([
          { type: "adjust-urge", id: ID, at: "2026-11-24T08:00:00Z" },
          { type: "adjust-urge", id: ID, at: "2026-11-24T09:00:00Z" },
        ]),
      ),
    ).toEqual([
      {
        code: "duplicate_event",
        path: "events.1.id",
        message: "another event has this id with different content",
      },
    ]);
  });

  it("refuses a conflicting copy even after an identical one", () => {
    const urge = { type: "adjust-urge", id: ID, at: "2026-11-24T08:00:00Z" };
    expect(issuesOf(input([urge, urge, { ...urge, at: "2026-11-24T07:00:00Z" }]))).toMatchObject([
      { code: "duplicate_event", path: "events.2.id" },
    ]);
  });

  it("reports every problem at once, each under its own path", () => {
    const issues = issuesOf(
      input(
        [
          { ...checkIn, id: uuid(1), stiffness: 12 },
          { type: "nap", id: uuid(2), at: "2026-11-24T08:00:00Z" },
          { type: "adjust-urge", id: uuid(3), at: "2026-11-25T08:00:00Z" },
          { type: "adjust-urge", id: uuid(4), at: "2026-11-24T08:00:00Z" },
          { type: "adjust-urge", id: uuid(4), at: "2026-11-24T08:30:00Z" },
        ],
        { timeZone: "Nowhere/Town" },
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_time_zone", "timeZone"],
      ["out_of_range", "events.0.stiffness"],
      ["invalid_event", "events.1.type"],
      ["event_after_now", "events.2.at"],
      ["duplicate_event", "events.4.id"],
    ]);
  });
});

describe("parseJournalInput", () => {
  it("sorts events by instant, not by the text of their local time, and gives each its instant", () => {
    const later = { type: "adjust-urge", id: uuid(1), at: "2026-11-24T10:00:00+01:00" };
    const earlier = { type: "adjust-urge", id: uuid(2), at: "2026-11-24T08:30:00Z" };
    expect(parseJournalInput(input([later, earlier]))).toEqual({
      ok: true,
      value: {
        timeZone: "Europe/London",
        nowMs: Date.parse(NOW),
        events: [
          { ...earlier, epochMs: Date.parse("2026-11-24T08:30:00Z") },
          { ...later, epochMs: Date.parse("2026-11-24T09:00:00Z") },
        ],
      },
    });
  });
});
