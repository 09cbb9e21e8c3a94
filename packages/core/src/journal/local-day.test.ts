/** Local calendar days through the platform's time-zone data; the journal groups urges by these days. */
import { describe, expect, it } from "vitest";
import { isTimeZone, localDay } from "./local-day";

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
