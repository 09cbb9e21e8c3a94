/**
 * The screening as FHIR R4: the questionnaire as a `Questionnaire`, and a `QuestionnaireResponse` accepted
 * wherever a screening request is. Its items carry the same linkIds, each with exactly one `valueBoolean`.
 */
import { fail, type Issue, type Result } from "../result";
import { QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION, SCREENING_ITEMS } from "./questionnaire";
import { type AskedAnswers, isCompleteAnswers, parseStoppedAnswers, type StoppedScreening } from "./stopped";
import { type Answers, parseAnswers } from "./triage";

export const QUESTIONNAIRE_URL = `urn:limber:questionnaire:${QUESTIONNAIRE_ID}`;

export function toFhirQuestionnaire() {
  return {
    resourceType: "Questionnaire",
    id: QUESTIONNAIRE_ID,
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: "BackSelfCareScreening",
    title: "Is self-care safe for my back today?",
    status: "active",
    subjectType: ["Patient"],
    description:
      "Safety screening before self-mobilisation of a stiff back. Any yes means self-care is not appropriate today. Self-care guidance only; not a diagnosis.",
    item: SCREENING_ITEMS.map((item) => ({
      linkId: item.linkId,
      text: item.question,
      type: "boolean",
      required: true,
      item: [
        {
          linkId: `${item.linkId}.help`,
          text: item.help,
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
      ],
      code: [{ system: "urn:limber:screening-source", code: item.source }],
    })),
  };
}

/**
 * A screening as a QuestionnaireResponse: `completed` with every question, or `stopped` (FHIR's "partially
 * filled out and abandoned") with the questions asked before an emergency "yes" ended it.
 */
export function toFhirQuestionnaireResponse(answers: AskedAnswers, authored: string, id?: string) {
  return {
    resourceType: "QuestionnaireResponse",
    ...(id === undefined ? {} : { id }),
    questionnaire: QUESTIONNAIRE_URL,
    status: isCompleteAnswers(answers) ? "completed" : "stopped",
    authored,
    item: SCREENING_ITEMS.flatMap((item) => {
      const answer = answers[item.linkId];
      return answer === undefined
        ? []
        : [{ linkId: item.linkId, text: item.question, answer: [{ valueBoolean: answer }] }];
    }),
  };
}

/** Reads the answers of a FHIR QuestionnaireResponse into the same shape as `{ answers }`. */
export function answersFromQuestionnaireResponse(resource: Record<string, unknown>): Result<Answers> {
  return readResponse(resource, parseAnswers);
}

/** How a request's answers are checked: complete answers, or a stopped screening's. */
type ReadAnswers<T> = (answers: unknown, path: string) => Result<T>;

/** The items' answers checked by `read`, with any issue of the items' own shape reported beside its issues. */
function readResponse<T>(resource: Record<string, unknown>, read: ReadAnswers<T>): Result<T> {
  const collected = collectAnswers(resource);
  if (!collected.ok) return collected;
  const parsed = read(collected.answers, "item");
  const issues = [...collected.issues, ...(parsed.ok ? [] : parsed.issues)];
  return issues.length > 0 ? fail(issues) : parsed;
}

type Collected =
  | { readonly ok: true; readonly answers: Record<string, unknown>; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** The items' answers by linkId, as given (checked by the caller), and the issues of the items' shape. */
function collectAnswers(resource: Record<string, unknown>): Collected {
  const issues: Issue[] = [];
  if (!Array.isArray(resource.item)) {
    const issue: Issue = {
      code: "invalid_input",
      path: "item",
      message: "a QuestionnaireResponse needs an item array with one entry per question",
    };
    return { ok: false, issues: [issue] };
  }
  // No prototype, so linkIds such as "__proto__" or "toString" are plain keys, reported as unknown items.
  const answers: Record<string, unknown> = Object.create(null);
  resource.item.forEach((entry: unknown, index) => {
    const path = `item.${index}`;
    if (
      typeof entry !== "object" ||
      entry === null ||
      typeof (entry as { linkId?: unknown }).linkId !== "string"
    ) {
      issues.push({ code: "invalid_input", path, message: "each item needs a linkId" });
      return;
    }
    const { linkId, answer } = entry as { linkId: string; answer?: unknown };
    if (linkId in answers) {
      issues.push({
        code: "invalid_input",
        path: `${path}.${linkId}`,
        message: "this question is answered more than once",
      });
      return;
    }
    if (!Array.isArray(answer) || answer.length === 0) {
      answers[linkId] = undefined; // reported as missing_answer under its linkId by parseAnswers
      return;
    }
    if (answer.length > 1) {
      answers[linkId] = "(more than one answer)"; // reported as not_boolean: exactly one answer is allowed
      return;
    }
    const value = (answer[0] as { valueBoolean?: unknown } | null)?.valueBoolean;
    answers[linkId] = value === undefined ? "(no valueBoolean)" : value;
  });
  return { ok: true, answers, issues };
}

/** A screening request: `{ "answers": {...} }` or a FHIR QuestionnaireResponse (told apart by `resourceType`). */
export function parseScreeningRequest(request: unknown): Result<Answers> {
  return parseRequest(request, {
    expected: '{ "answers": { "<question id>": true | false } } or a FHIR QuestionnaireResponse',
    read: parseAnswers,
  });
}

/**
 * A stopped screening's request: `{ "answers": {...} }` with the questions asked, or a FHIR
 * QuestionnaireResponse whose status is `stopped`. The rules are `parseStoppedAnswers`'.
 */
export function parseStoppedScreeningRequest(request: unknown): Result<StoppedScreening> {
  return parseRequest(request, {
    expected:
      '{ "answers": { "<question id>": true | false } } with the questions asked, or a FHIR QuestionnaireResponse with status "stopped"',
    status: "stopped",
    read: parseStoppedAnswers,
  });
}

type RequestRules<T> = {
  /** What to send, said when the body is not a JSON object. */
  readonly expected: string;
  /** The status a QuestionnaireResponse must have, when one is required. */
  readonly status?: string;
  readonly read: ReadAnswers<T>;
};

function parseRequest<T>(request: unknown, rules: RequestRules<T>): Result<T> {
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    return fail([{ code: "invalid_input", path: "", message: `send a JSON object: ${rules.expected}` }]);
  }
  const body = request as Record<string, unknown>;
  if ("resourceType" in body) {
    const isResponse = body.resourceType === "QuestionnaireResponse";
    if (isResponse && (rules.status === undefined || body.status === rules.status)) {
      return readResponse(body, rules.read);
    }
    const required = rules.status === undefined ? "" : ` with status "${rules.status}"`;
    return fail([
      {
        code: "invalid_input",
        path: isResponse ? "status" : "resourceType",
        message: `only a FHIR QuestionnaireResponse${required} is accepted here`,
      },
    ]);
  }
  const extra = Object.keys(body).filter((key) => key !== "answers");
  if (extra.length > 0) {
    return fail(
      extra.map((key) => ({
        code: "invalid_input",
        path: key,
        message: 'is not part of a screening request; send only "answers"',
      })),
    );
  }
  return rules.read(body.answers, "answers");
}
