import { SUPINE_SPINAL_TWIST } from "@limber/core/content/techniques";
import { describe, expect, it } from "vitest";
import { otherSide, type Side, sideSign } from "../body/body-model";
import { type Skeleton, solveForwardKinematics } from "../body/kinematics";
import { includedAngle, lowestPoint, shoulderBlade } from "../body/landmarks";
import type { Pose } from "../body/pose";
import { length, sub } from "../body/vec3";
import { findScene } from "./catalogue";
import type { Scene } from "./scene";
import { kneeAcross, TWIST_START } from "./twist-poses";

/** On the floor: within 2 cm (of a 1.75 m person). */
const ON_FLOOR = 0.012;
const SAMPLES = Array.from({ length: 61 }, (_, i) => i / 60);
const skeletonsOf = (scene: Scene): Skeleton[] =>
  SAMPLES.map((t) => solveForwardKinematics(scene.frameAt(t).pose));
const sceneFor = (id: string, side?: Side): Scene => {
  const scene = findScene(id, side);
  if (!scene) throw new Error(`no scene ${id}`);
  return scene;
};

/** What the core's instruction says: the knee goes "toward the floor on your <side> side". */
function sideNamedByCore(side: Side): Side {
  const step = SUPINE_SPINAL_TWIST.steps.find((s) => s.kind === "movement" && s.side === side);
  const named = step?.instruction.match(/toward the floor on your (left|right) side/)?.[1];
  if (named !== "left" && named !== "right")
    throw new Error(`the core does not say where the ${side} knee goes`);
  return named;
}

/** Two poses put every joint in the same place. */
function samePlace(a: Pose, b: Pose): boolean {
  const sa = solveForwardKinematics(a).segments;
  const sb = solveForwardKinematics(b).segments;
  return Object.values(sa).every((s) => length(sub(s.distal, sb[s.definition.id].distal)) < 1e-9);
}

const blade = (skeleton: Skeleton, side: Side) => shoulderBlade(skeleton, side)[2];
const bladeHeights = (pose: Pose) => {
  const skeleton = solveForwardKinematics(pose);
  return { left: blade(skeleton, "left"), right: blade(skeleton, "right") };
};

/** The C-roller-pose-range twist rule for one moment, as a list of what is wrong (empty when right). */
function twistProblems(skeleton: Skeleton, side: Side, across: boolean): string[] {
  const problems: string[] = [];
  const toward = sideNamedByCore(side);
  if (blade(skeleton, side) > ON_FLOOR) problems.push(`${side} shoulder blade off the floor`);
  if (!across) return problems;
  const knee = skeleton.segments[`${side}-thigh`].distal;
  // Across the body: past the midline to the named side, and lowered toward the floor.
  if (Math.sign(knee[1]) !== sideSign(toward) || Math.abs(knee[1]) < 0.1)
    problems.push(`${side} knee not across`);
  if (knee[2] > 0.12) problems.push(`${side} knee not lowered toward the floor`);
  const hand = skeleton.segments[`${toward}-hand`].distal;
  if (length(sub(hand, knee)) > 0.08) problems.push(`${toward} hand not on the ${side} knee`);
  if (includedAngle(skeleton, `${side}-thigh`, `${side}-shank`) > 130) problems.push(`${side} knee not bent`);
  if (includedAngle(skeleton, `${toward}-thigh`, `${toward}-shank`) < 165)
    problems.push("other leg not straight");
  // The arm on the knee's own side stays out in the T, on the floor.
  const tArm = skeleton.segments[`${side}-hand`].distal;
  if (Math.sign(tArm[1]) !== sideSign(side) || Math.abs(tArm[1]) < 0.4) problems.push(`${side} arm not out`);
  return problems;
}

describe("supine spinal twist illustrations (P6-P7)", () => {
  it("[C-roller-pose-range] starts lying flat, arms out in a T, both shoulder blades on the floor (P6)", () => {
    const skeleton = solveForwardKinematics(sceneFor("twist-position").frameAt(1).pose);
    for (const side of ["left", "right"] as const) {
      expect(blade(skeleton, side)).toBeLessThan(ON_FLOOR);
      const arm = sub(
        skeleton.segments[`${side}-upper-arm`].distal,
        skeleton.segments[`${side}-upper-arm`].proximal,
      );
      // Out to the side: square to the body's length (x), on the person's own side.
      expect(Math.abs(arm[0])).toBeLessThan(0.02);
      expect(Math.sign(arm[1])).toBe(sideSign(side));
      expect(lowestPoint(skeleton, `${side}-hand`)).toBeLessThan(ON_FLOOR);
      expect(includedAngle(skeleton, `${side}-thigh`, `${side}-shank`)).toBeGreaterThan(170);
    }
  });

  it.each(["left", "right"] as const)(
    "[C-roller-pose-range] the %s knee crosses to the side the core names, that side's hand resting on it, its own shoulder blade down",
    (side) => {
      expect(sideNamedByCore(side)).toBe(otherSide(side));
      for (const id of [`twist-guide-${side}`, `twist-hold-${side}`]) {
        expect(twistProblems(solveForwardKinematics(sceneFor(id).frameAt(1).pose), side, true)).toEqual([]);
      }
    },
  );

  it.each(["left", "right"] as const)(
    "[C-roller-pose-range] keeps the %s shoulder blade on the floor at every moment of guiding, holding and returning",
    (side) => {
      for (const scene of [
        sceneFor(`twist-guide-${side}`),
        sceneFor(`twist-hold-${side}`),
        sceneFor("twist-return", side),
      ]) {
        for (const [i, skeleton] of skeletonsOf(scene).entries()) {
          expect([scene.id, i, twistProblems(skeleton, side, false)]).toEqual([scene.id, i, []]);
        }
      }
    },
  );

  it.each(["left", "right"] as const)(
    "[C-roller-pose-range] moves only the %s knee: the other leg stays straight on the floor throughout",
    (side) => {
      for (const skeleton of skeletonsOf(sceneFor(`twist-guide-${side}`))) {
        const other = otherSide(side);
        expect(includedAngle(skeleton, `${other}-thigh`, `${other}-shank`)).toBeGreaterThan(165);
        expect(lowestPoint(skeleton, `${other}-shank`)).toBeLessThan(ON_FLOOR);
      }
    },
  );

  it("[C-roller-pose-range] the twist check itself catches a rolled ribcage and a knee sent to the wrong side", () => {
    const across = kneeAcross("left");
    const rolledRibs: Pose = { ...across, joints: { ...across.joints, thorax: { twist: 0, pitch: 13 } } };
    expect(bladeHeights(rolledRibs).left).toBeGreaterThan(ON_FLOOR);
    expect(twistProblems(solveForwardKinematics(rolledRibs), "left", true)).toContain(
      "left shoulder blade off the floor",
    );
    // The right knee's pose, checked as if it were the left knee's: the wrong knee, to the wrong side.
    expect(twistProblems(solveForwardKinematics(kneeAcross("right")), "left", true)).toContain(
      "left knee not across",
    );
  });

  it("returns slowly to the centre, ending flat in the T where the twist began (P7)", () => {
    for (const side of ["left", "right"] as const) {
      const scene = sceneFor("twist-return", side);
      expect(scene.motion).toBe("once");
      expect(scene.seconds).toBeGreaterThanOrEqual(5);
      expect(samePlace(scene.frameAt(1).pose, TWIST_START)).toBe(true);
      expect(samePlace(scene.frameAt(0).pose, kneeAcross(side))).toBe(true);
    }
  });

  it("draws the right side as the mirror image of the left", () => {
    const left = solveForwardKinematics(kneeAcross("left")).segments;
    const right = solveForwardKinematics(kneeAcross("right")).segments;
    for (const [l, r] of [
      [left["left-thigh"].distal, right["right-thigh"].distal],
      [left["right-hand"].distal, right["left-hand"].distal],
      [left.head.distal, right.head.distal],
    ] as const) {
      expect(r[0]).toBeCloseTo(l[0], 9);
      expect(r[1]).toBeCloseTo(-l[1], 9);
      expect(r[2]).toBeCloseTo(l[2], 9);
    }
  });
});
