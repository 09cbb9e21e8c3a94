import { describe, expect, it } from "vitest";
import { BACKOFF, backoffMs, retryWaitMs } from "./backoff";

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

describe("the wait before the next try", () => {
  it("waits as long as the server's Retry-After when that is longer than the backoff", () => {
    expect(retryWaitMs(1, 30, () => 1)).toBe(30_000);
  });

  it("keeps the backoff when the server asks for less, or says nothing", () => {
    expect(retryWaitMs(3, 1, () => 1)).toBe(4_000);
    expect(retryWaitMs(3, undefined, () => 1)).toBe(4_000);
  });

  it("never waits past the backoff's five-minute cap, whatever the header says", () => {
    expect(retryWaitMs(1, 86_400, () => 0)).toBe(BACKOFF.maxMs);
  });
});
