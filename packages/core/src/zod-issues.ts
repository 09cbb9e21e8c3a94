/** Maps zod's issues onto the core's Issue values, so every edge reports bad input the same way. */
import type { z } from "zod";
import type { Issue, IssueCode } from "./result";

export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix = "",
  code: IssueCode = "invalid_input",
): Issue[] {
  return issues.map((issue) => ({
    code: issue.code === "too_small" || issue.code === "too_big" ? "out_of_range" : code,
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== "").join("."),
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`
        : issue.message,
  }));
}
