/**
 * A "yes" changed to "no" soon after is the answer a person may be tempted to undo to get past a warning.
 * Such a change is asked about ("Did you answer by mistake?") and both screenings are kept.
 */
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import type { Answers } from "../screening/triage";
import { HOUR_MS, type Instant } from "../units";

/** Product rule: a changed answer within this span of the previous screening is asked about. */
export const RETRACTION_WINDOW_MS = HOUR_MS;

/** Screening items answered "yes" in a previous screening less than an hour before `now` and "no" in `answers`. */
export function findRetractedAnswers(
  previous: { answers: Answers; at: string } | null,
  answers: Answers,
  now: Instant,
): ScreeningLinkId[] {
  if (!previous) return [];
  // A previous screening dated after `now` (another device's clock) counts as recent: asking is the safer side.
  if (!(now - Date.parse(previous.at) < RETRACTION_WINDOW_MS)) return [];
  return SCREENING_LINK_IDS.filter(
    (linkId) => previous.answers[linkId] === true && answers[linkId] === false,
  );
}
