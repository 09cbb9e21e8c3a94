/**
 * The screening in progress: one question at a time, one tap per answer, and no way past a question
 * without an answer (design: every item is required; never defaulted to "no"). The first emergency "yes"
 * ends the screening at once: nothing later could make the outcome less urgent.
 */
import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Answers } from "@limber/core/screening/triage";

export type DraftAnswers = Readonly<Partial<Record<ScreeningLinkId, boolean>>>;

export const QUESTION_COUNT = SCREENING_ITEMS.length;

/** The item at a 0-based index (clamped into the questionnaire). */
export function itemAt(index: number) {
  return SCREENING_ITEMS[Math.min(Math.max(index, 0), QUESTION_COUNT - 1)] ?? SCREENING_ITEMS[0];
}

/** The index of the first question without an answer; QUESTION_COUNT when every one has one. */
export function firstUnanswered(answers: DraftAnswers): number {
  const index = SCREENING_ITEMS.findIndex((item) => typeof answers[item.linkId] !== "boolean");
  return index < 0 ? QUESTION_COUNT : index;
}

/**
 * The question to show for the address `?q=<n>` (1-based): never beyond the first unanswered question, so
 * a typed or stale address cannot skip one. Returns a 0-based index.
 */
export function questionIndex(q: string | null, answers: DraftAnswers): number {
  const asked = Number.parseInt(q ?? "", 10);
  const wanted = Number.isInteger(asked) ? asked - 1 : 0;
  return Math.min(Math.max(wanted, 0), firstUnanswered(answers), QUESTION_COUNT - 1);
}

export type Step =
  /** Go on to the question at this 0-based index. */
  | { readonly kind: "next"; readonly index: number }
  /** An emergency "yes": stop now. `answers` holds the questions asked, up to and including this one. */
  | { readonly kind: "emergency"; readonly stoppedAt: ScreeningLinkId; readonly answers: DraftAnswers }
  /** Every question answered. */
  | { readonly kind: "complete"; readonly answers: Answers };

/** Records the answer to the question at `index` and says what comes next. */
export function answerQuestion(
  answers: DraftAnswers,
  index: number,
  value: boolean,
): { readonly answers: DraftAnswers; readonly step: Step } {
  const item = itemAt(index);
  const next: DraftAnswers = { ...answers, [item.linkId]: value };
  if (value && item.severity === "emergency") {
    const asked = SCREENING_ITEMS.slice(0, SCREENING_ITEMS.indexOf(item) + 1);
    const given = Object.fromEntries(
      asked.flatMap((i) => (typeof next[i.linkId] === "boolean" ? [[i.linkId, next[i.linkId]]] : [])),
    ) as DraftAnswers;
    return { answers: next, step: { kind: "emergency", stoppedAt: item.linkId, answers: given } };
  }
  const gap = firstUnanswered(next);
  if (gap === QUESTION_COUNT) {
    return index === QUESTION_COUNT - 1
      ? { answers: next, step: { kind: "complete", answers: next as Answers } }
      : { answers: next, step: { kind: "next", index: index + 1 } };
  }
  // Onward in order; a question left unanswered earlier (unreachable through the screen) is asked first.
  return { answers: next, step: { kind: "next", index: Math.min(index + 1, gap) } };
}
