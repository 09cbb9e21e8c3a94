/**
 * The screening decision as a specification. The contract table below is copied from the design's
 * "Screening contract" by hand, independently of `questionnaire.ts`, so a wrong row in the data fails here.
 */
import { describe, expect, it } from "vitest";
import { SCREENING_ITEMS } from "./questionnaire";
import { type Answers, decide, parseAnswers, triage } from "./triage";

type ContractRow = { linkId: string; severity: "emergency" | "see-professional"; source: string };

// Design: "Screening contract", every row in the design's order.
const CONTRACT: readonly ContractRow[] = [
  { linkId: "recent-injury", severity: "see-professional", source: "P16" },
  { linkId: "disc-diagnosis", severity: "see-professional", source: "P17" },
  { linkId: "osteoporosis", severity: "see-professional", source: "P18" },
  { linkId: "sudden-acute-pain", severity: "see-professional", source: "P19" },
  { linkId: "nerve-symptoms", severity: "see-professional", source: "P14" },
  { linkId: "walking-standing-difficulty", severity: "see-professional", source: "P20" },
  { linkId: "limb-weakness", severity: "see-professional", source: "P20" },
  { linkId: "persistent-48h", severity: "see-professional", source: "P20" },
  { linkId: "frequent-adjusting", severity: "see-professional", source: "P20" },
  {
    linkId: "saddle-numbness",
    severity: "emergency",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  {
    linkId: "bladder-bowel-change",
    severity: "emergency",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  {
    linkId: "both-legs-symptoms",
    severity: "emergency",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
  },
  { linkId: "chest-pain", severity: "emergency", source: 'NHS "Back pain" page: when to get urgent help' },
  {
    linkId: "fever",
    severity: "see-professional",
    source: 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1',
  },
  {
    linkId: "cancer-history-or-weight-loss",
    severity: "see-professional",
    source: 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1',
  },
  {
    linkId: "night-or-rest-pain",
    severity: "see-professional",
    source: 'NHS "Back pain" page: when to get urgent help',
  },
];

const allAnswers = (value: boolean): Record<string, boolean> =>
  Object.fromEntries(CONTRACT.map((row) => [row.linkId, value]));
const onlyYes = (...linkIds: string[]): Record<string, boolean> => ({
  ...allAnswers(false),
  ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])),
});
const messageOf = (linkId: string) => SCREENING_ITEMS.find((item) => item.linkId === linkId)?.reason;

describe("the screening questionnaire matches the design's contract table", () => {
  it("asks exactly the design's questions, in the design's order", () => {
    expect(SCREENING_ITEMS.map((item) => item.linkId)).toEqual(CONTRACT.map((row) => row.linkId));
  });

  it.each(CONTRACT)("gives $linkId the severity $severity and cites $source", (row) => {
    const item = SCREENING_ITEMS.find((candidate) => candidate.linkId === row.linkId);
    expect(item?.severity).toBe(row.severity);
    expect(item?.source).toBe(row.source);
  });
});

describe("a single yes", () => {
  it.each(CONTRACT)("answering yes to $linkId alone gives $severity, citing $source", (row) => {
    const result = triage(onlyYes(row.linkId));
    expect(result).toEqual({
      ok: true,
      value: {
        outcome: row.severity,
        reasons: [
          { code: row.linkId, severity: row.severity, message: messageOf(row.linkId), source: row.source },
        ],
      },
    });
  });

  it("sends anyone reporting saddle numbness to emergency care", () => {
    expect(triage(onlyYes("saddle-numbness"))).toMatchObject({ ok: true, value: { outcome: "emergency" } });
  });

  it("sends anyone reporting a new bladder or bowel change to emergency care", () => {
    expect(triage(onlyYes("bladder-bowel-change"))).toMatchObject({ value: { outcome: "emergency" } });
  });

  it("sends anyone reporting symptoms in both legs to emergency care", () => {
    expect(triage(onlyYes("both-legs-symptoms"))).toMatchObject({ value: { outcome: "emergency" } });
  });

  it("sends anyone reporting chest pain with back pain to emergency care", () => {
    expect(triage(onlyYes("chest-pain"))).toMatchObject({ value: { outcome: "emergency" } });
  });

  it("refers someone with a recent injury to a professional rather than self-care (P16)", () => {
    expect(triage(onlyYes("recent-injury"))).toMatchObject({ value: { outcome: "see-professional" } });
  });

  it("refers someone with nerve symptoms to a professional rather than self-care (P14)", () => {
    expect(triage(onlyYes("nerve-symptoms"))).toMatchObject({ value: { outcome: "see-professional" } });
  });
});

describe("[R-screening.decision] [C-triage-emergency] [C-triage-see-professional] every combination of answers (all 2^16)", () => {
  // One loop, not 65536 `it`s: each combination is checked against the contract table, and the first
  // few disagreements are reported together.
  it("never says self-care when any item is yes, lists every yes as a reason and puts the most severe first", () => {
    const mismatches: string[] = [];
    const combinations = 2 ** CONTRACT.length;
    for (let mask = 0; mask < combinations && mismatches.length < 5; mask++) {
      const answers = Object.fromEntries(CONTRACT.map((row, bit) => [row.linkId, (mask & (1 << bit)) !== 0]));
      const yes = CONTRACT.filter((row) => answers[row.linkId]);
      const expectedReasons = [
        ...yes.filter((row) => row.severity === "emergency"),
        ...yes.filter((row) => row.severity === "see-professional"),
      ];
      const expectedOutcome = expectedReasons[0]?.severity ?? "self-care";
      const result = triage(answers);
      if (!result.ok) {
        mismatches.push(`${mask}: rejected complete answers`);
        continue;
      }
      const { outcome, reasons } = result.value;
      const same =
        outcome === expectedOutcome &&
        reasons.length === expectedReasons.length &&
        reasons.every((reason, index) => {
          const row = expectedReasons[index];
          return (
            row !== undefined &&
            reason.code === row.linkId &&
            reason.severity === row.severity &&
            reason.source === row.source &&
            reason.message === messageOf(row.linkId)
          );
        });
      if (!same) mismatches.push(`${mask}: ${JSON.stringify(result.value)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("says self-care only when every answer is no", () => {
    expect(triage(allAnswers(false))).toEqual({ ok: true, value: { outcome: "self-care", reasons: [] } });
  });

  it("lists emergency reasons before see-professional ones even when the milder item comes first", () => {
    const decision = decide(onlyYes("recent-injury", "chest-pain", "fever", "saddle-numbness") as Answers);
    expect(decision.reasons.map((reason) => reason.code)).toEqual([
      "saddle-numbness",
      "chest-pain",
      "recent-injury",
      "fever",
    ]);
    expect(decision.outcome).toBe("emergency");
  });

  it("answers yes to everything with all sixteen reasons, the four emergencies first", () => {
    const decision = decide(allAnswers(true) as Answers);
    expect(decision.outcome).toBe("emergency");
    expect(decision.reasons).toHaveLength(16);
    expect(decision.reasons.slice(0, 4).map((reason) => reason.severity)).toEqual(Array(4).fill("emergency"));
  });
});

describe("[R-screening.complete-answers] [C-doubt-blocks] answers that cannot be trusted are refused, never guessed", () => {
  it.each(CONTRACT)("names $linkId when it is missing instead of assuming no", ({ linkId }) => {
    const answers = allAnswers(false);
    delete answers[linkId];
    expect(parseAnswers(answers)).toEqual({
      ok: false,
      issues: [
        {
          code: "missing_answer",
          path: `answers.${linkId}`,
          message: "this question must be answered true or false",
        },
      ],
    });
  });

  it("names every missing linkId at once when the answers are empty", () => {
    const result = parseAnswers({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(CONTRACT.map((row) => `answers.${row.linkId}`));
    expect(result.issues.every((issue) => issue.code === "missing_answer")).toBe(true);
  });

  it.each([null, undefined])("treats a %s answer as missing", (value) => {
    const result = parseAnswers({ ...allAnswers(false), fever: value });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "missing_answer", path: "answers.fever" }] });
  });

  it.each([
    ["the string yes", "yes", '"yes"'],
    ["the string true", "true", '"true"'],
    ["the number 1", 1, "1"],
    ["the number 0", 0, "0"],
    ["an empty list", [], "[]"],
    ["an object", { value: true }, '{"value":true}'],
  ])("rejects %s as a non-boolean answer and shows what was sent", (_label, value, shown) => {
    expect(parseAnswers({ ...allAnswers(false), "chest-pain": value })).toEqual({
      ok: false,
      issues: [
        {
          code: "not_boolean",
          path: "answers.chest-pain",
          message: `the answer must be true or false, not ${shown}`,
        },
      ],
    });
  });

  it("rejects an unknown question id, naming it, even when every real question is answered", () => {
    expect(parseAnswers({ ...allAnswers(false), "saddle-numbnes": true })).toEqual({
      ok: false,
      issues: [
        {
          code: "unknown_item",
          path: "answers.saddle-numbnes",
          message: "is not a question of this screening; remove it or check its spelling",
        },
      ],
    });
  });

  it("reports missing, non-boolean and unknown answers together, each under its own linkId", () => {
    const answers: Record<string, unknown> = { ...allAnswers(false), fever: "no", extra: false };
    delete answers["limb-weakness"];
    const result = parseAnswers(answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["missing_answer", "answers.limb-weakness"],
      ["not_boolean", "answers.fever"],
      ["unknown_item", "answers.extra"],
    ]);
  });

  it.each([
    ["null", null],
    ["a list", [true, false]],
    ["a string", "all no"],
    ["a boolean", false],
  ])("rejects answers given as %s with a message saying what shape to send", (_label, answers) => {
    expect(parseAnswers(answers)).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid_input",
          path: "answers",
          message: "must be an object of yes/no answers keyed by question id",
        },
      ],
    });
  });

  it("reports issues under the path the caller names", () => {
    expect(parseAnswers({ ...allAnswers(false), fever: 1 }, "item")).toMatchObject({
      ok: false,
      issues: [{ path: "item.fever" }],
    });
  });

  it("refuses through triage too, returning the issues rather than a decision", () => {
    expect(triage({ ...allAnswers(true), osteoporosis: "maybe" })).toMatchObject({
      ok: false,
      issues: [{ code: "not_boolean", path: "answers.osteoporosis" }],
    });
  });
});
