/**
 * The screening in progress: one question at a time, and no way past a question without an answer
 * (design: every item is required; never defaulted to "no").
 */
import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Answers } from "@limber/core/screening/triage";

export type Draft = {
  readonly index: number;
  readonly answers: Readonly<Partial<Record<ScreeningLinkId, boolean>>>;
};

export const QUESTION_COUNT = SCREENING_ITEMS.length;
export const emptyDraft: Draft = { index: 0, answers: {} };

export function currentItem(draft: Draft) {
  return SCREENING_ITEMS[draft.index] ?? SCREENING_ITEMS[0];
}

export function answer(draft: Draft, value: boolean): Draft {
  return { ...draft, answers: { ...draft.answers, [currentItem(draft).linkId]: value } };
}

export function isAnswered(draft: Draft): boolean {
  return typeof draft.answers[currentItem(draft).linkId] === "boolean";
}

export function isLast(draft: Draft): boolean {
  return draft.index === QUESTION_COUNT - 1;
}

export type Advance =
  | { readonly kind: "next"; readonly draft: Draft }
  | { readonly kind: "complete"; readonly answers: Answers }
  | { readonly kind: "unanswered"; readonly draft: Draft };

/** Moves on only when the current question is answered; after the last one, returns the complete answers. */
export function advance(draft: Draft): Advance {
  if (!isAnswered(draft)) return { kind: "unanswered", draft };
  if (!isLast(draft)) return { kind: "next", draft: { ...draft, index: draft.index + 1 } };
  const missing = SCREENING_ITEMS.findIndex((item) => typeof draft.answers[item.linkId] !== "boolean");
  // Unreachable through the UI, but never let a gap through: send the person back to it.
  if (missing >= 0) return { kind: "unanswered", draft: { ...draft, index: missing } };
  return { kind: "complete", answers: draft.answers as Answers };
}

export function back(draft: Draft): Draft {
  return { ...draft, index: Math.max(0, draft.index - 1) };
}
