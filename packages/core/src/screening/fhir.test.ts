/** The screening as FHIR R4: the Questionnaire export shape, and QuestionnaireResponses held to the same rules. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answersFromQuestionnaireResponse,
  parseScreeningRequest,
  QUESTIONNAIRE_URL,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
} from "./fhir";
import { SCREENING_ITEMS } from "./questionnaire";
import type { Answers } from "./triage";

const LINK_IDS = SCREENING_ITEMS.map((item) => item.linkId);
const allNo = () => Object.fromEntries(LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const responseItems = (answers: Record<string, unknown>) =>
  Object.entries(answers).map(([linkId, value]) => ({ linkId, answer: [{ valueBoolean: value }] }));
const response = (item: unknown) => ({ resourceType: "QuestionnaireResponse", status: "completed", item });

describe("[R-screening.fhir] toFhirQuestionnaire", () => {
  const questionnaire = toFhirQuestionnaire();

  it("exports an active R4 Questionnaire with the screening's id, canonical url and version", () => {
    expect(questionnaire).toMatchObject({
      resourceType: "Questionnaire",
      id: "back-self-care-screening",
      url: "urn:limber:questionnaire:back-self-care-screening",
      version: "1.0.0",
      name: "BackSelfCareScreening",
      status: "active",
      subjectType: ["Patient"],
    });
    expect(QUESTIONNAIRE_URL).toBe(questionnaire.url);
  });

  it("titles itself as a self-care question and says it is not a diagnosis", () => {
    expect(questionnaire.title).toBe("Is self-care safe for my back today?");
    expect(questionnaire.description).toMatch(/Self-care guidance only; not a diagnosis\.$/);
    expect(questionnaire.description).toMatch(/^Safety screening before self-mobilisation/);
  });

  it("asks every screening item as a required boolean, in order, with its question text", () => {
    expect(
      questionnaire.item.map(({ linkId, text, type, required }) => ({ linkId, text, type, required })),
    ).toEqual(
      SCREENING_ITEMS.map((item) => ({
        linkId: item.linkId,
        text: item.question,
        type: "boolean",
        required: true,
      })),
    );
  });

  it("codes each item with its source so a reviewer can trace it", () => {
    expect(questionnaire.item.map((item) => item.code)).toEqual(
      SCREENING_ITEMS.map((item) => [{ system: "urn:limber:screening-source", code: item.source }]),
    );
  });

  it("attaches each item's help as a display child marked with the help item control", () => {
    questionnaire.item.forEach((item, index) => {
      expect(item.item).toEqual([
        {
          linkId: `${item.linkId}.help`,
          text: SCREENING_ITEMS[index]?.help,
          type: "display",
          extension: [
            {
              url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
              valueCodeableConcept: {
                coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }],
              },
            },
          ],
        },
      ]);
    });
  });
});

describe("toFhirQuestionnaireResponse", () => {
  it("writes a completed response to the questionnaire, one valueBoolean per item", () => {
    const answers = { ...allNo(), fever: true };
    expect(toFhirQuestionnaireResponse(answers, "2026-11-24T08:30:00Z", "s-1")).toEqual({
      resourceType: "QuestionnaireResponse",
      id: "s-1",
      questionnaire: "urn:limber:questionnaire:back-self-care-screening",
      status: "completed",
      authored: "2026-11-24T08:30:00Z",
      item: SCREENING_ITEMS.map((item) => ({
        linkId: item.linkId,
        text: item.question,
        answer: [{ valueBoolean: item.linkId === "fever" }],
      })),
    });
  });

  it("leaves out the id when none is given", () => {
    expect(toFhirQuestionnaireResponse(allNo(), "2026-11-24T08:30:00Z")).not.toHaveProperty("id");
  });

  it("reads back to the same answers for any combination", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), (bits) => {
        const answers = Object.fromEntries(LINK_IDS.map((linkId, index) => [linkId, bits[index]])) as Answers;
        const resource = toFhirQuestionnaireResponse(answers, "2026-11-24T08:30:00Z");
        expect(parseScreeningRequest(resource)).toEqual({ ok: true, value: answers });
      }),
    );
  });
});

describe("[R-screening.fhir] a QuestionnaireResponse follows the same completeness rules as { answers }", () => {
  it("accepts a complete response whose items carry one valueBoolean each", () => {
    const answers = { ...allNo(), "saddle-numbness": true };
    expect(parseScreeningRequest(response(responseItems(answers)))).toEqual({ ok: true, value: answers });
  });

  it("names a missing item by its linkId", () => {
    const answers: Record<string, unknown> = allNo();
    delete answers["bladder-bowel-change"];
    expect(answersFromQuestionnaireResponse(response(responseItems(answers)))).toEqual({
      ok: false,
      issues: [
        {
          code: "missing_answer",
          path: "item.bladder-bowel-change",
          message: "this question must be answered true or false",
        },
      ],
    });
  });

  it.each([
    ["no answer array", undefined],
    ["an empty answer array", []],
  ])("treats an item with %s as unanswered", (_label, answer) => {
    const items = responseItems(allNo()).map((item) =>
      item.linkId === "fever" ? { linkId: "fever", answer } : item,
    );
    expect(parseScreeningRequest(response(items))).toMatchObject({
      ok: false,
      issues: [{ code: "missing_answer", path: "item.fever" }],
    });
  });

  it.each([
    ["two answers", [{ valueBoolean: true }, { valueBoolean: false }], '"(more than one answer)"'],
    ["a valueString instead of a valueBoolean", [{ valueString: "yes" }], '"(no valueBoolean)"'],
    ["a string valueBoolean", [{ valueBoolean: "true" }], '"true"'],
    ["a bare boolean instead of an answer object", [true], '"(no valueBoolean)"'],
    ["a null answer", [null], '"(no valueBoolean)"'],
  ])("rejects an item with %s as not boolean, naming its linkId", (_label, answer, shown) => {
    const items = responseItems(allNo()).map((item) =>
      item.linkId === "chest-pain" ? { linkId: "chest-pain", answer } : item,
    );
    expect(parseScreeningRequest(response(items))).toEqual({
      ok: false,
      issues: [
        {
          code: "not_boolean",
          path: "item.chest-pain",
          message: `the answer must be true or false, not ${shown}`,
        },
      ],
    });
  });

  it("rejects an unknown linkId, naming it", () => {
    const items = [...responseItems(allNo()), { linkId: "back-ache", answer: [{ valueBoolean: false }] }];
    expect(parseScreeningRequest(response(items))).toMatchObject({
      ok: false,
      issues: [{ code: "unknown_item", path: "item.back-ache" }],
    });
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])(
    "rejects the linkId %s as an unknown question rather than as a repeat",
    (linkId) => {
      const items = [...responseItems(allNo()), { linkId, answer: [{ valueBoolean: true }] }];
      expect(parseScreeningRequest(response(items))).toMatchObject({
        ok: false,
        issues: [{ code: "unknown_item", path: `item.${linkId}` }],
      });
    },
  );

  it("rejects a question answered twice, even with the same answer", () => {
    const items = [...responseItems(allNo()), { linkId: "osteoporosis", answer: [{ valueBoolean: false }] }];
    expect(parseScreeningRequest(response(items))).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "item.16.osteoporosis",
          message: "this question is answered more than once",
        },
      ],
    });
  });

  it.each([
    ["a string", "fever"],
    ["null", null],
    ["an item without a linkId", { answer: [{ valueBoolean: true }] }],
    ["a numeric linkId", { linkId: 7, answer: [{ valueBoolean: true }] }],
    ["undefined, as a JavaScript caller might send", undefined],
  ])("rejects an entry that is %s, pointing at its index", (_label, entry) => {
    const items = [...responseItems(allNo()), entry];
    expect(parseScreeningRequest(response(items))).toEqual({
      ok: false,
      issues: [{ code: "invalid_input", path: "item.16", message: "each item needs a linkId" }],
    });
  });

  it("reports entry problems and missing answers together", () => {
    const items = responseItems(allNo()).filter((item) => item.linkId !== "fever");
    const result = parseScreeningRequest(response([...items, null]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_input", "item.15"],
      ["missing_answer", "item.fever"],
    ]);
  });

  it.each([
    ["no item array", {}],
    ["an item object instead of an array", { item: { linkId: "fever" } }],
  ])("rejects a response with %s, saying an item array is needed", (_label, extra) => {
    expect(parseScreeningRequest({ resourceType: "QuestionnaireResponse", ...extra })).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "item",
          message: "a QuestionnaireResponse needs an item array with one entry per question",
        },
      ],
    });
  });
});

describe("parseScreeningRequest tells the two request shapes apart", () => {
  it("accepts { answers } with every item answered", () => {
    expect(parseScreeningRequest({ answers: allNo() })).toEqual({ ok: true, value: allNo() });
  });

  it("validates { answers } with the same rules, naming the missing linkId", () => {
    const { fever: _fever, ...rest } = allNo();
    expect(parseScreeningRequest({ answers: rest })).toMatchObject({
      ok: false,
      issues: [{ code: "missing_answer", path: "answers.fever" }],
    });
  });

  it("rejects missing answers with the shape to send", () => {
    expect(parseScreeningRequest({})).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_input", path: "answers" }],
    });
  });

  it("rejects any other FHIR resource type", () => {
    expect(parseScreeningRequest({ resourceType: "Questionnaire", item: [] })).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "resourceType",
          message: "only a FHIR QuestionnaireResponse is accepted here",
        },
      ],
    });
  });

  it("rejects fields beside answers, naming each one", () => {
    expect(parseScreeningRequest({ answers: allNo(), userId: "u1", note: "hi" })).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "userId",
          message: 'is not part of a screening request; send only "answers"',
        },
        {
          code: "invalid_input",
          path: "note",
          message: 'is not part of a screening request; send only "answers"',
        },
      ],
    });
  });

  it.each([
    ["null", null],
    ["an array", [allNo()]],
    ["a string", "answers"],
    ["a number", 42],
  ])("rejects %s with the two accepted shapes spelled out", (_label, request) => {
    expect(parseScreeningRequest(request)).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "",
          message:
            'send a JSON object: { "answers": { "<question id>": true | false } } or a FHIR QuestionnaireResponse',
        },
      ],
    });
  });
});
