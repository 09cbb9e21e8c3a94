import { describe, expect, it } from "vitest";
import { dueReminder, occurrencesBetween, REMINDER_LATE_LIMIT_MS } from "./occurrences";
import { localParts, zonedInstant } from "./zoned-time";

const london = {
  timeZone: "Europe/London",
  slots: [
    { day: "sunday" as const, time: "07:30", technique: "either" as const },
    { day: "tuesday" as const, time: "18:00", technique: "supine-spinal-twist" as const },
  ],
};

describe("when a plan's slots fall", () => {
  it("keeps a 07:30 slot at 07:30 local on both sides of the autumn change (25 Oct 2026 in London)", () => {
    const found = occurrencesBetween(
      london,
      Date.parse("2026-10-17T00:00:00Z"),
      Date.parse("2026-11-02T00:00:00Z"),
    );
    expect(found.map((o) => new Date(o.at).toISOString())).toEqual([
      "2026-10-18T06:30:00.000Z", // BST
      "2026-10-20T17:00:00.000Z",
      "2026-10-25T07:30:00.000Z", // GMT, the day of the change
      "2026-10-27T18:00:00.000Z",
      "2026-11-01T07:30:00.000Z",
    ]);
    for (const o of found)
      expect(localParts(o.at, "Europe/London").minutes).toBe(o.slot.time === "07:30" ? 450 : 1080);
  });

  it("keeps the local time across the spring change in New York and in Sydney (southern hemisphere)", () => {
    for (const timeZone of ["America/New_York", "Australia/Sydney"]) {
      const plan = {
        timeZone,
        slots: [{ day: "sunday" as const, time: "09:15", technique: "either" as const }],
      };
      const found = occurrencesBetween(
        plan,
        Date.parse("2026-01-01T00:00:00Z"),
        Date.parse("2026-12-31T00:00:00Z"),
      );
      expect(found.length).toBeGreaterThanOrEqual(51);
      for (const o of found)
        expect(localParts(o.at, timeZone)).toMatchObject({ weekday: "sunday", minutes: 555 });
    }
  });

  it("moves a time skipped by spring-forward on by the gap (01:30 on 29 Mar 2026 in London is 02:30 BST)", () => {
    expect(new Date(zonedInstant("2026-03-29", 90, "Europe/London")).toISOString()).toBe(
      "2026-03-29T01:30:00.000Z",
    );
    // A repeated time (01:30 on 25 Oct 2026) is the first of the two.
    expect(new Date(zonedInstant("2026-10-25", 90, "Europe/London")).toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });
});

describe("the reminder due now", () => {
  const slot = Date.parse("2026-10-25T07:30:00Z");

  it("is due from the slot's time for an hour, claimed by its local date", () => {
    expect(dueReminder(london, slot - 1)).toBeUndefined();
    expect(dueReminder(london, slot)).toMatchObject({ claim: "2026-10-25", occurrence: { at: slot } });
    expect(dueReminder(london, slot + REMINDER_LATE_LIMIT_MS)).toMatchObject({ claim: "2026-10-25" });
    expect(dueReminder(london, slot + REMINDER_LATE_LIMIT_MS + 1)).toBeUndefined();
  });

  it("claims a slot by the local date of the plan's zone, not UTC's (Auckland is a day ahead)", () => {
    const plan = {
      timeZone: "Pacific/Auckland",
      slots: [{ day: "monday" as const, time: "07:00", technique: "either" as const }],
    };
    const at = zonedInstant("2026-11-02", 420, "Pacific/Auckland");
    expect(new Date(at).toISOString().slice(0, 10)).toBe("2026-11-01");
    expect(dueReminder(plan, at)?.claim).toBe("2026-11-02");
  });
});
