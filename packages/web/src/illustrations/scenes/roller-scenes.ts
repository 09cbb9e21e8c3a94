/**
 * The thoracic foam-roller steps (P4-P5, P13), seen from the side: each a roller setting solved into a pose.
 * Rolling goes slowly back and forth between the base of the neck and the bottom of the ribcage, never
 * beyond (the lower back is never rolled, P6).
 */
import { type RollerSetting, rollerScene } from "../body/roller-pose";
import { lerp } from "../body/vec3";
import { type Frame, type Scene, throughKeys } from "./scene";

/** Under the shoulder blades (P4): about a third of the way from C7 to T12. */
const UNDER_SHOULDER_BLADES = 0.35;
/** P5: "just enough to control the pressure": about 9 cm for a person of 1.75 m. */
const HIPS_LIFTED = 0.05;
/** The rolling range, kept inside C7 (0) to T12 (1) by a margin, so the roller never reaches the neck or
 * the lower back (P5, P6). */
export const ROLLING_RANGE = { from: 0.1, to: 0.88 } as const;

let restX: number | undefined;
/** Where the body rests over the roller, solved at the first frame drawn rather than when this module loads
 * (solving the skeleton is a long task's worth of work at a phone's CPU speed on a screen that draws none). */
const restingX = (): number =>
  (restX ??= rollerScene({ contact: UNDER_SHOULDER_BLADES, hipLift: 0, hug: 0 }).pose.at[0]);

function frameFor(setting: RollerSetting): Frame {
  const { pose, roller } = rollerScene(setting);
  // The roller turns as the body moves over it: distance over radius.
  return { pose, roller: { ...roller, turn: (pose.at[0] - restingX()) / roller.radius } };
}

const blendSettings = (a: RollerSetting, b: RollerSetting, t: number): Frame =>
  frameFor({
    contact: lerp(a.contact, b.contact, t),
    hipLift: lerp(a.hipLift, b.hipLift, t),
    hug: lerp(a.hug, b.hug, t),
  });

const resting: RollerSetting = { contact: UNDER_SHOULDER_BLADES, hipLift: 0, hug: 0 };
const hugging: RollerSetting = { ...resting, hug: 1 };
const lifted: RollerSetting = { ...hugging, hipLift: HIPS_LIFTED };

const scene = (s: Omit<Scene, "camera" | "frameAt"> & { keys: RollerSetting[] }): Scene => ({
  id: s.id,
  title: s.title,
  source: s.source,
  motion: s.motion,
  seconds: s.seconds,
  camera: "side",
  frameAt: throughKeys(s.keys, blendSettings),
});

export const ROLLER_SCENES: readonly Scene[] = [
  scene({
    id: "roll-position",
    title:
      "Lying on your back with knees bent and feet flat, the foam roller across your upper back beneath your shoulder blades.",
    source: "P4",
    motion: "still",
    seconds: 0,
    keys: [resting],
  }),
  scene({
    id: "roll-hug",
    title:
      "Arms crossing over the chest as if giving yourself a hug, the roller beneath the shoulder blades.",
    source: "P4",
    motion: "once",
    seconds: 4,
    keys: [resting, hugging],
  }),
  scene({
    id: "roll-lift",
    title: "Arms crossed, hips slowly lifted just off the floor, just enough to control the pressure.",
    source: "P5",
    motion: "once",
    seconds: 4,
    keys: [hugging, lifted],
  }),
  scene({
    id: "roll-release",
    title:
      "Hips lifted and arms crossed, rolling slowly up and down between the base of the neck and the bottom of the ribcage, never the lower back.",
    source: "P5",
    motion: "loop",
    seconds: 12,
    keys: [
      lifted,
      { ...lifted, contact: ROLLING_RANGE.from },
      { ...lifted, contact: ROLLING_RANGE.to },
      lifted,
    ],
  }),
  scene({
    id: "roll-finish",
    title: "Hips lowered slowly back to the floor, resting on the roller before getting up.",
    source: "P13",
    motion: "once",
    seconds: 4,
    keys: [lifted, hugging],
  }),
];
