import { TECHNIQUES } from "@limber/core/content/techniques";
import { TIGHT_SPOT_PAUSE } from "@limber/core/content/tight-spot";
import { SESSION_REFUSALS } from "@limber/core/session/refusals";
import { describe, expect, it } from "vitest";
import { refusalWords } from "./refusal-words";

const twist = TECHNIQUES["supine-spinal-twist"].steps;
const hold = twist.find((step) => step.kind === "hold");
const slowReturn = twist.find((step) => step.kind === "return");
const setup = twist[0];

describe("what the session screen says when the engine refuses a command", () => {
  it("has words for every refusal code the engine gives", () => {
    for (const code of SESSION_REFUSALS) {
      if (!setup) throw new Error("no step");
      const words = refusalWords(code, setup);
      expect(words.trim(), code).not.toBe("");
      expect(words, code).not.toContain("_");
    }
  });

  it("says how long a hold must last, from the step's own minimum (P7: at least 30 seconds)", () => {
    if (!hold?.timing) throw new Error("no hold");
    expect(refusalWords("hold_too_short", hold)).toBe(`Hold for at least ${hold.timing.minSeconds} seconds.`);
    expect(refusalWords("hold_too_short", hold)).toContain("at least 30 seconds");
  });

  it("says how long a slow return must last", () => {
    if (!slowReturn?.timing) throw new Error("no slow return");
    expect(refusalWords("hold_too_short", slowReturn)).toBe(
      `Hold for at least ${slowReturn.timing.minSeconds} seconds.`,
    );
  });

  it("keeps a tight spot for at least its minimum (P5: 20 seconds), never 'at most'", () => {
    if (!setup) throw new Error("no step");
    const words = refusalWords("tight_spot_too_short", setup);
    expect(words).toBe(`Stay on the tight spot for at least ${TIGHT_SPOT_PAUSE.minSeconds} seconds.`);
    expect(words).not.toMatch(/at most|no longer than/);
  });

  it.each([
    ["session_ended", "The session has ended."],
    ["paused", "Resume the session first."],
    ["not_rolling", "A tight-spot pause is only for rolling."],
    ["no_tight_spot", "There is no tight-spot pause to release."],
    ["tight_spot_running", "Finish the tight-spot pause first."],
    ["not_paused", "The session is not paused."],
  ] as const)("says %s as before", (code, words) => {
    if (!setup) throw new Error("no step");
    expect(refusalWords(code, setup)).toBe(words);
  });
});
