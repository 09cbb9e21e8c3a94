/** P6-P7: the supine spinal twist, both sides every time, in the article's words. */
import { SLOW_RETURN, TWIST_HOLD } from "./step-timings";
import type { Step, Technique } from "./technique";

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
  nameInSentence: "supine spinal twist",
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
