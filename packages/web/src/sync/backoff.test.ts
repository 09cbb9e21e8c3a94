import { describe, expect, it } from "vitest";
import { BACKOFF, backoffMs } from "./backoff";

describe("the retry backoff", () => {
  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [3, 2_000, 4_000],
  ])("waits between half and all of the doubling ceiling after %i failures", (attempts, low, high) => {
    expect(backoffMs(attempts, () => 0)).toBe(low);
    expect(backoffMs(attempts, () => 1)).toBe(high);
  });

  it("never waits longer than five minutes however many failures", () => {
    expect(backoffMs(50, () => 1)).toBe(BACKOFF.maxMs);
  });
});
