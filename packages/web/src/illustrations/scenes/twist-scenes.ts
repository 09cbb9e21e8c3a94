/**
 * The supine spinal twist steps (P6-P7), seen from the side and above, from the side the knee is lowered
 * toward, so the knee comes toward the viewer: the knee lowering across, the hold, and the slow return to
 * the centre. The descriptions name the side in words.
 */
import { STEP_TIMINGS } from "@limber/core/content/techniques";
import { otherSide, type Side } from "../body/body-model";
import { interpolatePose, type Pose } from "../body/pose";
import { type Scene, throughKeys } from "./scene";
import { kneeAcross, kneeBent, TWIST_START } from "./twist-poses";

const blendPoses = (a: Pose, b: Pose, t: number) => ({ pose: interpolatePose(a, b, t) });

const guide = (side: Side): Scene => ({
  id: `twist-guide-${side}`,
  title: `Lying on your back, arms out in a T: the ${side} knee bends and lowers slowly across toward the floor on your ${otherSide(side)}, your ${otherSide(side)} hand resting lightly on it, your ${side} shoulder blade staying on the floor.`,
  source: "P7",
  camera: `three-quarter-${otherSide(side)}`,
  motion: "once",
  seconds: 8,
  side,
  frameAt: throughKeys([TWIST_START, kneeBent(side), kneeAcross(side)], blendPoses),
});

const hold = (side: Side): Scene => ({
  id: `twist-hold-${side}`,
  title: `Holding still: the ${side} knee across toward the floor on your ${otherSide(side)}, your ${otherSide(side)} hand resting on it, arms and ${side} shoulder blade on the floor.`,
  source: "P7",
  camera: `three-quarter-${otherSide(side)}`,
  motion: "still",
  seconds: 0,
  side,
  frameAt: () => ({ pose: kneeAcross(side) }),
});

const returning = (side: Side): Scene => ({
  id: "twist-return",
  title: `Returning slowly to the centre: the ${side} knee comes back up from your ${otherSide(side)} side and the leg lies straight again, arms out in a T.`,
  source: "P7",
  camera: `three-quarter-${otherSide(side)}`,
  motion: "once",
  // Slow, yet back in the centre by the time the person may move on (the return's minimum).
  seconds: STEP_TIMINGS["slow-return"].minSeconds,
  side,
  frameAt: throughKeys([kneeAcross(side), kneeBent(side), TWIST_START], blendPoses),
});

export const TWIST_POSITION: Scene = {
  id: "twist-position",
  title: "Lying flat on your back with your arms out to the sides in a T, shoulders on the floor.",
  source: "P6",
  camera: "three-quarter-right",
  motion: "still",
  seconds: 0,
  frameAt: () => ({ pose: TWIST_START }),
};

/** The return for a side; without one (a caller that does not say), the still centre position. */
export const twistReturn = (side: Side | undefined): Scene =>
  side
    ? returning(side)
    : { ...TWIST_POSITION, id: "twist-return", title: "Back in the centre, lying flat, arms out in a T." };

export const TWIST_SCENES: readonly Scene[] = [
  TWIST_POSITION,
  guide("left"),
  hold("left"),
  guide("right"),
  hold("right"),
];
