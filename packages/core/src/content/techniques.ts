/**
 * The two techniques as typed data, faithful to the article's wording and numbers (P4-P7). The session
 * engine (`session/machine.ts`) runs any technique defined here; it knows nothing of rollers or twists.
 */
import type { TechniqueId } from "../journal/events";
import type { Source } from "../source";

export type StepKind = "setup" | "movement" | "rolling" | "hold" | "return";

/**
 * How long a step lasts. `minSeconds`: the engine refuses to move on earlier. `targetSeconds`: with
 * auto-advance on, the step ends by itself then. `chime`: a hold, marked by a chime at its start and end.
 * `setting` names the person's setting that may lengthen the target (never below `minSeconds`).
 */
export type StepTiming = {
  readonly minSeconds: number;
  readonly targetSeconds: number;
  readonly chime: boolean;
  readonly setting?: "twistHoldSeconds";
  /** A paragraph that gives these numbers, or "Limber product rule" when the article gives none. */
  readonly source: Source;
  /** Why these numbers: the article's words, or the reason for Limber's own choice. */
  readonly why: string;
};

export type Step = {
  readonly id: string;
  readonly kind: StepKind;
  /**
   * True for the steps the article gives no time for (getting into position, guiding the knee across, rolling):
   * the session waits for the person ("I'm in position", "Done rolling") and never moves on by itself.
   * False for the timed steps, which count down and, with auto-advance on, end by themselves.
   */
  readonly waitsForPerson: boolean;
  readonly title: string;
  /** What to do, in the article's words. */
  readonly instruction: string;
  /** What is spoken when the step begins (hands-free). */
  readonly cue: string;
  /** What the person should feel. */
  readonly feel?: string;
  readonly side?: "left" | "right";
  /** The SVG scene the web app shows for this step. */
  readonly illustration: string;
  /** Present exactly for the timed steps (`waitsForPerson: false`). */
  readonly timing?: StepTiming;
  /** Rolling steps offer the tight-spot pause. */
  readonly tightSpot?: boolean;
  readonly source: Source;
};

export type Technique = {
  readonly id: TechniqueId;
  readonly name: string;
  readonly region: string;
  readonly summary: string;
  readonly source: Source;
  /** What the technique does, in the article's words. */
  readonly explanation: { readonly text: string; readonly source: Source };
  readonly steps: readonly Step[];
};

/**
 * The article gives no time for getting into position or guiding the knee across, so those steps wait for the
 * person to say they are in position: a clock would run on while they are still holding the phone.
 */
export const IN_POSITION = {
  button: "I'm in position",
  why: "The article gives no time for getting into position or guiding the knee across; the session waits until you say you are in position.",
  source: "Limber product rule",
} as const;

const SLOW_RETURN: StepTiming = {
  minSeconds: 5,
  targetSeconds: 8,
  chime: false,
  source: "Limber product rule",
  why: 'P7 says to "return to the center slowly" but gives no time; at least 5 s (8 s by default) keeps the return slow.',
};
const TWIST_HOLD: StepTiming = {
  minSeconds: 30,
  targetSeconds: 30,
  chime: true,
  setting: "twistHoldSeconds",
  source: "P7",
  why: 'P7: "Hold the comfortable position for at least 30 seconds".',
};
const COME_DOWN: StepTiming = {
  minSeconds: 0,
  targetSeconds: 10,
  chime: false,
  source: "Limber product rule",
  why: "The article gives no time for coming off the roller; 10 s is Limber's pace for lowering the hips with control.",
};

export const THORACIC_FOAM_ROLL = {
  id: "thoracic-foam-roll",
  name: "Thoracic foam-roller release",
  region: "Upper and mid-back (thoracic spine)",
  summary: "Sustained pressure from a foam roller on the upper and mid-back.",
  source: "P4",
  explanation: {
    text: "This is a form of self-myofascial release: pressure on the connective tissue to improve blood flow and flexibility.",
    source: "P5",
  },
  steps: [
    {
      id: "roll-position",
      kind: "setup",
      title: "Lie on the roller",
      instruction:
        "Place the foam roller horizontally beneath your shoulder blades while lying on your back with your knees bent and feet flat.",
      cue: "Lie on your back with the roller across your upper back, beneath your shoulder blades. Knees bent, feet flat.",
      feel: "The roller across your upper back, under your shoulder blades, never under your lower back.",
      illustration: "roll-position",
      waitsForPerson: true,
      source: "P4",
    },
    {
      id: "roll-hug",
      kind: "setup",
      title: "Hug yourself",
      instruction:
        "Cross your arms over your chest as if giving yourself a hug. This helps separate the shoulder blades.",
      cue: "Cross your arms over your chest, as if giving yourself a hug.",
      feel: "Your shoulder blades spreading apart.",
      illustration: "roll-hug",
      waitsForPerson: true,
      source: "P4",
    },
    {
      id: "roll-lift",
      kind: "movement",
      title: "Engage and lift",
      instruction:
        "Keep your core muscles lightly engaged to protect your lower back, and slowly lift your hips just enough to control the pressure.",
      cue: "Lightly engage your core, and slowly lift your hips just enough to control the pressure.",
      illustration: "roll-lift",
      waitsForPerson: true,
      source: "P5",
    },
    {
      id: "roll-release",
      kind: "rolling",
      title: "Roll slowly",
      instruction:
        "Roll deliberately and slowly, moving only between the base of your neck and the bottom of your ribcage. If you find a spot of localised tightness, pause on it for 20 to 30 seconds with slow, deep breaths.",
      cue: "Roll slowly, only between the base of your neck and the bottom of your ribcage. Tap tight spot when you find one.",
      feel: "Sustained, comfortable pressure that you control with your hips.",
      illustration: "roll-release",
      waitsForPerson: true,
      tightSpot: true,
      source: "P5",
    },
    {
      id: "roll-finish",
      kind: "return",
      title: "Come down slowly",
      instruction: "With slow, deliberate control, lower your hips to the floor and rest before you get up.",
      cue: "Slowly lower your hips to the floor and rest.",
      illustration: "roll-finish",
      waitsForPerson: false,
      timing: COME_DOWN,
      source: "P13",
    },
  ],
} as const satisfies Technique;

function twistSide(side: "left" | "right", opposite: "left" | "right"): Step[] {
  return [
    {
      id: `twist-guide-${side}`,
      kind: "movement",
      title: `Guide your ${side} knee across`,
      instruction: `Bend your ${side} knee and slowly guide it across your body toward the floor on your ${opposite} side, using your ${opposite} hand to apply very light pressure. Keep your ${side} shoulder blade pressed firmly against the floor.`,
      cue: `Bend your ${side} knee and slowly guide it across toward the floor on your ${opposite}. Very light pressure from your ${opposite} hand. Keep your ${side} shoulder blade on the floor.`,
      feel: "A gentle stretch, not a forceful twist.",
      side,
      illustration: `twist-guide-${side}`,
      waitsForPerson: true,
      source: "P7",
    },
    {
      id: `twist-hold-${side}`,
      kind: "hold",
      title: `Hold: ${side} knee across`,
      instruction: "Hold the comfortable position for at least 30 seconds to allow the tissues to lengthen.",
      cue: "Hold this comfortable position. Breathe slowly.",
      feel: "A gentle stretch in your lower back muscles and around the vertebrae.",
      side,
      illustration: `twist-hold-${side}`,
      waitsForPerson: false,
      timing: TWIST_HOLD,
      source: "P7",
    },
    {
      id: `twist-return-${side}`,
      kind: "return",
      title: "Return to the centre slowly",
      instruction: "Return to the centre slowly.",
      cue: "Slowly return to the centre.",
      side,
      illustration: "twist-return",
      waitsForPerson: false,
      timing: SLOW_RETURN,
      source: "P7",
    },
  ];
}

export const SUPINE_SPINAL_TWIST = {
  id: "supine-spinal-twist",
  name: "Supine spinal twist",
  region: "Lower back (lumbar spine)",
  summary: "A gentle rotation lying on your back, with controlled movement and no aggressive force.",
  source: "P6",
  explanation: {
    text: "This rotation gently stretches the lower back muscles and the small stabilising muscles around the vertebrae.",
    source: "P7",
  },
  steps: [
    {
      id: "twist-position",
      kind: "setup",
      title: "Lie flat in a T",
      instruction:
        "Lie flat on your back and extend your arms out to the sides in a 'T' shape to keep your shoulders grounded.",
      cue: "Lie flat on your back, arms out to the sides in a T, shoulders on the floor.",
      illustration: "twist-position",
      waitsForPerson: true,
      source: "P6",
    },
    // P7: "before repeating the process on the other side": both sides, every time.
    ...twistSide("left", "right"),
    ...twistSide("right", "left"),
  ],
} as const satisfies Technique;

/** Every step duration, named, so each number is traced to its source and reason. */
export const STEP_TIMINGS = {
  "twist-hold": TWIST_HOLD,
  "slow-return": SLOW_RETURN,
  "come-down": COME_DOWN,
} as const satisfies Record<string, StepTiming>;

export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  "thoracic-foam-roll": THORACIC_FOAM_ROLL,
  "supine-spinal-twist": SUPINE_SPINAL_TWIST,
};

/** P6: the lower back gets controlled rotation, never direct pressure from the roller. */
export const LOWER_BACK_NEVER_ROLLED = {
  text: "Never foam-roll your lower back. It needs a gentler approach: the supine spinal twist.",
  source: "P6",
} as const;
