/** Results and issues: expected failures are values, described to a person in one line. */
import { describe, expect, it } from "vitest";
import { describeIssues, fail, ok } from "./result";

describe("ok and fail", () => {
  it("wraps a value as a success and issues as a failure", () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    const issue = { code: "missing_answer", path: "answers.fever", message: "must be answered" } as const;
    expect(fail([issue])).toEqual({ ok: false, issues: [issue] });
  });
});

describe("describeIssues", () => {
  it("joins issues into one line, each prefixed by its path", () => {
    expect(
      describeIssues([
        {
          code: "missing_answer",
          path: "answers.fever",
          message: "this question must be answered true or false",
        },
        { code: "out_of_range", path: "events.3.pain", message: "must be a whole number from 0 to 10" },
      ]),
    ).toBe(
      "answers.fever: this question must be answered true or false; events.3.pain: must be a whole number from 0 to 10",
    );
  });

  it("gives an issue about the whole input without a path prefix", () => {
    expect(describeIssues([{ code: "invalid_json", path: "", message: "the body is not valid JSON" }])).toBe(
      "the body is not valid JSON",
    );
  });

  it("describes no issues as an empty line", () => {
    expect(describeIssues([])).toBe("");
  });
});
