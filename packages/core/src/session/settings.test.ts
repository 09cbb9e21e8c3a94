import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STEP_TIMINGS } from "../content/techniques";
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import { DEFAULT_SESSION_SETTINGS, parseSessionSettings, SESSION_SETTING_LIMITS } from "./settings";

const paths = (input: unknown) => {
  const parsed = parseSessionSettings(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
};

describe("session settings", () => {
  it("takes its limits from the content: the tight spot from P5, the twist hold's minimum from P7", () => {
    expect(SESSION_SETTING_LIMITS.tightSpotSeconds).toMatchObject({
      min: TIGHT_SPOT_PAUSE.minSeconds,
      max: TIGHT_SPOT_PAUSE.maxSeconds,
    });
    expect(SESSION_SETTING_LIMITS.twistHoldSeconds.min).toBe(STEP_TIMINGS["twist-hold"].minSeconds);
    expect(SESSION_SETTING_LIMITS.twistHoldSeconds.min).toBe(30);
    expect(SESSION_SETTING_LIMITS.twistHoldSeconds.max).toBe(120);
  });

  it("accepts the defaults", () => {
    expect(parseSessionSettings(DEFAULT_SESSION_SETTINGS)).toEqual({
      ok: true,
      value: DEFAULT_SESSION_SETTINGS,
    });
  });

  it.each([
    ["a tight spot under 20 s", { tightSpotSeconds: 19 }, ["tightSpotSeconds"]],
    ["a tight spot over 30 s", { tightSpotSeconds: 31 }, ["tightSpotSeconds"]],
    ["a fraction of a second", { tightSpotSeconds: 25.5 }, ["tightSpotSeconds"]],
    ["a twist hold under 30 s", { twistHoldSeconds: 29 }, ["twistHoldSeconds"]],
    ["a twist hold over 120 s", { twistHoldSeconds: 121 }, ["twistHoldSeconds"]],
    ["a number as text", { twistHoldSeconds: "40" }, ["twistHoldSeconds"]],
    ["auto-advance that is not on or off", { autoAdvance: "yes" }, ["autoAdvance"]],
    ["auto-advance missing", { autoAdvance: undefined }, ["autoAdvance"]],
  ])("refuses %s, naming the setting", (_name, patch, expected) => {
    expect(paths({ ...DEFAULT_SESSION_SETTINGS, ...patch })).toEqual(expected);
    const parsed = parseSessionSettings({ ...DEFAULT_SESSION_SETTINGS, ...patch });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code)).toEqual(["invalid_setting"]);
  });

  it("refuses something that is not a settings object at all", () => {
    expect(paths(null)).toEqual(["autoAdvance", "tightSpotSeconds", "twistHoldSeconds"]);
  });

  it("keeps only its own settings, so other preferences stored beside them do not leak into a session", () => {
    const parsed = parseSessionSettings({ ...DEFAULT_SESSION_SETTINGS, theme: "dark" });
    expect(parsed).toEqual({ ok: true, value: DEFAULT_SESSION_SETTINGS });
  });

  it("accepts exactly the whole seconds within each limit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (tight, twist) => {
        const inside = (n: number, limit: { min: number; max: number }) => n >= limit.min && n <= limit.max;
        expect(
          parseSessionSettings({ autoAdvance: false, tightSpotSeconds: tight, twistHoldSeconds: twist }).ok,
        ).toBe(
          inside(tight, SESSION_SETTING_LIMITS.tightSpotSeconds) &&
            inside(twist, SESSION_SETTING_LIMITS.twistHoldSeconds),
        );
      }),
    );
  });
});
