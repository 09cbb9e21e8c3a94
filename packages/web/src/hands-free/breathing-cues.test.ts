import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { nextBreathingCue } from "./breathing-cues";

const START = instant(1_000_000);
const at = (ms: number) => instant(START + ms);

describe("spoken breathing cues (P5)", () => {
  it("follows the pacer: out after 4 seconds in, in again after 6 seconds out", () => {
    expect(nextBreathingCue(START, START)).toEqual({ at: at(4_000), text: "Breathe out" });
    expect(nextBreathingCue(START, at(4_000))).toEqual({ at: at(10_000), text: "Breathe in" });
    expect(nextBreathingCue(START, at(10_000))).toEqual({ at: at(14_000), text: "Breathe out" });
  });

  it("finds the right cue from the clock, however late it is asked", () => {
    expect(nextBreathingCue(START, at(23_500))).toEqual({ at: at(24_000), text: "Breathe out" });
    expect(nextBreathingCue(START, at(25_000))).toEqual({ at: at(30_000), text: "Breathe in" });
  });
});
