import type { ListedShare } from "@limber/core/api/share";
import { describe, expect, it } from "vitest";
import { DEFAULT_DAYS, DURATIONS, shareStatus, statusWords, visitsWords } from "./share-words";

const share = (overrides: Partial<ListedShare> = {}): ListedShare => ({
  id: "s1",
  createdAt: "2026-11-24T12:00:00.000Z",
  expiresAt: "2026-12-08T12:00:00.000Z",
  revokedAt: null,
  accesses: [],
  ...overrides,
});
const EXPIRY = Date.parse("2026-12-08T12:00:00.000Z");

describe("a share's state in words", () => {
  it("offers 1 day, 1 week, 2 weeks and 90 days, with 2 weeks chosen unless the person changes it", () => {
    expect(DURATIONS.map((d) => d.days)).toEqual([1, 7, 14, 90]);
    expect(DEFAULT_DAYS).toBe(14);
  });

  it("is active until its expiry, and expired from that very millisecond", () => {
    expect(shareStatus(share(), EXPIRY - 1)).toBe("active");
    expect(shareStatus(share(), EXPIRY)).toBe("expired");
    expect(statusWords(share(), EXPIRY - 1)).toMatch(/^Active until /);
    expect(statusWords(share(), EXPIRY)).toMatch(/^Expired /);
  });

  it("is stopped once revoked, even before its expiry", () => {
    const stopped = share({ revokedAt: "2026-11-25T09:00:00.000Z" });
    expect(shareStatus(stopped, EXPIRY - 1)).toBe("stopped");
    expect(statusWords(stopped, EXPIRY - 1)).toMatch(/^Stopped /);
  });

  it("counts the visits: none, once, or how many times", () => {
    expect(visitsWords(share())).toBe("Not opened yet");
    expect(visitsWords(share({ accesses: [{ at: "2026-11-25T09:00:00Z", what: "record" }] }))).toBe(
      "Opened once",
    );
    const twice = share({
      accesses: [
        { at: "2026-11-25T09:00:00Z", what: "record" },
        { at: "2026-11-25T09:01:00Z", what: "fhir" },
      ],
    });
    expect(visitsWords(twice)).toBe("Opened 2 times");
  });
});
