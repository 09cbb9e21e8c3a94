/**
 * A screening that stopped at its first emergency "yes". Limber stops asking there: any emergency "yes"
 * makes the outcome `emergency` whatever the other answers, and the person is sent to emergency care at
 * once. Such a screening holds exactly the questions asked, in questionnaire order, up to and including that
 * answer; nothing is guessed for the rest. The screening contract (`parseAnswers`) accepts complete answers
 * only, so a stopped screening is read by its own rules here and stored through its own request.
 */
import { fail, type Issue, ok, type Result } from "../result";
import {
  isScreeningLinkId,
  SCREENING_ITEMS,
  SCREENING_LINK_IDS,
  type ScreeningLinkId,
} from "./questionnaire";
import { type Answers, type Decision, decide } from "./triage";

/** The answers a screening holds: every question when complete, the questions asked when stopped. */
export type AskedAnswers = Readonly<Partial<Record<ScreeningLinkId, boolean>>>;

export type StoppedScreening = {
  readonly answers: AskedAnswers;
  /** The emergency question answered "yes", the last one asked. */
  readonly stoppedAt: ScreeningLinkId;
};

export const isCompleteAnswers = (answers: AskedAnswers): answers is Answers =>
  SCREENING_LINK_IDS.every((linkId) => typeof answers[linkId] === "boolean");

/** Where a (valid) screening stopped: its first emergency "yes", or undefined when every question is answered. */
export function stoppedAtOf(answers: AskedAnswers): ScreeningLinkId | undefined {
  if (isCompleteAnswers(answers)) return undefined;
  return SCREENING_ITEMS.find((item) => item.severity === "emergency" && answers[item.linkId] === true)
    ?.linkId;
}

/**
 * Checks that `given` is a stopped screening's answers: one boolean for each question from the first up to
 * an emergency "yes", no emergency "yes" before it, and nothing after it.
 */
export function parseStoppedAnswers(given: unknown, path = "answers"): Result<StoppedScreening> {
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    return fail([
      { code: "invalid_input", path, message: "must be an object of yes/no answers keyed by question id" },
    ]);
  }
  // An item given with no answer (a QuestionnaireResponse item with an empty answer list) was not answered.
  const answers = Object.fromEntries(
    Object.entries(given as Record<string, unknown>).filter(([, value]) => value !== undefined),
  );
  const issues: Issue[] = Object.keys(answers)
    .filter((key) => !isScreeningLinkId(key))
    .map((key) => ({
      code: "unknown_item",
      path: `${path}.${key}`,
      message: "is not a question of this screening; remove it or check its spelling",
    }));
  for (const [key, value] of Object.entries(answers)) {
    if (isScreeningLinkId(key) && typeof value !== "boolean") {
      issues.push({
        code: "not_boolean",
        path: `${path}.${key}`,
        message: `the answer must be true or false, not ${JSON.stringify(value)}`,
      });
    }
  }
  if (issues.length > 0) return fail(issues);
  const stop = SCREENING_ITEMS.findIndex(
    (item) => item.severity === "emergency" && answers[item.linkId] === true,
  );
  const stopItem = SCREENING_ITEMS[stop];
  if (!stopItem) {
    return fail([
      {
        code: "not_stopped",
        path,
        message: 'a stopped screening ends at an emergency question answered "yes"; none is',
      },
    ]);
  }
  SCREENING_ITEMS.forEach((item, index) => {
    const answered = item.linkId in answers;
    if (index < stop && !answered) {
      issues.push({
        code: "missing_answer",
        path: `${path}.${item.linkId}`,
        message: "was asked before the screening stopped, so it must be answered true or false",
      });
    } else if (index > stop && answered) {
      issues.push({
        code: "not_stopped",
        path: `${path}.${item.linkId}`,
        message: `comes after the emergency answer to ${stopItem.linkId}, where the screening stopped`,
      });
    }
  });
  return issues.length > 0
    ? fail(issues)
    : ok({ answers: answers as AskedAnswers, stoppedAt: stopItem.linkId });
}

/** The decision: `emergency`, with one reason per question answered "yes". A question not asked is no reason. */
export function decideStopped({ answers }: StoppedScreening): Decision {
  return decide(
    Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, answers[linkId] === true])) as Answers,
  );
}
