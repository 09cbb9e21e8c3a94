import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { describe, expect, it } from "vitest";
import {
  advance,
  answer,
  back,
  currentItem,
  type Draft,
  emptyDraft,
  QUESTION_COUNT,
} from "./screening-draft";

function answeredUpTo(count: number, value = false): Draft {
  let draft = emptyDraft;
  for (let i = 0; i < count; i++) {
    draft = answer(draft, value);
    const next = advance(draft);
    if (next.kind === "next") draft = next.draft;
  }
  return draft;
}

describe("a screening draft", () => {
  it("refuses to advance past an unanswered question", () => {
    expect(advance(emptyDraft)).toEqual({ kind: "unanswered", draft: emptyDraft });
  });

  it("completes only after the last question, with every answer", () => {
    const last = answeredUpTo(QUESTION_COUNT - 1);
    expect(currentItem(last).linkId).toBe(SCREENING_ITEMS.at(-1)?.linkId);
    const done = advance(answer(last, true));
    expect(done.kind).toBe("complete");
    if (done.kind !== "complete") return;
    expect(Object.keys(done.answers)).toHaveLength(QUESTION_COUNT);
    expect(done.answers[SCREENING_ITEMS.at(-1)?.linkId ?? "fever"]).toBe(true);
  });

  it("sends a person back to a question that was somehow left unanswered instead of defaulting it", () => {
    const last = answeredUpTo(QUESTION_COUNT - 1);
    const { [SCREENING_ITEMS[3].linkId]: _dropped, ...rest } = last.answers;
    const gap = advance(answer({ ...last, answers: rest }, false));
    expect(gap).toMatchObject({ kind: "unanswered", draft: { index: 3 } });
  });

  it("goes back one question but never before the first", () => {
    expect(back(answeredUpTo(2)).index).toBe(1);
    expect(back(emptyDraft).index).toBe(0);
  });
});
