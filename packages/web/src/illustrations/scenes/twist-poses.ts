/**
 * The supine spinal twist (P6-P7) as poses: lying flat with the arms out in a T, one knee bent, then guided
 * across toward the floor on the other side with that side's hand resting on it, while the trunk above the
 * lumbar spine stays flat so the opposite shoulder blade stays on the floor. Written for the left knee and
 * mirrored for the right.
 */
import type { Side } from "../body/body-model";
import type { JointAngles, Pose } from "../body/pose";

type Joints = Pose["joints"];

// The root (midway between the hips) lies at the pelvis's half depth: the back of the pelvis on the floor.
const LYING: Pick<Pose, "at" | "tilt" | "roll"> = { at: [0, 0, 0.06], tilt: 0, roll: 0 };

/** P6: arms out to the sides in a T, resting on the floor, shoulders grounded. */
const ARM_IN_T: Record<"upper-arm" | "forearm" | "hand", JointAngles> = {
  "upper-arm": { abd: 90 },
  // The elbow and wrist let the forearm and hand rest on the floor.
  forearm: { pitch: -8 },
  hand: { pitch: -10 },
};

const STRAIGHT_LEG: Record<"thigh" | "shank" | "foot", JointAngles> = {
  thigh: { pitch: -2 },
  shank: { pitch: -3 },
  foot: { pitch: -35 },
};

const limb = (side: Side, angles: Record<string, JointAngles>): Joints =>
  Object.fromEntries(Object.entries(angles).map(([part, a]) => [`${side}-${part}`, a]));

/** P6: "lying flat on your back, extending your arms out to the sides in a 'T' shape". */
export const TWIST_START: Pose = {
  ...LYING,
  joints: {
    ...limb("left", ARM_IN_T),
    ...limb("right", ARM_IN_T),
    ...limb("left", STRAIGHT_LEG),
    ...limb("right", STRAIGHT_LEG),
  },
};

/** P7: "Bend one knee": the left knee up, its foot flat beside the other knee. */
export const LEFT_KNEE_BENT: Pose = {
  ...TWIST_START,
  joints: {
    ...TWIST_START.joints,
    ...limb("left", { thigh: { pitch: 60 }, shank: { pitch: -131 }, foot: { pitch: -19 } }),
  },
};

/**
 * P7: the left knee "across your body toward the floor on the opposite side, using the hand on that side"
 * (the right hand rests on the knee) while the left shoulder blade stays "pressed firmly against the floor":
 * the pelvis turns toward the right, the lumbar and lower thoracic spine turn back so the ribcage lies flat.
 */
export const LEFT_KNEE_ACROSS: Pose = {
  at: [-0.015, -0.068, 0.088],
  tilt: 0,
  roll: -75,
  joints: {
    ...TWIST_START.joints,
    lumbar: { twist: 48, pitch: -24, abd: -8 },
    thorax: { twist: 27, pitch: 14 },
    ...limb("left", {
      "upper-arm": { abd: 103, pitch: -2, twist: -10 },
      thigh: { pitch: 60, abd: -30, twist: -7 },
      shank: { pitch: -94 },
      foot: { pitch: 8 },
    }),
    ...limb("right", {
      "upper-arm": { abd: 19, pitch: -11, twist: -28 },
      forearm: { pitch: 35 },
      hand: { pitch: 9 },
    }),
  },
};

const MIRRORED: Partial<Record<string, string>> = { left: "right", right: "left" };

/** The same pose with left and right exchanged: for the right knee across to the left. */
export function mirrorPose(pose: Pose): Pose {
  const joints: Record<string, JointAngles> = {};
  for (const [id, angles] of Object.entries(pose.joints)) {
    const [first, ...rest] = id.split("-");
    const mirroredId = first && MIRRORED[first] ? [MIRRORED[first], ...rest].join("-") : id;
    // A limb's angles are measured from the midline, so they are their own mirror; the trunk's lean and
    // turn change sign.
    const isLimb = mirroredId !== id;
    joints[mirroredId] = isLimb
      ? angles
      : { ...angles, twist: -(angles.twist ?? 0), abd: -(angles.abd ?? 0) };
  }
  return { at: [pose.at[0], -pose.at[1], pose.at[2]], tilt: pose.tilt, roll: -pose.roll, joints };
}

export const kneeBent = (side: Side): Pose => (side === "left" ? LEFT_KNEE_BENT : mirrorPose(LEFT_KNEE_BENT));
export const kneeAcross = (side: Side): Pose =>
  side === "left" ? LEFT_KNEE_ACROSS : mirrorPose(LEFT_KNEE_ACROSS);
