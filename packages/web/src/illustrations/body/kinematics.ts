/**
 * Forward kinematics: from a pose (root placement and joint angles) to every segment's frame and joint
 * positions in the world. Each segment's frame is its parent's turned by the joint's angles, so lengths
 * are kept whatever the angles.
 */
import { BODY, type SegmentDefinition, type SegmentId, sideSign } from "./body-model";
import type { JointAngles, Pose } from "./pose";
import { add, apply, type Mat3, multiply, rotateX, rotateY, rotateZ, type Vec3 } from "./vec3";

export type PlacedSegment = {
  readonly definition: SegmentDefinition;
  /** The segment's axes in the world, as columns: front, left, up (at rest). */
  readonly frame: Mat3;
  readonly proximal: Vec3;
  readonly distal: Vec3;
};

type Anchor = { readonly frame: Mat3; readonly distal: Vec3 };

export type Skeleton = {
  /** The pelvis frame at the midpoint between the hip joints. */
  readonly root: Anchor;
  readonly segments: Readonly<Record<SegmentId, PlacedSegment>>;
};

/** The joint's rotation in its parent's frame (see `JointAngles` for the signs). */
export function jointRotation(definition: SegmentDefinition, angles: JointAngles = {}): Mat3 {
  // A segment pointing down (limbs, feet) swings the other way about the same axes as one pointing up.
  const direction = definition.axis[2] < 0 ? -1 : 1;
  const side = definition.side ? sideSign(definition.side) : 1;
  return multiply(
    multiply(rotateY(direction * (angles.pitch ?? 0)), rotateX(-direction * side * (angles.abd ?? 0))),
    rotateZ(side * (angles.twist ?? 0)),
  );
}

/** The root's frame: lying on the back (front up, head toward -x), then tilted and rolled. */
export const rootFrame = (pose: Pose): Mat3 => multiply(rotateY(pose.tilt - 90), rotateZ(pose.roll));

export function solveForwardKinematics(pose: Pose): Skeleton {
  const root: Anchor = { frame: rootFrame(pose), distal: pose.at };
  const placed: Partial<Record<SegmentId, PlacedSegment>> = {};
  for (const definition of BODY) {
    const parent = definition.parent === "root" ? root : placed[definition.parent];
    if (!parent) throw new Error(`segment ${definition.id} comes before its parent ${definition.parent}`);
    const proximal = add(parent.distal, apply(parent.frame, definition.attach));
    const frame = multiply(parent.frame, jointRotation(definition, pose.joints[definition.id]));
    placed[definition.id] = {
      definition,
      frame,
      proximal,
      distal: add(proximal, apply(frame, definition.axis)),
    };
  }
  return { root, segments: placed as Record<SegmentId, PlacedSegment> };
}

/** A point given in a segment's own frame, in world coordinates. */
export const toWorld = (segment: PlacedSegment, local: Vec3): Vec3 =>
  add(segment.proximal, apply(segment.frame, local));
