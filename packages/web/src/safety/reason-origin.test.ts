import { describe, expect, it } from "vitest";
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

  it("names each origin in plain words", () => {
    expect(originLabel("screening")).toBe("your safety check");
    expect(originLabel("journal")).toBe("your journal");
    expect(originLabel("check-in")).toBe("a check-in");
  });
});
