/**
 * The safety screening (design: "Screening contract"). Every item is a required yes/no question; a "yes"
 * makes self-care inappropriate. Items P14-P20 come from the article; the red flags it does not cover come
 * from the NHS "Cauda equina syndrome" and "Back pain" pages and NICE NG59 recommendation 1.1.1.
 */
import type { Source } from "../source";

export const QUESTIONNAIRE_ID = "back-self-care-screening";
export const QUESTIONNAIRE_VERSION = "1.0.0";

/** Ordered from least to most severe; the index is the rank used to sort reasons. */
export const SEVERITIES = ["see-professional", "emergency"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ScreeningItem = {
  readonly linkId: string;
  /** The question as a person reads it: plain words, answerable yes or no. */
  readonly question: string;
  /** Why we ask and what counts, shown under the question. */
  readonly help: string;
  readonly severity: Severity;
  /** What a "yes" means for the person, shown in the decision's reasons. */
  readonly reason: string;
  readonly source: Source;
};

export const SCREENING_ITEMS = [
  {
    linkId: "recent-injury",
    question: "Have you injured your back recently?",
    help: "For example a fall, a sports injury, a car accident or lifting something awkwardly in the last few weeks.",
    severity: "see-professional",
    reason:
      "A recent back injury should be checked by a physical therapist or physician before self-mobilisation.",
    source: "P16",
  },
  {
    linkId: "disc-diagnosis",
    question:
      "Has a clinician ever told you that you have a disc problem, such as a herniated or slipped disc?",
    help: "Answer yes if a doctor, physical therapist or scan report has named a disc issue in your spine.",
    severity: "see-professional",
    reason:
      "With a diagnosed disc issue, self-adjustment can be unsafe; ask a physical therapist or physician which movements suit you.",
    source: "P17",
  },
  {
    linkId: "osteoporosis",
    question: "Have you been diagnosed with osteoporosis?",
    help: "Osteoporosis makes bones more fragile. Answer yes if it has been confirmed, for example by a bone density scan.",
    severity: "see-professional",
    reason:
      "With confirmed osteoporosis, pressure from a roller or a twist can be unsafe; a physical therapist or physician can advise you.",
    source: "P18",
  },
  {
    linkId: "sudden-acute-pain",
    question: "Do you have acute pain that began suddenly?",
    help: "Pain that came on suddenly, rather than stiffness that built up gradually.",
    severity: "see-professional",
    reason:
      "Acute pain that began suddenly should be assessed by a physical therapist or physician before self-care.",
    source: "P19",
  },
  {
    linkId: "nerve-symptoms",
    question: "Do you feel burning, numbness or tingling that spreads into your buttocks or legs?",
    help: "These can be signs that a nerve is irritated. Answer yes even if it comes and goes.",
    severity: "see-professional",
    reason:
      "Burning, numbness or tingling spreading into the buttocks or legs can be a sign of nerve irritation, and self-care is not appropriate with it. Ask a physical therapist or physician before self-care.",
    source: "P14",
  },
  {
    linkId: "walking-standing-difficulty",
    question: "Do you have difficulty walking or standing?",
    help: "For example you cannot stand up straight, walk your usual distance, or your legs give way.",
    severity: "see-professional",
    reason:
      "Difficulty walking or standing is a loss of function that needs a physical therapist or physician.",
    source: "P20",
  },
  {
    linkId: "limb-weakness",
    question: "Do you have weakness in your arms or legs that you cannot explain?",
    help: "For example dropping things, a foot that drags, or trouble climbing stairs that is new to you.",
    severity: "see-professional",
    reason:
      "Unexplained weakness in the arms or legs needs to be checked by a physical therapist or physician.",
    source: "P20",
  },
  {
    linkId: "persistent-48h",
    question:
      "Has your back pain or stiffness lasted more than 48 hours even though you have been stretching gently?",
    help: "Count from when the pain or stiffness started, including days when you tried gentle stretches.",
    severity: "see-professional",
    reason:
      "Back pain or stiffness that lasts more than 48 hours despite gentle stretching is a reason to consult a physical therapist or physician.",
    source: "P20",
  },
  {
    linkId: "frequent-adjusting",
    question: 'Do you feel the need to adjust or "crack" your back several times a day?',
    help: "A frequent urge to pop your back, rather than an occasional one.",
    severity: "see-professional",
    reason:
      "A frequent need to adjust your back several times a day is a reason to consult a physical therapist or physician.",
    source: "P20",
  },
  {
    linkId: "saddle-numbness",
    question: "Do you have numbness or tingling around your genitals, your bottom or your inner thighs?",
    help: "The areas that would touch a saddle when riding a bike.",
    severity: "emergency",
    reason:
      "Numbness around the genitals, bottom or inner thighs can be a sign of pressure on the nerves at the base of the spine (cauda equina syndrome). Call emergency services now.",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  {
    linkId: "bladder-bowel-change",
    question:
      "Do you have new trouble passing urine, loss of bladder or bowel control, or a new loss of sexual function?",
    help: "Any of these that is new since your back problem began.",
    severity: "emergency",
    reason:
      "New bladder, bowel or sexual problems with back pain can be a sign of cauda equina syndrome. Call emergency services now.",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  {
    linkId: "both-legs-symptoms",
    question: "Do you have pain, tingling, numbness or weakness in both legs?",
    help: "Symptoms on both sides at once, not just one leg.",
    severity: "emergency",
    reason:
      "Pain, tingling, numbness or weakness in both legs can be a sign of cauda equina syndrome. Call emergency services now.",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  {
    linkId: "chest-pain",
    question: "Do you have chest pain as well as your back pain?",
    help: "Any pain, pressure or tightness in your chest, even if it seems mild.",
    severity: "emergency",
    reason: "Chest pain together with back pain needs help straight away. Call emergency services now.",
    source: 'NHS "Back pain" page: when to get urgent help',
  },
  {
    linkId: "fever",
    question: "Do you have a high temperature, or do you feel hot and shivery?",
    help: "A temperature of 38 °C (100.4 °F) or more, or feeling hot to the touch with chills.",
    severity: "see-professional",
    reason: "Back pain with a high temperature can be a sign of infection; contact a physician today.",
    source: 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1',
  },
  {
    linkId: "cancer-history-or-weight-loss",
    question: "Have you ever had cancer, or have you lost weight recently without trying?",
    help: "Any past cancer diagnosis, or weight loss you cannot explain by a change in diet or exercise.",
    severity: "see-professional",
    reason:
      "Back pain with a history of cancer or unexplained weight loss should be assessed by a physician soon: ask for an urgent appointment.",
    source: 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1',
  },
  {
    linkId: "night-or-rest-pain",
    question: "Is your pain worse at night, or does it not ease when you rest?",
    help: "Pain that wakes you, or that stays the same however you lie or sit.",
    severity: "see-professional",
    reason:
      "Pain that is worse at night or not eased by rest should be assessed by a physician soon: ask for an urgent appointment.",
    source: 'NHS "Back pain" page: when to get urgent help',
  },
] as const satisfies readonly ScreeningItem[];

export type ScreeningLinkId = (typeof SCREENING_ITEMS)[number]["linkId"];
export const SCREENING_LINK_IDS = SCREENING_ITEMS.map((item) => item.linkId) as readonly ScreeningLinkId[];

const byLinkId = new Map<string, ScreeningItem>(SCREENING_ITEMS.map((item) => [item.linkId, item]));

export function isScreeningLinkId(value: string): value is ScreeningLinkId {
  return byLinkId.has(value);
}

export function screeningItem(linkId: ScreeningLinkId): ScreeningItem {
  const item = byLinkId.get(linkId);
  if (!item) throw new Error(`unknown screening item ${linkId}`);
  return item;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
