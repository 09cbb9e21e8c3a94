import { afterEach, describe, expect, it, vi } from "vitest";
import { localDateTime, originLabel } from "./reason-origin";

describe("how a safety reason's origin and times read", () => {
  it("reads local midnight as the start of that day, not as 00:00", () => {
    const midnight = new Date(2026, 11, 2, 0, 0).toISOString();
    expect(localDateTime(midnight, "en-GB")).toBe("the start of Wednesday 2 December");
  });

  it("reads any other time with the day and the time", () => {
    const evening = new Date(2026, 11, 1, 21, 30).toISOString();
    expect(localDateTime(evening, "en-GB")).toBe("Tuesday 1 December, 21:30");
  });

  describe("on a device carried into another zone", () => {
    const savedZone = process.env.TZ;
    afterEach(() => {
      vi.useRealTimers();
      if (savedZone === undefined) delete process.env.TZ;
      else process.env.TZ = savedZone;
    });

    it("reads the same instant in the new zone once the device reports it", () => {
      const instant = "2026-12-01T21:30:00.000Z";
      vi.useFakeTimers({ now: Date.parse(instant) });
      process.env.TZ = "Europe/London";
      expect(localDateTime(instant, "en-GB")).toBe("Tuesday 1 December, 21:30");
      process.env.TZ = "Asia/Tokyo";
      vi.advanceTimersByTime(2 * 60_000); // the zone is re-read at most once a minute
      expect(localDateTime(instant, "en-GB")).toBe("Wednesday 2 December, 06:30");
    });
  });

  it("names each origin in plain words", () => {
    expect(originLabel("screening")).toBe("your safety check");
    expect(originLabel("journal")).toBe("your journal");
    expect(originLabel("check-in")).toBe("a check-in");
  });
});
