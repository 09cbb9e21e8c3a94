import { describe, expect, it } from "vitest";
import { SEGMENTS, WINTER } from "./body-model";
import { solveForwardKinematics } from "./kinematics";
import { sole } from "./landmarks";
import { length, sub } from "./vec3";

const STANDING = {
  at: [0, 0, WINTER.thigh + WINTER.shank + WINTER.footHeight] as const,
  tilt: 90,
  roll: 0,
  joints: {},
};

describe("the body model's proportions (Winter, Biomechanics and Motor Control of Human Movement, Fig. 4.1)", () => {
  it.each([
    ["left-upper-arm", WINTER.upperArm, 0.186],
    ["right-forearm", WINTER.forearm, 0.146],
    ["left-hand", WINTER.hand, 0.108],
    ["right-thigh", WINTER.thigh, 0.245],
    ["left-shank", WINTER.shank, 0.246],
    ["thorax", WINTER.thorax, 0.188],
    ["lumbar", WINTER.lumbar, 0.1],
    ["neck", WINTER.neck, 0.052],
    ["head", WINTER.head, 0.13],
  ] as const)("gives the %s a length of %s of height", (id, value, expected) => {
    expect(value).toBe(expected);
    expect(length(SEGMENTS[id].axis)).toBeCloseTo(expected, 10);
  });

  it("splits the trunk's 0.288 H (shoulder to hip) at the bottom of the ribcage, and neck and head make 0.182 H", () => {
    expect(WINTER.thorax + WINTER.lumbar).toBeCloseTo(WINTER.shoulderToHip, 10);
    expect(WINTER.neck + WINTER.head).toBeCloseTo(WINTER.neckAndHead, 10);
  });

  it("stands with Winter's landmark heights: ankle 0.039, knee 0.285, hip 0.530, ribs 0.630, shoulder 0.818, top of head 1", () => {
    const { segments } = solveForwardKinematics(STANDING);
    expect(segments["left-shank"].distal[2]).toBeCloseTo(0.039, 3);
    expect(segments["left-thigh"].distal[2]).toBeCloseTo(0.285, 3);
    expect(segments.lumbar.proximal[2]).toBeCloseTo(0.53, 3);
    expect(segments.lumbar.distal[2]).toBeCloseTo(0.63, 3);
    expect(segments.thorax.distal[2]).toBeCloseTo(0.818, 3);
    expect(segments.head.distal[2]).toBeCloseTo(1, 3);
  });

  it("stands on a foot 0.152 H long, its sole on the floor", () => {
    const skeleton = solveForwardKinematics(STANDING);
    for (const side of ["left", "right"] as const) {
      const { heel, toe } = sole(skeleton, side);
      expect(length(sub(toe, heel))).toBeCloseTo(WINTER.footLength, 10);
      expect(heel[2]).toBeCloseTo(0, 10);
      expect(toe[2]).toBeCloseTo(0, 10);
    }
  });
});
