/** Screening routes: the questionnaire (Limber JSON and FHIR), decisions, and a person's stored screenings. */
import { randomUUID } from "node:crypto";
import {
  decide,
  decideStopped,
  instantSchema,
  parseScreeningRequest,
  parseStoppedScreeningRequest,
  QUESTIONNAIRE_ID,
  QUESTIONNAIRE_VERSION,
  SCREENING_ITEMS,
  toFhirQuestionnaire,
} from "@limber/core";
import type { Clock } from "@limber/core/clock";
import { fromZodIssues } from "@limber/core/zod-issues";
import { z } from "zod";
import { invalidInput } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { AHEAD_OF_CLOCK_MESSAGE, isAheadOfClock } from "../journal/recorded-at";
import { wallDate } from "../wall-date";
import {
  decisionSchema,
  idempotencyKeySchema,
  screeningRequestSchema,
  stoppedScreeningRequestSchema,
  storedScreeningSchema,
} from "./screening-schemas";
import { listScreenings, storeScreening } from "./screening-store";

const QUESTIONNAIRE = {
  id: QUESTIONNAIRE_ID,
  version: QUESTIONNAIRE_VERSION,
  items: SCREENING_ITEMS.map(({ linkId, question, help, severity, source }) => ({
    linkId,
    question,
    help,
    severity,
    source,
  })),
};

function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(Array.isArray(header) ? header[0] : header);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues, "Idempotency-Key"));
  return parsed.data;
}

/**
 * When the person answered: a QuestionnaireResponse's `authored` (a screening answered offline and synced
 * later keeps its own time, so the 24-hour rule is measured from the answers), else the time it arrived.
 */
function answeredAt(body: unknown, clock: Clock): string {
  const authored = (body as { resourceType?: unknown; authored?: unknown }).authored;
  if (
    (body as { resourceType?: unknown }).resourceType !== "QuestionnaireResponse" ||
    authored === undefined
  ) {
    return wallDate(clock).toISOString();
  }
  const parsed = instantSchema.safeParse(authored);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues, "authored"));
  const at = Date.parse(parsed.data);
  if (isAheadOfClock(at, clock)) {
    throw invalidInput([{ code: "invalid_date", path: "authored", message: AHEAD_OF_CLOCK_MESSAGE }]);
  }
  return new Date(at).toISOString();
}

export const SCREENING_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/questionnaire",
    tag: "screening",
    summary: "The screening questions as Limber JSON",
    access: "public",
    responses: { 200: { description: "The questionnaire" } },
    handle: async () => ({ status: 200, body: QUESTIONNAIRE }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/questionnaire/fhir",
    tag: "screening",
    summary: "The screening questions as a FHIR R4 Questionnaire",
    access: "public",
    responses: { 200: { description: "A FHIR R4 Questionnaire" } },
    handle: async () => ({ status: 200, body: toFhirQuestionnaire() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/screenings",
    tag: "screening",
    summary: "Decide whether self-care is appropriate; stored with its answers when signed in",
    access: "optional",
    documentedBody: screeningRequestSchema,
    headers: [
      { name: "Idempotency-Key", description: "A UUID; a retry with the same key stores nothing new" },
    ],
    responses: {
      200: { description: "The decision", schema: decisionSchema },
      400: { description: "Missing, unknown or non-boolean answers, named by linkId" },
      409: { description: "The Idempotency-Key was used for different answers" },
    },
    async handle({ request, user, services }) {
      const answers = parseScreeningRequest(request.body);
      if (!answers.ok) throw invalidInput(answers.issues, "The screening is not complete");
      const decision = decide(answers.value);
      const at = answeredAt(request.body, services.clock);
      if (!user) return { status: 200, body: decision };
      const stored = await storeScreening(services.database, user.id, {
        id: idempotencyKey(request.headers["idempotency-key"]) ?? randomUUID(),
        at,
        answers: answers.value,
        decision,
      });
      return { status: 200, body: stored.decision };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/screenings/stopped",
    tag: "screening",
    summary:
      'Store a screening that stopped at its first emergency "yes": the questions asked, and the emergency decision',
    access: "signed-in",
    documentedBody: stoppedScreeningRequestSchema,
    headers: [
      { name: "Idempotency-Key", description: "A UUID; a retry with the same key stores nothing new" },
    ],
    responses: {
      200: { description: "The decision: always emergency", schema: decisionSchema },
      400: { description: "Not the questions up to a first emergency yes, named by linkId" },
      409: { description: "The Idempotency-Key was used for different answers" },
    },
    async handle({ request, user, services }) {
      const stopped = parseStoppedScreeningRequest(request.body);
      if (!stopped.ok)
        throw invalidInput(stopped.issues, "The screening did not stop at an emergency answer");
      const decision = decideStopped(stopped.value);
      const stored = await storeScreening(services.database, user.id, {
        id: idempotencyKey(request.headers["idempotency-key"]) ?? randomUUID(),
        at: answeredAt(request.body, services.clock),
        answers: stopped.value.answers,
        decision,
      });
      return { status: 200, body: stored.decision };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/screenings",
    tag: "screening",
    summary: "The signed-in person's screenings, newest first",
    access: "signed-in",
    responses: {
      200: {
        description: "Stored screenings",
        schema: z.object({ screenings: z.array(storedScreeningSchema) }),
      },
    },
    handle: async ({ user, services }) => ({
      status: 200,
      body: { screenings: await listScreenings(services.database, user.id) },
    }),
  }),
];
