/**
 * A figure for every step, whose pose matches its words: each step of both techniques has a scene; a timed
 * step's figure arrives at the pose its words name before the step can end (so "Come down slowly" shows the
 * hips down and "Return to the centre" the knees back in the centre for the end of the step, not the pose
 * before it); and each step's figure starts where the one before it ended, so the pictures change with the steps.
 */
import { type Step, TECHNIQUES } from "@limber/core/content/techniques";
import { describe, expect, it } from "vitest";
import { solveForwardKinematics } from "../body/kinematics";
import { lowestPoint } from "../body/landmarks";
import type { Pose } from "../body/pose";
import { length, sub } from "../body/vec3";
import { findScene } from "./catalogue";
import type { Scene } from "./scene";
import { kneeAcross, TWIST_START } from "./twist-poses";

const sceneOf = (step: Step): Scene => {
  const scene = findScene(step.illustration, step.side);
  if (!scene) throw new Error(`no figure for ${step.id}`);
  return scene;
};

function samePlace(a: Pose, b: Pose): boolean {
  const sa = solveForwardKinematics(a).segments;
  const sb = solveForwardKinematics(b).segments;
  return Object.values(sa).every((s) => length(sub(s.distal, sb[s.definition.id].distal)) < 1e-9);
}

const steps = Object.values(TECHNIQUES).flatMap((technique) =>
  technique.steps.map((step, index) => ({ technique, step, index })),
);

describe("a figure for every step, matching its words", () => {
  it.each(steps.map(({ step }) => [step.id, step] as const))(
    "%s: a timed step's figure reaches its pose before the step can end",
    (_id, step) => {
      const scene = sceneOf(step);
      if (step.waitsForPerson || !step.timing || scene.motion !== "once") return;
      // Before the person may move on, or within the first half of a step that has no minimum.
      const limit = step.timing.minSeconds > 0 ? step.timing.minSeconds : step.timing.targetSeconds / 2;
      expect(scene.seconds).toBeLessThanOrEqual(limit);
    },
  );

  it.each(
    steps
      .filter(({ index }) => index > 0)
      .map(({ technique, step, index }) => [step.id, technique, index] as const),
  )("%s: starts where the step before it ended", (_id, technique, index) => {
    const before = sceneOf(technique.steps[index - 1] as Step).frameAt(1).pose;
    const scene = sceneOf(technique.steps[index] as Step);
    expect(samePlace(scene.frameAt(0).pose, before)).toBe(true);
  });

  it("comes down slowly to the hips on the floor, from hips lifted while rolling (P13)", () => {
    const [rolling, finish] = ["roll-release", "roll-finish"].map((id) => findScene(id) as Scene);
    const hips = (scene: Scene, t: number) =>
      lowestPoint(solveForwardKinematics(scene.frameAt(t).pose), "pelvis");
    expect(hips(rolling as Scene, 0)).toBeGreaterThan(0.02);
    expect(hips(finish as Scene, 1)).toBeCloseTo(0, 3);
  });

  it("returns the knee to the centre, flat in the T, on each side (P7)", () => {
    for (const side of ["left", "right"] as const) {
      const scene = findScene("twist-return", side) as Scene;
      expect(samePlace(scene.frameAt(1).pose, TWIST_START)).toBe(true);
      expect(samePlace(scene.frameAt(1).pose, kneeAcross(side))).toBe(false);
    }
  });
});
