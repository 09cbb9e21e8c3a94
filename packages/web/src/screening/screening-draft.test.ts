import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerQuestion,
  type DraftAnswers,
  firstUnanswered,
  QUESTION_COUNT,
  questionIndex,
} from "./screening-draft";

const indexOf = (linkId: ScreeningLinkId) => SCREENING_ITEMS.findIndex((item) => item.linkId === linkId);
const EMERGENCY_ITEMS = SCREENING_ITEMS.filter((item) => item.severity === "emergency");

/** Answers the questions in order from the first, returning the draft and the last step. */
function answerInOrder(values: readonly boolean[]) {
  let answers: DraftAnswers = {};
  let step: ReturnType<typeof answerQuestion>["step"] | null = null;
  for (const [index, value] of values.entries()) {
    ({ answers, step } = answerQuestion(answers, index, value));
    if (step.kind !== "next") break;
  }
  return { answers, step };
}

describe("a screening draft", () => {
  it("moves to the next question after each answer", () => {
    const { step } = answerQuestion({}, 0, false);
    expect(step).toEqual({ kind: "next", index: 1 });
  });

  it("completes after the last question, with every answer", () => {
    const { step } = answerInOrder(SCREENING_ITEMS.map(() => false));
    expect(step?.kind).toBe("complete");
    if (step?.kind !== "complete") return;
    expect(Object.keys(step.answers)).toHaveLength(QUESTION_COUNT);
  });

  it("[C-screening-stops-at-emergency] ends at the first emergency yes, wherever it is, keeping only the questions asked", () => {
    for (const item of EMERGENCY_ITEMS) {
      const at = indexOf(item.linkId);
      const values = SCREENING_ITEMS.map((_, index) => index === at);
      const { step } = answerInOrder(values);
      expect(step).toMatchObject({ kind: "emergency", stoppedAt: item.linkId });
      if (step?.kind !== "emergency") return;
      expect(Object.keys(step.answers)).toEqual(SCREENING_ITEMS.slice(0, at + 1).map((i) => i.linkId));
    }
  });

  it("[C-screening-stops-at-emergency] never asks another question after an emergency yes, for any answers (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: QUESTION_COUNT, maxLength: QUESTION_COUNT }),
        (values) => {
          const { step } = answerInOrder(values);
          const firstEmergencyYes = SCREENING_ITEMS.findIndex(
            (item, index) => item.severity === "emergency" && values[index],
          );
          if (firstEmergencyYes < 0) expect(step?.kind).toBe("complete");
          else
            expect(step).toMatchObject({
              kind: "emergency",
              stoppedAt: SCREENING_ITEMS[firstEmergencyYes]?.linkId,
            });
        },
      ),
    );
  });

  it("does not stop at a see-professional yes: every question is still asked", () => {
    const { step } = answerInOrder(SCREENING_ITEMS.map((item) => item.severity === "see-professional"));
    expect(step?.kind).toBe("complete");
  });

  it("asks a question left unanswered before moving past it, instead of defaulting it to no", () => {
    const { answers } = answerInOrder(SCREENING_ITEMS.map(() => false));
    const { [SCREENING_ITEMS[3].linkId]: _gap, ...rest } = answers;
    expect(answerQuestion(rest, QUESTION_COUNT - 1, false).step).toEqual({ kind: "next", index: 3 });
  });

  it("shows no question beyond the first unanswered one, whatever the address says", () => {
    const { answers } = answerInOrder([false, false]);
    expect(firstUnanswered(answers)).toBe(2);
    expect(questionIndex("9", answers)).toBe(2);
    expect(questionIndex("2", answers)).toBe(1);
    expect(questionIndex(null, answers)).toBe(0);
    expect(questionIndex("zero", answers)).toBe(0);
    expect(questionIndex("-4", answers)).toBe(0);
  });
});
