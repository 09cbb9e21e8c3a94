/** P4-P5: the thoracic foam-roller release, step by step, in the article's words. */
import { COME_DOWN } from "./step-timings";
import type { Technique } from "./technique";

export const THORACIC_FOAM_ROLL = {
  id: "thoracic-foam-roll",
  name: "Thoracic foam-roller release",
  nameInSentence: "thoracic foam-roller release",
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

/** P6: the lower back gets controlled rotation, never direct pressure from the roller. */
export const LOWER_BACK_NEVER_ROLLED = {
  text: "Never foam-roll your lower back. It needs a gentler approach: the supine spinal twist.",
  source: "P6",
} as const;
