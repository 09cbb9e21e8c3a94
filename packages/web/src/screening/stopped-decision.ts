/**
 * The decision for a screening that ended at its first emergency answer. Triage gives `emergency` when any
 * emergency item is yes, whatever the other answers, so the outcome is already certain; the reasons are
 * exactly the questions answered yes. The questions never asked are not answered, and not stored.
 */
import {
  SCREENING_LINK_IDS,
  type ScreeningLinkId,
  screeningItem,
} from "@limber/core/screening/questionnaire";
import { type Answers, type Decision, decide } from "@limber/core/screening/triage";
import type { DraftAnswers } from "./screening-draft";

export function stoppedDecision(asked: DraftAnswers, stoppedAt: ScreeningLinkId): Decision {
  if (asked[stoppedAt] !== true || screeningItem(stoppedAt).severity !== "emergency") {
    throw new Error(`a screening stops only at an emergency "yes", not at ${stoppedAt}`);
  }
  // `decide` lists one reason per "yes": an item not asked is no reason, so it is passed as "not yes" here
  // only to compute the reasons; the record keeps `asked` alone.
  const yesOnly = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, asked[id] === true])) as Answers;
  return decide(yesOnly);
}
