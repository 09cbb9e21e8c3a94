/**
 * What a person can open behind every citation: each article paragraph Limber relies on (a short quote and
 * what Limber takes from it), each named clinical guideline, and what "Limber product rule" means.
 */
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { type ArticleParagraph, GUIDELINES, type Guideline, type Source } from "@limber/core/source";

export type ParagraphEntry = {
  readonly id: ArticleParagraph;
  readonly quote: string;
  readonly takes: string;
};

/** The article paragraphs Limber uses, in article order. Quotes are short and verbatim. */
export const PARAGRAPHS = [
  {
    id: "P2",
    quote: "gentle, self-care techniques designed to relieve tension and increase spinal mobility",
    takes: "What Limber is for: gentle self-care for everyday stiffness, nothing more.",
  },
  {
    id: "P4",
    quote: "placing the roller horizontally beneath your shoulder blades while lying on your back",
    takes: "The foam-roller set-up: knees bent, feet flat, arms crossed over the chest.",
  },
  {
    id: "P5",
    quote: "pause on that point for 20 to 30 seconds, maintaining slow, deep breaths",
    takes: "Roll only between the base of the neck and the bottom of the ribcage; the tight-spot pause.",
  },
  {
    id: "P6",
    quote: "The lumbar spine, or lower back, requires a gentler approach",
    takes: "The lower back is never foam-rolled; the spinal twist starts with arms out in a T.",
  },
  {
    id: "P7",
    quote: "Hold the comfortable position for at least 30 seconds",
    takes: "The twist: one knee across, opposite shoulder blade down, at least 30 seconds, both sides.",
  },
  {
    id: "P9",
    quote: "This sound is not the result of bones cracking or physically realigning",
    takes: "Why backs pop: a change in pressure inside the joint, not bones moving.",
  },
  {
    id: "P10",
    quote: "forming a temporary gas bubble",
    takes: "The pop is a gas bubble forming or collapsing in the joint fluid.",
  },
  {
    id: "P11",
    quote: "its presence or absence does not determine the effectiveness of the stretch",
    takes: "A pop is never a goal: Limber never rewards or counts one.",
  },
  {
    id: "P13",
    quote: "never use momentum or bouncing movements to achieve a “pop.”",
    takes: "The reminder before every session, and the stop for sharp, shooting or intense pain.",
  },
  {
    id: "P14",
    quote: "Self-care is inappropriate if you feel any symptoms of nerve irritation",
    takes: "The screening question about burning, numbness or tingling into the buttocks or legs.",
  },
  {
    id: "P16",
    quote: "Any recent injury",
    takes: "A screening question: a recent back injury means seeing a professional first.",
  },
  {
    id: "P17",
    quote: "A diagnosed disc issue, such as a herniation",
    takes: "A screening question: a diagnosed disc issue means seeing a professional first.",
  },
  {
    id: "P18",
    quote: "Confirmed osteoporosis",
    takes: "A screening question: confirmed osteoporosis means seeing a professional first.",
  },
  {
    id: "P19",
    quote: "Acute pain that began suddenly",
    takes: "A screening question: sudden, acute pain means seeing a professional first.",
  },
  {
    id: "P20",
    quote: "persists for more than 48 hours despite gentle stretching",
    takes:
      "When to see a physical therapist or physician: stiffness over 48 hours, a frequent urge to adjust, trouble walking or standing, unexplained weakness.",
  },
] as const satisfies readonly ParagraphEntry[];

export type GuidelineEntry = {
  readonly name: Guideline;
  readonly publisher: string;
  readonly document: string;
  readonly part: string;
  /** The screening questions that rest on it: what Limber takes from it. */
  readonly questions: readonly string[];
};

/** Every guideline the core names (its GUIDELINES table), with the screening questions that cite it. */
export const GUIDELINE_ENTRIES: readonly GuidelineEntry[] = (Object.keys(GUIDELINES) as Guideline[]).map(
  (name) => ({
    name,
    ...GUIDELINES[name],
    questions: SCREENING_ITEMS.filter((item) => item.source === name).map((item) => item.question),
  }),
);

export const PRODUCT_RULE_EXPLANATION =
  "A choice Limber makes where the article is silent, always on the safe side: for example, two stops for sharp pain in a week is a reason to see a professional, and the pacing of breaths during a pause. It is not clinical advice from the article or a guideline.";

/** The element id on the Sources screen for a source, so a citation can bring it into view. */
export function sourceAnchor(source: Source): string {
  if (/^P\d+$/.test(source)) return `source-${source}`;
  if (source === "Limber product rule") return "source-product-rule";
  return `source-${source
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()}`;
}
