import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessJournal } from "./assess";
import { localDay } from "./local-day";

const HOUR = 3_600_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const urgesAt = (instants: number[]) =>
  instants.map((t, n) => ({ type: "adjust-urge", id: uuid(n + 1), at: new Date(t).toISOString() }));
const message = (instants: number[], now: number, timeZone = "Europe/London") => {
  const result = assessJournal({ timeZone, now: new Date(now).toISOString(), events: urgesAt(instants) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.flags.find((flag) => flag.code === "frequent-adjusting")?.message;
};

describe("[C-day-count-bounded] a trend message never counts more days than its window", () => {
  it("says 'each of the last 8 days', never '8 of the last 7 days', when a 7 x 24 h window touches 8 frequent days", () => {
    const now = Date.parse("2026-11-24T20:00:00Z");
    // Two urges late on the window's first (partial) day, then two each morning of the next seven days.
    const firstDay = now - 7 * 24 * HOUR + HOUR;
    const mornings = Array.from({ length: 7 }, (_, day) => now - (6 - day) * 24 * HOUR - 11 * HOUR);
    const instants = [firstDay, ...mornings].flatMap((t) => [t, t + 30 * 60_000]);
    const said = message(instants, now);
    expect(said).toContain("several times a day on each of the last 8 days (Limber looks back 7 days).");
    expect(said).not.toMatch(/of the last 7 days/);
  });

  it("says 'N of the last 7 days' for seven frequent days or fewer", () => {
    const now = Date.parse("2026-11-24T20:00:00Z");
    const instants = [now - 2 * HOUR, now - HOUR, now - 26 * HOUR, now - 25 * HOUR];
    expect(message(instants, now)).toContain("on 2 of the last 7 days (Limber looks back 7 days).");
  });

  it("never names more frequent days than the calendar days its window touches, in any zone (property)", () => {
    const zones = ["Europe/London", "America/New_York", "Pacific/Chatham", "Asia/Kathmandu"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") }),
        fc.array(fc.integer({ min: 0, max: 7 * 24 * 60 }), { minLength: 2, maxLength: 24 }),
        (zone, now, minutesBefore) => {
          const instants = minutesBefore.flatMap((m) => [now - m * 60_000, now - m * 60_000]);
          const said = message(instants, now, zone);
          // Hourly samples catch every local day (none is shorter than 23 h), plus both ends of the window.
          const samples = [...Array.from({ length: 7 * 24 }, (_, h) => now - h * HOUR), now - 7 * 24 * HOUR];
          const touched = new Set(samples.map((t) => localDay(t, zone))).size;
          const match = /on (\d+) of the last 7 days|on each of the last (\d+) days/.exec(said ?? "");
          expect(match).not.toBeNull();
          const days = Number(match?.[1] ?? match?.[2]);
          expect(days).toBeLessThanOrEqual(touched);
          if (match?.[1]) expect(days).toBeLessThanOrEqual(7);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("[C-day-count-bounded] seven frequent days are still counted against the 7-day window", () => {
  it("says '7 of the last 7 days' for seven frequent days", () => {
    const now = Date.parse("2026-11-24T20:00:00Z");
    const mornings = Array.from({ length: 7 }, (_, day) => now - (6 - day) * 24 * HOUR - 11 * HOUR);
    expect(
      message(
        mornings.flatMap((t) => [t, t + 60_000]),
        now,
      ),
    ).toContain("on 7 of the last 7 days (Limber looks back 7 days).");
  });
});
