import { describe, expect, it } from "vitest";
import { localDay } from "../journal/local-day";
import { HOUR_MS } from "../units";
import { addDays, localMidnights } from "./zoned-time";

describe("local days in a zone", () => {
  it("adds calendar days across a month, a year and a leap day", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("lists each midnight in the window, in the zone's own time", () => {
    const from = Date.parse("2026-11-20T12:00:00Z");
    const to = Date.parse("2026-11-23T12:00:00Z");
    expect(localMidnights(from, to, "Asia/Tokyo").map((at) => new Date(at).toISOString())).toEqual([
      "2026-11-20T15:00:00.000Z",
      "2026-11-21T15:00:00.000Z",
      "2026-11-22T15:00:00.000Z",
    ]);
  });

  it("keeps a day of 23 or 25 hours whole when the clocks change", () => {
    const [spring, next] = localMidnights(
      Date.parse("2026-03-29T00:00:00Z") - HOUR_MS,
      Date.parse("2026-03-30T00:00:00Z"),
      "Europe/London",
    );
    expect(((next ?? 0) - (spring ?? 0)) / HOUR_MS).toBe(23);
    const autumn = localMidnights(
      Date.parse("2026-10-25T00:00:00Z") - HOUR_MS,
      Date.parse("2026-10-26T01:00:00Z"),
      "Europe/London",
    );
    expect(((autumn[1] ?? 0) - (autumn[0] ?? 0)) / HOUR_MS).toBe(25);
  });

  it("begins a day whose midnight the clocks skip at its first instant, on the day the rules count", () => {
    // Santiago moves from 00:00 to 01:00 on 6 September 2026.
    const [midnight] = localMidnights(
      Date.parse("2026-09-06T02:00:00Z"),
      Date.parse("2026-09-06T12:00:00Z"),
      "America/Santiago",
    );
    expect(localDay(midnight ?? 0, "America/Santiago")).toBe("2026-09-06");
    expect(localDay((midnight ?? 0) - 1, "America/Santiago")).toBe("2026-09-05");
  });

  it("includes a midnight at either edge of the window", () => {
    const midnight = Date.parse("2026-11-21T00:00:00Z");
    expect(localMidnights(midnight, midnight, "UTC")).toEqual([midnight]);
  });
});
