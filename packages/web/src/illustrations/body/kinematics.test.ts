import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BODY, type SegmentId, WINTER } from "./body-model";
import { solveForwardKinematics } from "./kinematics";
import { sole } from "./landmarks";
import type { JointAngles, Pose } from "./pose";
import { interpolatePose } from "./pose";
import { add, apply, length, sub } from "./vec3";

const angle = fc.double({ min: -180, max: 180, noNaN: true });
const joint: fc.Arbitrary<JointAngles> = fc.record({ pitch: angle, abd: angle, twist: angle });
const pose: fc.Arbitrary<Pose> = fc.record({
  at: fc.tuple(
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
  ),
  tilt: angle,
  roll: angle,
  joints: fc.record(Object.fromEntries(BODY.map((s) => [s.id, joint])) as Record<SegmentId, typeof joint>),
});

const standing = (joints: Pose["joints"]): Pose => ({ at: [0, 0, 0.53], tilt: 90, roll: 0, joints });

describe("forward kinematics", () => {
  it("keeps every segment's length, whatever the joint angles and wherever the body lies", () => {
    fc.assert(
      fc.property(pose, (p) => {
        const skeleton = solveForwardKinematics(p);
        for (const definition of BODY) {
          const placed = skeleton.segments[definition.id];
          expect(length(sub(placed.distal, placed.proximal))).toBeCloseTo(length(definition.axis), 9);
        }
        for (const side of ["left", "right"] as const) {
          const { heel, toe } = sole(skeleton, side);
          expect(length(sub(toe, heel))).toBeCloseTo(WINTER.footLength, 9);
        }
      }),
    );
  });

  it("keeps every joint together: a child starts where its parent ends (plus its fixed offset)", () => {
    fc.assert(
      fc.property(pose, (p) => {
        const { segments, root } = solveForwardKinematics(p);
        for (const definition of BODY) {
          const parent = definition.parent === "root" ? root : segments[definition.parent];
          const expected = add(parent.distal, apply(parent.frame, definition.attach));
          expect(length(sub(segments[definition.id].proximal, expected))).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it("blends two poses so that every frame between them keeps the lengths too", () => {
    fc.assert(
      fc.property(pose, pose, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const { segments } = solveForwardKinematics(interpolatePose(a, b, t));
        for (const definition of BODY) {
          const placed = segments[definition.id];
          expect(length(sub(placed.distal, placed.proximal))).toBeCloseTo(length(definition.axis), 9);
        }
      }),
    );
  });

  it("swings a flexed hip forward, a bent knee backward and an abducted arm away from the body", () => {
    const { segments } = solveForwardKinematics(
      standing({
        "left-thigh": { pitch: 90 },
        "left-shank": { pitch: -90 },
        "left-upper-arm": { abd: 90 },
        "right-upper-arm": { abd: 90 },
      }),
    );
    const knee = segments["left-thigh"].distal;
    expect(knee[0]).toBeCloseTo(WINTER.thigh, 6); // forward (x is the front when standing)
    expect(knee[2]).toBeCloseTo(0.53, 6);
    expect(segments["left-shank"].distal[2]).toBeCloseTo(0.53 - WINTER.shank, 6); // the shank hangs down
    expect(segments["left-upper-arm"].distal[1]).toBeGreaterThan(
      segments["left-upper-arm"].proximal[1] + 0.18,
    );
    expect(segments["right-upper-arm"].distal[1]).toBeLessThan(
      segments["right-upper-arm"].proximal[1] - 0.18,
    );
  });

  it("makes the mirror image when a left limb's angles are given to the right limb", () => {
    fc.assert(
      fc.property(joint, joint, (upper, lower) => {
        const { segments } = solveForwardKinematics(
          standing({
            "left-upper-arm": upper,
            "left-forearm": lower,
            "right-upper-arm": upper,
            "right-forearm": lower,
          }),
        );
        const l = segments["left-forearm"].distal;
        const r = segments["right-forearm"].distal;
        expect(r[0]).toBeCloseTo(l[0], 9);
        expect(r[1]).toBeCloseTo(-l[1], 9);
        expect(r[2]).toBeCloseTo(l[2], 9);
      }),
    );
  });
});
