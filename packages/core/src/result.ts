/**
 * Expected failures are values: every core function that can refuse its input returns a Result.
 * Issues carry a stable snake_case `code`, the path of the offending field and a message a person can act on.
 */
export type Issue = {
  readonly code: IssueCode;
  /** Where the problem is, e.g. `answers.fever` or `events.3.at`. Empty for the whole input. */
  readonly path: string;
  readonly message: string;
};

export type IssueCode =
  | "invalid_json"
  | "invalid_input"
  | "missing_answer"
  | "unknown_item"
  | "not_boolean"
  | "not_stopped"
  | "invalid_event"
  | "event_after_now"
  | "duplicate_event"
  | "invalid_time_zone"
  | "invalid_date"
  | "out_of_range"
  | "invalid_setting"
  | "screening_required"
  | "plan_too_close";

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** One line for a person: "answers.fever: ...; answers.chest-pain: ...". */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
}
