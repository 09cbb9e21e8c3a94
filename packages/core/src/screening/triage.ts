/**
 * triage: the screening decision. Any emergency item answered yes gives `emergency`; any other yes gives
 * `see-professional`; only all-no gives `self-care`. Answers are never guessed: a missing, unknown or
 * non-boolean answer is an issue naming its linkId.
 */
import { fail, type Issue, ok, type Result } from "../result";
import type { Source } from "../source";
import {
  isScreeningLinkId,
  SCREENING_ITEMS,
  SCREENING_LINK_IDS,
  type ScreeningLinkId,
  type Severity,
  severityRank,
} from "./questionnaire";

export type Outcome = "self-care" | Severity;
export type Answers = Readonly<Record<ScreeningLinkId, boolean>>;
export type Reason = { code: ScreeningLinkId; severity: Severity; message: string; source: Source };
export type Decision = { outcome: Outcome; reasons: Reason[] };

/** Checks that `answers` holds exactly one boolean for every screening item. */
export function parseAnswers(answers: unknown, path = "answers"): Result<Answers> {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return fail([
      { code: "invalid_input", path, message: "must be an object of yes/no answers keyed by question id" },
    ]);
  }
  const given = answers as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const linkId of SCREENING_LINK_IDS) {
    if (!(linkId in given) || given[linkId] === undefined || given[linkId] === null) {
      issues.push({
        code: "missing_answer",
        path: `${path}.${linkId}`,
        message: "this question must be answered true or false",
      });
    } else if (typeof given[linkId] !== "boolean") {
      issues.push({
        code: "not_boolean",
        path: `${path}.${linkId}`,
        message: `the answer must be true or false, not ${JSON.stringify(given[linkId])}`,
      });
    }
  }
  for (const key of Object.keys(given)) {
    if (!isScreeningLinkId(key)) {
      issues.push({
        code: "unknown_item",
        path: `${path}.${key}`,
        message: "is not a question of this screening; remove it or check its spelling",
      });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(given as Answers);
}

/** The decision for a complete set of answers. Reasons list every yes, most severe first. */
export function decide(answers: Answers): Decision {
  const reasons = SCREENING_ITEMS.filter((item) => answers[item.linkId])
    .map(
      (item): Reason => ({
        code: item.linkId,
        severity: item.severity,
        message: item.reason,
        source: item.source,
      }),
    )
    // Array.prototype.sort is stable, so items of equal severity keep questionnaire order.
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return { outcome: reasons[0]?.severity ?? "self-care", reasons };
}

/** Validates the answers, then decides. */
export function triage(answers: unknown): Result<Decision> {
  const parsed = parseAnswers(answers);
  return parsed.ok ? ok(decide(parsed.value)) : parsed;
}
