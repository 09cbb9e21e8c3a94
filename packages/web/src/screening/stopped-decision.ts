/**
 * The decision for a screening that ended at its first emergency answer. Triage gives `emergency` when any
 * emergency item is yes, whatever the other answers, so the outcome is already certain; the reasons are
 * exactly the questions answered yes. The questions never asked are not answered, and not stored.
 */
import { type ScreeningLinkId, screeningItem } from "@limber/core/screening/questionnaire";
import { decideStopped } from "@limber/core/screening/stopped";
import type { Decision } from "@limber/core/screening/triage";
import type { DraftAnswers } from "./screening-draft";

export function stoppedDecision(asked: DraftAnswers, stoppedAt: ScreeningLinkId): Decision {
  if (asked[stoppedAt] !== true || screeningItem(stoppedAt).severity !== "emergency") {
    throw new Error(`a screening stops only at an emergency "yes", not at ${stoppedAt}`);
  }
  return decideStopped({ answers: asked, stoppedAt });
}
