import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  newerPlan,
  type Plan,
  type PlanSlot,
  parsePlan,
  restDaysOf,
  suggestedRestDay,
  WEEKDAYS,
} from "./plan";

const base: Plan = {
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  timeZone: "Europe/London",
  revision: 1,
  updatedAt: "2026-10-20T10:00:00Z",
  slots: [
    { day: "monday", time: "07:30", technique: "either" },
    { day: "wednesday", time: "07:30", technique: "thoracic-foam-roll" },
  ],
};
const withSlots = (slots: PlanSlot[]) => ({ ...base, slots });

describe("reading a plan", () => {
  it("accepts days, a local time and a technique or 'either'", () => {
    expect(parsePlan(base)).toEqual({ ok: true, value: base });
  });

  it.each([
    [
      "a time without minutes",
      { ...base, slots: [{ day: "monday", time: "7", technique: "either" }] },
      "slots.0.time",
    ],
    [
      "a 24:00 time",
      { ...base, slots: [{ day: "monday", time: "24:00", technique: "either" }] },
      "slots.0.time",
    ],
    [
      "an unknown day",
      { ...base, slots: [{ day: "funday", time: "07:00", technique: "either" }] },
      "slots.0.day",
    ],
    [
      "a technique Limber does not guide",
      { ...base, slots: [{ day: "monday", time: "07:00", technique: "lower-back-roll" }] },
      "slots.0.technique",
    ],
    ["a made-up time zone", { ...base, timeZone: "Mars/Olympus" }, "timeZone"],
    ["no revision", { ...base, revision: undefined }, "revision"],
    ["an unknown field", { ...base, streak: 3 }, ""],
  ])("refuses %s, naming the field", (_what, input, path) => {
    const result = parsePlan(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe("[C-plan-spacing] a plan never schedules one technique twice within 4 hours", () => {
  it("refuses the same technique 3 h 59 min apart, and accepts it 4 h apart", () => {
    const close = parsePlan(
      withSlots([
        { day: "monday", time: "07:00", technique: "supine-spinal-twist" },
        { day: "monday", time: "10:59", technique: "supine-spinal-twist" },
      ]),
    );
    expect(close.ok).toBe(false);
    if (!close.ok) expect(close.issues[0]).toMatchObject({ code: "plan_too_close", path: "slots.1" });
    expect(
      parsePlan(
        withSlots([
          { day: "monday", time: "07:00", technique: "supine-spinal-twist" },
          { day: "monday", time: "11:00", technique: "supine-spinal-twist" },
        ]),
      ).ok,
    ).toBe(true);
  });

  it("counts 'whichever feels right' as every technique, and the night between Sunday and Monday", () => {
    expect(
      parsePlan(
        withSlots([
          { day: "tuesday", time: "08:00", technique: "either" },
          { day: "tuesday", time: "09:00", technique: "thoracic-foam-roll" },
        ]),
      ).ok,
    ).toBe(false);
    expect(
      parsePlan(
        withSlots([
          { day: "sunday", time: "23:00", technique: "thoracic-foam-roll" },
          { day: "monday", time: "01:00", technique: "thoracic-foam-roll" },
        ]),
      ).ok,
    ).toBe(false);
  });

  it("allows two different techniques an hour apart, and refuses a third time on one day", () => {
    expect(
      parsePlan(
        withSlots([
          { day: "friday", time: "08:00", technique: "thoracic-foam-roll" },
          { day: "friday", time: "09:00", technique: "supine-spinal-twist" },
        ]),
      ).ok,
    ).toBe(true);
    const three = parsePlan(
      withSlots([
        { day: "friday", time: "06:00", technique: "thoracic-foam-roll" },
        { day: "friday", time: "12:00", technique: "thoracic-foam-roll" },
        { day: "friday", time: "18:00", technique: "thoracic-foam-roll" },
      ]),
    );
    expect(three.ok).toBe(false);
  });

  it("accepts a plan only if every pair of possibly-same slots lies at least 4 hours apart round the week (property)", () => {
    const slot = fc.record({
      day: fc.constantFrom(...WEEKDAYS),
      time: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
      technique: fc.constantFrom(
        "thoracic-foam-roll" as const,
        "supine-spinal-twist" as const,
        "either" as const,
      ),
    });
    const minute = (s: PlanSlot) =>
      WEEKDAYS.indexOf(s.day) * 1440 + Number(s.time.slice(0, 2)) * 60 + Number(s.time.slice(3));
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 6 }), (slots) => {
        const result = parsePlan(withSlots(slots));
        const clash = slots.some((a, i) =>
          slots.some((b, j) => {
            if (j >= i) return false;
            const same = a.technique === "either" || b.technique === "either" || a.technique === b.technique;
            const d = Math.abs(minute(a) - minute(b));
            return same && Math.min(d, 7 * 1440 - d) < 240;
          }),
        );
        const crowded = WEEKDAYS.some((day) => slots.filter((s) => s.day === day).length > 2);
        expect(result.ok).toBe(!clash && !crowded);
      }),
    );
  });
});

describe("rest days and sync", () => {
  it("suggests the first free day as the rest day, and Sunday when every day is planned", () => {
    expect(restDaysOf(base)).toEqual(["tuesday", "thursday", "friday", "saturday", "sunday"]);
    expect(suggestedRestDay(base)).toBe("tuesday");
    expect(
      suggestedRestDay({
        slots: WEEKDAYS.map((day) => ({ day, time: "08:00", technique: "either" as const })),
      }),
    ).toBe("sunday");
  });

  it("keeps the higher revision, then the later change, whichever copy arrives first", () => {
    const later = { ...base, revision: 2, updatedAt: "2026-10-19T10:00:00Z" };
    expect(newerPlan(base, later)).toBe(later);
    expect(newerPlan(later, base)).toBe(later);
    const sameRevisionLater = { ...base, updatedAt: "2026-10-21T10:00:00Z" };
    expect(newerPlan(base, sameRevisionLater)).toBe(sameRevisionLater);
    expect(newerPlan(sameRevisionLater, base)).toBe(sameRevisionLater);
  });
});
