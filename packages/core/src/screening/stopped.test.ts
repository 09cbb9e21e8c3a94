/**
 * A screening that stopped at its first emergency "yes": what it must hold, and the decision it gives.
 * The complete-answers contract (`parseScreeningRequest`) is unchanged and still refuses such a screening.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScreeningRequest, parseStoppedScreeningRequest, toFhirQuestionnaireResponse } from "./fhir";
import { SCREENING_ITEMS, type ScreeningLinkId } from "./questionnaire";
import { type AskedAnswers, decideStopped, parseStoppedAnswers, stoppedAtOf } from "./stopped";

const EMERGENCY_INDEXES = SCREENING_ITEMS.flatMap((item, index) =>
  item.severity === "emergency" ? [index] : [],
);

/** A screening stopped at the emergency question at `stop`, with `earlier` as the answers before it. */
function stoppedAnswers(stop: number, earlier: readonly boolean[]): Record<string, boolean> {
  const answers: Record<string, boolean> = {};
  SCREENING_ITEMS.slice(0, stop).forEach((item, index) => {
    // An earlier emergency "yes" would have stopped the screening there.
    answers[item.linkId] = item.severity === "emergency" ? false : (earlier[index] ?? false);
  });
  const stopItem = SCREENING_ITEMS[stop];
  if (stopItem) answers[stopItem.linkId] = true;
  return answers;
}

const aStoppedScreening = fc
  .record({
    stop: fc.constantFrom(...EMERGENCY_INDEXES),
    earlier: fc.array(fc.boolean(), { minLength: SCREENING_ITEMS.length, maxLength: SCREENING_ITEMS.length }),
  })
  .map(({ stop, earlier }) => ({ stop, answers: stoppedAnswers(stop, earlier) }));

const FIRST_EMERGENCY = EMERGENCY_INDEXES[0] ?? -1;
const stopId = (index: number) => SCREENING_ITEMS[index]?.linkId as ScreeningLinkId;

describe("a screening stopped at its first emergency answer", () => {
  it("[C-stopped-screening-recorded] is accepted with exactly the questions asked, and always decides emergency with one reason per yes", () => {
    fc.assert(
      fc.property(aStoppedScreening, ({ stop, answers }) => {
        const parsed = parseStoppedAnswers(answers);
        expect(parsed).toEqual({ ok: true, value: { answers, stoppedAt: stopId(stop) } });
        if (!parsed.ok) return;
        const decision = decideStopped(parsed.value);
        expect(decision.outcome).toBe("emergency");
        expect(decision.reasons[0]?.code).toBe(stopId(stop));
        const yes = Object.entries(answers)
          .filter(([, value]) => value)
          .map(([linkId]) => linkId);
        expect(decision.reasons.map((reason) => reason.code).sort()).toEqual(yes.sort());
        expect(stoppedAtOf(answers)).toBe(stopId(stop));
      }),
    );
  });

  it("is refused when a question asked before the stop has no answer (nothing is guessed)", () => {
    const answers = stoppedAnswers(FIRST_EMERGENCY, []);
    const skipped = stopId(0);
    delete answers[skipped];
    expect(parseStoppedAnswers(answers)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "missing_answer", path: `answers.${skipped}` })],
    });
  });

  it("is refused when it holds an answer after the stop, so a complete screening cannot pass as stopped", () => {
    fc.assert(
      fc.property(aStoppedScreening, ({ stop, answers }) => {
        const after = stopId(stop + 1);
        const result = parseStoppedAnswers({ ...answers, [after]: false });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues[0]).toMatchObject({ code: "not_stopped", path: `answers.${after}` });
      }),
    );
  });

  it("is refused when no emergency question was answered yes (only that answer stops a screening)", () => {
    const answers = stoppedAnswers(FIRST_EMERGENCY, []);
    answers[stopId(FIRST_EMERGENCY)] = false;
    answers[stopId(0)] = true;
    const result = parseStoppedAnswers(answers);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ code: "not_stopped" })] });
  });

  it("names an unknown question and an answer that is not true or false", () => {
    const answers = { ...stoppedAnswers(FIRST_EMERGENCY, []), tingling: true, [stopId(0)]: "yes" };
    const result = parseStoppedAnswers(answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`).sort()).toEqual(
      [`not_boolean answers.${stopId(0)}`, "unknown_item answers.tingling"].sort(),
    );
  });

  it("says a complete screening stopped nowhere", () => {
    const complete = Object.fromEntries(SCREENING_ITEMS.map((item) => [item.linkId, false])) as AskedAnswers;
    expect(stoppedAtOf(complete)).toBeUndefined();
  });
});

describe("a stopped screening as FHIR", () => {
  it("is a QuestionnaireResponse with status stopped and only the questions asked, read back unchanged", () => {
    fc.assert(
      fc.property(aStoppedScreening, ({ stop, answers }) => {
        const resource = toFhirQuestionnaireResponse(answers, "2026-03-02T09:30:00.000Z");
        expect(resource.status).toBe("stopped");
        expect(resource.item.map((item) => item.linkId)).toEqual(
          SCREENING_ITEMS.slice(0, stop + 1).map((i) => i.linkId),
        );
        expect(parseStoppedScreeningRequest(resource)).toEqual({
          ok: true,
          value: { answers, stoppedAt: stopId(stop) },
        });
      }),
    );
  });

  it("keeps the complete-answers contract: the screening request refuses a stopped response, naming what is missing", () => {
    const resource = toFhirQuestionnaireResponse(
      stoppedAnswers(FIRST_EMERGENCY, []),
      "2026-03-02T09:30:00.000Z",
    );
    const result = parseScreeningRequest(resource);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.every((issue) => issue.code === "missing_answer")).toBe(true);
  });

  it('accepts only a response whose status is "stopped" as a stopped screening', () => {
    const resource = {
      ...toFhirQuestionnaireResponse(stoppedAnswers(FIRST_EMERGENCY, []), "2026-03-02T09:30:00.000Z"),
      status: "completed",
    };
    expect(parseStoppedScreeningRequest(resource)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "invalid_input", path: "status" })],
    });
  });

  it("accepts the same answers as Limber JSON, and refuses other fields", () => {
    const answers = stoppedAnswers(FIRST_EMERGENCY, []);
    expect(parseStoppedScreeningRequest({ answers }).ok).toBe(true);
    expect(parseStoppedScreeningRequest({ answers, stoppedAt: "x" })).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "invalid_input", path: "stoppedAt" })],
    });
    expect(parseStoppedScreeningRequest([answers]).ok).toBe(false);
  });
});
