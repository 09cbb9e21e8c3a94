/** Zod's issues become the core's issues: a path from the prefix, and out-of-range numbers get their own code. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromZodIssues } from "./zod-issues";

const schema = z.strictObject({ pain: z.number().int().min(0).max(10), name: z.string() });
const issuesFor = (value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues;
};

describe("fromZodIssues", () => {
  it("codes too small and too big numbers as out_of_range, whatever code the caller chose", () => {
    expect(fromZodIssues(issuesFor({ pain: 11, name: "a" }), "events.2", "invalid_event")).toMatchObject([
      { code: "out_of_range", path: "events.2.pain" },
    ]);
    expect(fromZodIssues(issuesFor({ pain: -1, name: "a" }))).toMatchObject([
      { code: "out_of_range", path: "pain" },
    ]);
  });

  it("uses the caller's code for other problems and invalid_input by default", () => {
    expect(fromZodIssues(issuesFor({ pain: 1, name: 3 }), "events.0", "invalid_event")).toMatchObject([
      { code: "invalid_event", path: "events.0.name" },
    ]);
    expect(fromZodIssues(issuesFor({ pain: 1, name: 3 }))).toMatchObject([
      { code: "invalid_input", path: "name" },
    ]);
  });

  it("names unknown fields in plain words", () => {
    expect(fromZodIssues(issuesFor({ pain: 1, name: "a", userId: 1, role: "x" }))).toEqual([
      { code: "invalid_input", path: "", message: 'unknown field "userId", "role"' },
    ]);
  });

  it("keeps zod's own message for other problems", () => {
    const issues = issuesFor({ pain: 1.5, name: "a" });
    expect(fromZodIssues(issues)).toEqual([
      { code: "invalid_input", path: "pain", message: issues[0]?.message },
    ]);
  });
});
