/**
 * Short check-in labels for the screening items, so a person can tick what is new since they screened.
 * Typed as a full record so a new screening item cannot be left out of the check-in.
 */
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";

export const SYMPTOM_LABELS: Readonly<Record<ScreeningLinkId, string>> = {
  "nerve-symptoms": "Burning, numbness or tingling spreading into the buttocks or legs",
  "both-legs-symptoms": "Pain, tingling, numbness or weakness in both legs",
  "saddle-numbness": "Numbness or tingling around the genitals, bottom or inner thighs",
  "bladder-bowel-change": "New trouble passing urine, or loss of bladder, bowel or sexual function",
  "chest-pain": "Chest pain",
  fever: "A high temperature, or feeling hot and shivery",
  "limb-weakness": "Weakness in the arms or legs I cannot explain",
  "walking-standing-difficulty": "Difficulty walking or standing",
  "sudden-acute-pain": "Acute pain that began suddenly",
  "night-or-rest-pain": "Pain worse at night or not eased by rest",
  "recent-injury": "A new injury to my back",
  "persistent-48h": "Back pain or stiffness lasting more than 48 hours despite gentle stretching",
  "frequent-adjusting": "A need to crack my back several times a day",
  "disc-diagnosis": "A clinician has told me I have a disc problem",
  osteoporosis: "I have been diagnosed with osteoporosis",
  "cancer-history-or-weight-loss": "A history of cancer, or weight loss I cannot explain",
};
