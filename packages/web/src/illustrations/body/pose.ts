/**
 * A pose: where the body lies and its joint angles, in degrees. Poses are data; `interpolatePose` blends two
 * of them joint by joint, which is how the illustrations move from one step to the next.
 */
import type { SegmentId } from "./body-model";
import { lerp, type Vec3 } from "./vec3";

/**
 * A joint's angles, relative to the parent segment. `pitch` swings the segment toward the front of its parent
 * (hip and shoulder flexion, elbow flexion, chin toward chest; a bent knee is negative; for a foot,
 * positive lifts the toes); `abd` swings a limb away from the midline (for the trunk and head: toward the
 * person's left); `twist` turns the segment about its own length, a limb's front outward (external
 * rotation), the trunk's and head's front toward the person's left. So a left limb's angles, given to the
 * right limb, make the mirror image.
 */
export type JointAngles = { readonly pitch?: number; readonly abd?: number; readonly twist?: number };

export type Pose = {
  /** Where the root (midway between the hip joints) lies, in world units of height (x toward the feet,
   * y the person's left when lying on the back, z up from the floor). */
  readonly at: Vec3;
  /** Lying on the back; `tilt` raises the head end (degrees), `roll` turns the pelvis toward the person's left. */
  readonly tilt: number;
  readonly roll: number;
  readonly joints: Readonly<Partial<Record<SegmentId, JointAngles>>>;
};

const blend = (a: JointAngles | undefined, b: JointAngles | undefined, t: number): JointAngles => ({
  pitch: lerp(a?.pitch ?? 0, b?.pitch ?? 0, t),
  abd: lerp(a?.abd ?? 0, b?.abd ?? 0, t),
  twist: lerp(a?.twist ?? 0, b?.twist ?? 0, t),
});

/** The pose a fraction `t` of the way from `a` to `b`, every angle and the root blended linearly. */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const ids = new Set([...Object.keys(a.joints), ...Object.keys(b.joints)]) as Set<SegmentId>;
  const joints: Partial<Record<SegmentId, JointAngles>> = {};
  for (const id of ids) joints[id] = blend(a.joints[id], b.joints[id], t);
  return {
    at: [lerp(a.at[0], b.at[0], t), lerp(a.at[1], b.at[1], t), lerp(a.at[2], b.at[2], t)],
    tilt: lerp(a.tilt, b.tilt, t),
    roll: lerp(a.roll, b.roll, t),
    joints,
  };
}

/** Eased time for a slow, controlled movement (P13): starts and ends gently, never a jerk. */
export const easeInOut = (t: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, t)))) / 2;
