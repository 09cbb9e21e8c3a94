import { describe, expect, it } from "vitest";
import { type Clock, clockFrom, systemClock, wallTimeOf } from "./clock";
import { instant } from "./units";

describe("the clock", () => {
  it("reads the system clock as milliseconds since the epoch, both ways", () => {
    const before = Date.now();
    const readings = [systemClock.now(), systemClock.wallNow()];
    for (const reading of readings) {
      expect(reading).toBeGreaterThanOrEqual(before);
      expect(reading).toBeLessThanOrEqual(Date.now());
    }
  });

  it("dates a session moment on the calendar, whatever the session clock drifted by", () => {
    // The session clock runs 5 s behind the calendar (it did not advance while the device slept).
    const clock: Clock = { now: () => instant(95_000), wallNow: () => instant(100_000) };
    expect(wallTimeOf(clock, instant(90_000))).toBe(95_000);
  });

  it("reads the time its holder sets, at each reading, for both readings", () => {
    let held = 1_000;
    const clock = clockFrom(() => held);
    expect([clock.now(), clock.wallNow()]).toEqual([1_000, 1_000]);
    held = 2_500;
    expect([clock.now(), clock.wallNow()]).toEqual([2_500, 2_500]);
  });
});
