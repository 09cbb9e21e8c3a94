import { SUPINE_SPINAL_TWIST } from "@limber/core/content/techniques";
import { describe, expect, it } from "vitest";
import { sideLabel } from "./side-label";

describe("the side of a twist step, in words", () => {
  it.each(["left", "right"] as const)(
    "[C-roller-pose-range] names the %s knee and the side and hand the core names",
    (side) => {
      const guide = SUPINE_SPINAL_TWIST.steps.find(
        (s) => s.kind === "movement" && "side" in s && s.side === side,
      );
      const [, toward, hand] =
        guide?.instruction.match(/on your (left|right) side, using your (left|right) hand/) ?? [];
      expect(toward).toBeDefined();
      expect(sideLabel(side)).toBe(
        `${side === "left" ? "Left" : "Right"} knee across to your ${toward}, ${hand} hand resting on it`,
      );
    },
  );

  it("says nothing for a step without a side", () => {
    expect(sideLabel(undefined)).toBeUndefined();
  });
});
