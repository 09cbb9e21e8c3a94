/** Units: seconds convert to milliseconds exactly, and the hour and day are what the rules assume. */
import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, instant, milliseconds, seconds, toMilliseconds } from "./units";

describe("units", () => {
  it("converts seconds to milliseconds", () => {
    expect(toMilliseconds(seconds(30))).toBe(30_000);
    expect(toMilliseconds(seconds(0.5))).toBe(500);
  });

  it("has an hour of 3 600 000 ms and a day of 24 hours", () => {
    expect(HOUR_MS).toBe(3_600_000);
    expect(DAY_MS).toBe(86_400_000);
  });

  it("brands numbers without changing them", () => {
    expect([seconds(20), milliseconds(20), instant(20)]).toEqual([20, 20, 20]);
  });
});
