/** "Why does my back pop?" for a lay reader, faithful to P9-P11: cavitation, not cracking bones. */
import type { Source } from "../source";

export type EducationSection = {
  readonly id: string;
  readonly heading: string;
  readonly body: string;
  readonly source: Source;
};

export const EDUCATION = {
  title: "Why does my back pop?",
  sections: [
    {
      id: "not-bones",
      heading: "It is not bones cracking",
      body: "The sound that sometimes comes with a stretch is called joint cavitation. It is not bones cracking or moving back into place: it is a quick change in pressure inside the joint capsule.",
      source: "P9",
    },
    {
      id: "synovial-fluid",
      heading: "The fluid in your joints holds gas",
      body: "Synovial fluid, the thick liquid that lubricates the small facet joints of your spine, has gases dissolved in it: nitrogen, oxygen and carbon dioxide.",
      source: "P9",
    },
    {
      id: "pressure-drop",
      heading: "A quick stretch drops the pressure",
      body: "When a joint is stretched quickly, the space between the joint surfaces grows and the pressure suddenly drops. The dissolved gases come out of the fluid and form a short-lived bubble.",
      source: "P10",
    },
    {
      id: "the-sound",
      heading: "The pop is the bubble",
      body: "The pop or crack happens either as the bubble forms (tribonucleation) or as it quickly collapses.",
      source: "P10",
    },
    {
      id: "the-relief",
      heading: "Where the relief comes from",
      body: "The relief you may feel afterwards is often attributable to muscles relaxing and an increase in the joint's range of motion: the movement signals your nervous system to decrease the protective muscle guarding around the joint.",
      source: "P11",
    },
    {
      id: "pop-does-not-matter",
      heading: "The pop does not decide whether it worked",
      body: "A pop can feel satisfying, but hearing one or not does not decide whether a stretch or mobilisation worked. Never chase a pop with momentum or bouncing.",
      source: "P11",
    },
  ],
} as const satisfies { title: string; sections: readonly EducationSection[] };
