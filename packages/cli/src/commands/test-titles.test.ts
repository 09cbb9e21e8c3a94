import { describe, expect, it } from "vitest";
import { findTestTitles } from "./test-titles";

const titles = (source: string) =>
  findTestTitles(source).map(({ line, title, ids }) => ({ line, title, ids }));

describe("[C-trace-by-title] test titles: the only place an id links a test to a requirement or control", () => {
  it("finds describe, it and test titles with their ids and lines", () => {
    const source = [
      'describe("[C-stop-every-state] stop for pain", () => {',
      '  it("[R-session.stop-for-pain] [C-wording-pinned] ends at once", () => {});',
      "  test('plain title', () => {});",
      "});",
    ].join("\n");
    expect(titles(source)).toEqual([
      { line: 1, title: "[C-stop-every-state] stop for pain", ids: ["C-stop-every-state"] },
      {
        line: 2,
        title: "[R-session.stop-for-pain] [C-wording-pinned] ends at once",
        ids: ["R-session.stop-for-pain", "C-wording-pinned"],
      },
      { line: 3, title: "plain title", ids: [] },
    ]);
  });

  it("finds a title the formatter put on the next line, and titles of it.each and it.for tables", () => {
    const source = [
      "it(",
      '  "[C-rescreen-24h] a long title",',
      "  () => {},",
      ");",
      'it.each([["a", 1], ["b)", 2]])("[C-rescreen-new-symptom] %s", () => {});',
      // Built in two parts so the source holds no "$" + "{" inside a plain string.
      "it.for([1, 2])(`[C-day-count-bounded] template $" + "{'x'}`, () => {});",
      'describe.runIf(true)("[C-stop-in-view] only in CI", () => {});',
    ].join("\n");
    expect(titles(source).map((t) => [t.line, t.ids])).toEqual([
      [2, ["C-rescreen-24h"]],
      [5, ["C-rescreen-new-symptom"]],
      [6, ["C-day-count-bounded"]],
      [7, ["C-stop-in-view"]],
    ]);
  });

  it("never counts an id in a comment, in another string, or in a skipped or todo test", () => {
    const source = [
      '// it("[C-rescreen-24h] commented out", () => {});',
      '/* describe("[C-stop-in-view] block comment", () => {}); */',
      'const note = "it(\\"[C-back-pauses] in a string\\")";',
      'it.skip("[C-end-asks-why] skipped", () => {});',
      'it.todo("[C-messages-agree] later");',
      'describe.skip("[C-no-pop-goal] skipped block", () => {});',
      'expect(x).it("[C-share-read-only] a method, not a test");',
      'it("real one", () => { expect("[C-tests-not-silent]").toBe("x"); });',
    ].join("\n");
    expect(findTestTitles(source)).toEqual([{ line: 8, kind: "it", title: "real one", ids: [] }]);
  });

  it("is not fooled by quotes inside regular expressions or template literals", () => {
    const source = [
      'const a = /it\'s "odd"/g;',
      'const b = `it("[C-roll-range] inside a template")`;',
      "const c = 10 / 2; const d = 4 / 2;",
      'it("[C-roll-range] after them", () => { expect(a).toMatch(/[\'"]/); });',
    ].join("\n");
    expect(titles(source)).toEqual([{ line: 4, title: "[C-roll-range] after them", ids: ["C-roll-range"] }]);
  });

  it("reads escaped quotes inside a title, and ignores a title that is not a string", () => {
    const source = ['it("says \\"stop\\" [C-stop-every-state]", () => {});', "it(name, () => {});"].join(
      "\n",
    );
    expect(titles(source)).toEqual([
      { line: 1, title: 'says "stop" [C-stop-every-state]', ids: ["C-stop-every-state"] },
    ]);
  });

  it("counts lines across block comments and multi-line templates", () => {
    const source = [
      "/*",
      " * a",
      " */",
      "const t = `",
      "x",
      "`;",
      'it("[H-stop-lost] here", () => {});',
    ].join("\n");
    expect(titles(source)).toEqual([{ line: 7, title: "[H-stop-lost] here", ids: ["H-stop-lost"] }]);
  });

  it("accepts only ids of the form [R-…], [C-…] or [H-…]", () => {
    const source = 'it("[X-nope] [C-] [c-lower] [R-screening.fever] [C-a.b-c]", () => {});';
    expect(findTestTitles(source)[0]?.ids).toEqual(["R-screening.fever", "C-a.b-c"]);
  });
});
