import { parseSessionSettings } from "@limber/core/session/settings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, findSettingsIssues } from "./settings";

describe("stored settings", () => {
  it("accepts the defaults", () => {
    expect(findSettingsIssues(DEFAULT_SETTINGS)).toEqual([]);
  });

  it("refuses exactly the session timings core refuses, with core's words", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double(), fc.string()),
        fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant(null)),
        fc.oneof(fc.boolean(), fc.constant("on")),
        (tightSpotSeconds, twistHoldSeconds, autoAdvance) => {
          const candidate = { ...DEFAULT_SETTINGS, tightSpotSeconds, twistHoldSeconds, autoAdvance };
          const core = parseSessionSettings(candidate);
          expect(findSettingsIssues(candidate)).toEqual(
            core.ok ? [] : core.issues.map(({ path, message }) => ({ path, message })),
          );
        },
      ),
    );
  });

  it("refuses display preferences core does not know of", () => {
    const paths = findSettingsIssues({
      ...DEFAULT_SETTINGS,
      speech: "loud",
      theme: "blue",
      country: "zz",
    }).map((issue) => issue.path);
    expect(paths).toEqual(["speech", "theme", "country"]);
  });
});
