/**
 * Foam-roller poses (P4-P5), solved from what the article asks rather than drawn by hand: the roller lies on
 * the floor across the back at a chosen place between the base of the neck and the bottom of the ribcage,
 * the hips rest on the floor or are lifted "just enough", and the feet stay flat where they were put while
 * the knees bend to suit. Returns a pose the body engine can draw and the roller's place.
 */
import { type SegmentId, type Side, WINTER } from "./body-model";
import { type PlacedSegment, solveForwardKinematics } from "./kinematics";
import { backNormal, lowestPoint, spinePoint } from "./landmarks";
import type { JointAngles, Pose } from "./pose";
import { add, apply, lerp, scale, sub, type Vec3 } from "./vec3";

/** A foam roller about 15 cm across, for a person about 1.75 m tall. */
export const ROLLER_RADIUS = 0.043;

export type RollerSetting = {
  /** Where the roller touches the back: 0 at the base of the neck (C7), 1 at the bottom of the ribcage (T12). */
  readonly contact: number;
  /** Height of the lowest point of the pelvis above the floor (0: resting on the floor). */
  readonly hipLift: number;
  /** 0: arms resting by the sides; 1: crossed over the chest in a hug (P4). */
  readonly hug: number;
};

export type RollerScene = {
  readonly pose: Pose;
  readonly roller: { readonly centre: Vec3; readonly radius: number };
};

/** Where the ankles stay, whatever the roller does: feet flat, hip-width apart (P4). */
const ANKLE_X = 0.56;

// Resting by the sides, hands on the floor; and the P4 hug, each hand toward the opposite shoulder.
const ARMS_AT_SIDES: Record<"upper-arm" | "forearm" | "hand", JointAngles> = {
  "upper-arm": { pitch: -6, abd: 14 },
  forearm: { pitch: 10 },
  hand: { pitch: 0 },
};
const ARMS_HUG: Record<"upper-arm" | "forearm" | "hand", JointAngles> = {
  "upper-arm": { pitch: 34, abd: -27, twist: -81 },
  forearm: { pitch: 87 },
  hand: { pitch: 36 },
};

function arms(hug: number): Partial<Record<SegmentId, JointAngles>> {
  const joints: Partial<Record<SegmentId, JointAngles>> = {};
  for (const side of ["left", "right"] as const) {
    for (const part of ["upper-arm", "forearm", "hand"] as const) {
      const a = ARMS_AT_SIDES[part];
      const b = ARMS_HUG[part];
      joints[`${side}-${part}`] = {
        pitch: lerp(a.pitch ?? 0, b.pitch ?? 0, hug),
        abd: lerp(a.abd ?? 0, b.abd ?? 0, hug),
        twist: lerp(a.twist ?? 0, b.twist ?? 0, hug),
      };
    }
  }
  return joints;
}

const degrees = (radians: number): number => (radians * 180) / Math.PI;

/** The pitch that points a segment hanging from `parent` along `direction` (in the side view's plane). */
function pitchToward(parent: { frame: PlacedSegment["frame"] }, direction: Vec3): number {
  const [f, , a] = apply(transpose(parent.frame), direction);
  return degrees(Math.atan2(f, -a));
}

const transpose = (m: PlacedSegment["frame"]): PlacedSegment["frame"] => [
  [m[0][0], m[1][0], m[2][0]],
  [m[0][1], m[1][1], m[2][1]],
  [m[0][2], m[1][2], m[2][2]],
];

/** Knees up, feet flat at ANKLE_X: the two-link solution in the side view's plane. */
function legs(pose: Pose): Pose {
  let solved = pose;
  for (const side of ["left", "right"] as const satisfies readonly Side[]) {
    const skeleton = solveForwardKinematics(solved);
    const hip = skeleton.segments[`${side}-thigh`].proximal;
    const ankle: Vec3 = [ANKLE_X, hip[1], WINTER.footHeight];
    const toAnkle = sub(ankle, hip);
    const reach = Math.min(Math.hypot(toAnkle[0], toAnkle[2]), WINTER.thigh + WINTER.shank - 1e-6);
    const cos = (WINTER.thigh ** 2 + reach ** 2 - WINTER.shank ** 2) / (2 * WINTER.thigh * reach);
    const bend = Math.acos(Math.min(1, Math.max(-1, cos)));
    const heading = Math.atan2(toAnkle[2], toAnkle[0]) + bend; // the knee toward the ceiling
    const knee = add(hip, scale([Math.cos(heading), 0, Math.sin(heading)], WINTER.thigh));
    const hipPitch = pitchToward(skeleton.root, sub(knee, hip));
    solved = withJoint(solved, `${side}-thigh`, { pitch: hipPitch });
    const thigh = solveForwardKinematics(solved).segments[`${side}-thigh`];
    solved = withJoint(solved, `${side}-shank`, { pitch: pitchToward(thigh, sub(ankle, knee)) });
    const shank = solveForwardKinematics(solved).segments[`${side}-shank`];
    // P4: feet flat: the sole level with the floor.
    const [f, , a] = apply(transpose(shank.frame), [1, 0, 0]);
    solved = withJoint(solved, `${side}-foot`, { pitch: degrees(Math.atan2(a, f)) });
  }
  return solved;
}

const withJoint = (pose: Pose, id: SegmentId, angles: JointAngles): Pose => ({
  ...pose,
  joints: { ...pose.joints, [id]: angles },
});

/**
 * Place the body so the roller (on the floor at x = 0) touches the back at `contact`, for a given tilt;
 * with the height of the lowest point of the hips that gives.
 */
function placeOnRoller(setting: RollerSetting, tilt: number): { pose: Pose; hipHeight: number } {
  const base: Pose = {
    at: [0, 0, 0],
    tilt,
    roll: 0,
    joints: { ...arms(setting.hug), neck: { pitch: 8 }, head: { pitch: 4 } },
  };
  const skeleton = solveForwardKinematics(base);
  const centre = add(spinePoint(skeleton, setting.contact), scale(backNormal(skeleton), ROLLER_RADIUS));
  const lift = ROLLER_RADIUS - centre[2];
  // Moving the whole body moves every point alike, so the hips' height follows without solving again.
  const hipHeight = Math.min(lowestPoint(skeleton, "pelvis"), lowestPoint(skeleton, "lumbar")) + lift;
  return { pose: { ...base, at: [-centre[0], 0, lift] }, hipHeight };
}

/** The trunk's tilt that puts the hips at `hipLift`, by the secant method (the height falls smoothly as the
 * head end rises, the roller staying put). */
function solveTilt(setting: RollerSetting): Pose {
  let a = 0;
  let b = 20;
  let fa = placeOnRoller(setting, a).hipHeight - setting.hipLift;
  let placed = placeOnRoller(setting, b);
  let fb = placed.hipHeight - setting.hipLift;
  for (let i = 0; i < 12 && Math.abs(fb) > 1e-9 && fb !== fa; i++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    placed = placeOnRoller(setting, b);
    fb = placed.hipHeight - setting.hipLift;
  }
  return placed.pose;
}

// The same settings come round again and again in a loop: remember the last few hundred solutions.
const solved = new Map<string, RollerScene>();
const CACHE_SIZE = 600;

/** The pose for a roller setting, with the roller's place. */
export function rollerScene(setting: RollerSetting): RollerScene {
  const key = `${setting.contact.toFixed(5)} ${setting.hipLift.toFixed(5)} ${setting.hug.toFixed(5)}`;
  const known = solved.get(key);
  if (known) return known;
  const scene: RollerScene = {
    pose: legs(solveTilt(setting)),
    roller: { centre: [0, 0, ROLLER_RADIUS], radius: ROLLER_RADIUS },
  };
  if (solved.size >= CACHE_SIZE) solved.delete(solved.keys().next().value as string);
  solved.set(key, scene);
  return scene;
}
