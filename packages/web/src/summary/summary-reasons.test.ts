import { assessSafety } from "@limber/core/safety/safety-state";
import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { screeningAt, urge } from "../../test-support/safety-fixtures";
import { summaryReasons } from "./summary-reasons";

const NOW = Date.parse("2026-12-05T12:00:00Z");

describe("[R-safety-state.way-back] the visit summary's reasons", () => {
  it("lists a reason met in the safety check and in the journal once, naming both", () => {
    const state = assessSafety({
      latestScreening: screeningAt("2026-12-05T10:00:00Z", ["frequent-adjusting"]),
      events: [urge("2026-12-05T08:00:00Z"), urge("2026-12-05T09:00:00Z")],
      acknowledgements: [],
      timeZone: "Europe/London",
      now: instant(NOW),
    });
    const listed = summaryReasons({ state, journalFlags: [], stops: [], describeStop: () => "" });
    const adjusting = listed.filter((r) => r.code === "frequent-adjusting");
    expect(adjusting).toHaveLength(1);
    expect(adjusting[0]?.from).toBe("safety check and journal");
  });
});
