/** Local calendar days through the platform's time-zone data; the journal groups urges by these days. */
import { describe, expect, it } from "vitest";
import { isTimeZone, localDay, ZONE_CACHE_LIMIT, zoneCacheSize } from "./local-day";

describe("localDay", () => {
  it.each([
    ["Europe/London", "2026-11-24T23:59:00Z", "2026-11-24"],
    ["Europe/London", "2026-07-24T23:30:00Z", "2026-07-25"],
    ["America/New_York", "2026-11-25T03:00:00Z", "2026-11-24"],
    ["Asia/Kolkata", "2026-11-24T18:29:00Z", "2026-11-24"],
    ["Asia/Kolkata", "2026-11-24T18:30:00Z", "2026-11-25"],
    ["Australia/Lord_Howe", "2026-11-24T12:59:00Z", "2026-11-24"],
    ["Australia/Lord_Howe", "2026-11-24T13:00:00Z", "2026-11-25"],
    ["Pacific/Chatham", "2026-11-24T10:14:00Z", "2026-11-24"],
    ["Pacific/Chatham", "2026-11-24T10:15:00Z", "2026-11-25"],
    ["Pacific/Kiritimati", "2026-11-24T10:00:00Z", "2026-11-25"],
    ["UTC", "2026-01-01T00:00:00Z", "2026-01-01"],
  ])("in %s, the instant %s falls on %s", (timeZone, instant, day) => {
    expect(localDay(Date.parse(instant), timeZone)).toBe(day);
  });

  it("gives the same answer when asked twice for one zone", () => {
    const instant = Date.parse("2026-03-29T00:30:00Z");
    expect(localDay(instant, "Europe/London")).toBe("2026-03-29");
    expect(localDay(instant + 23 * 60 * 60 * 1000, "Europe/London")).toBe("2026-03-30");
  });
});

describe("isTimeZone", () => {
  it.each([
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "UTC",
  ])("accepts the IANA zone %s", (timeZone) => {
    expect(isTimeZone(timeZone)).toBe(true);
  });

  it.each(["Mars/Olympus", "", "Europe/Londres", "+05:30", "GMT+5:30"])("refuses %j", (timeZone) => {
    expect(isTimeZone(timeZone)).toBe(false);
  });
});

describe("the time-zone formatter cache", () => {
  // The n-th variant upper-cases the letters whose position is a 1 bit of n.
  const caseVariants = (zone: string, count: number) =>
    Array.from({ length: count }, (_, n) => {
      let letter = 0;
      return [...zone]
        .map((char) => (/[a-z]/i.test(char) && (n >> letter++) & 1 ? char.toUpperCase() : char.toLowerCase()))
        .join("");
    });

  it("keeps one formatter for thousands of letter-case variants of one zone, and a bounded list of names", () => {
    const variants = caseVariants("america/new_york", 5_000);
    expect(new Set(variants).size).toBe(5_000);
    for (const variant of variants) expect(isTimeZone(variant)).toBe(true);
    const size = zoneCacheSize();
    expect(size.names).toBeLessThanOrEqual(ZONE_CACHE_LIMIT);
    expect(size.formatters).toBeLessThanOrEqual(ZONE_CACHE_LIMIT);
  });

  it("answers a case variant with the canonical zone's day", () => {
    const instant = Date.parse("2026-11-25T03:00:00Z");
    expect(localDay(instant, "AMERICA/NEW_YORK")).toBe(localDay(instant, "America/New_York"));
    expect(localDay(instant, "aMeRiCa/nEw_yOrK")).toBe("2026-11-24");
  });

  it("stays bounded when more distinct zones are asked than it keeps, and still answers the oldest right", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(ZONE_CACHE_LIMIT);
    for (const zone of zones) localDay(0, zone);
    expect(zoneCacheSize().formatters).toBe(ZONE_CACHE_LIMIT);
    // Asia/Kolkata was evicted long ago (the list is alphabetical): it is rebuilt and still right.
    expect(localDay(Date.parse("2026-11-24T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11-25");
  });
});
