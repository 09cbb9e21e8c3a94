/**
 * The screening's shapes as zod schemas, for the OpenAPI document. The core validates requests itself
 * (`parseScreeningRequest`), naming each missing, unknown or non-boolean answer by its linkId.
 */
import { SCREENING_LINK_IDS } from "@limber/core";
import { z } from "zod";

export const answersSchema = z.strictObject(
  Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, z.boolean()])) as Record<
    string,
    z.ZodBoolean
  >,
);

export const questionnaireResponseSchema = z
  .object({
    resourceType: z.literal("QuestionnaireResponse"),
    item: z.array(
      z.object({ linkId: z.string(), answer: z.array(z.object({ valueBoolean: z.boolean() })).length(1) }),
    ),
  })
  .meta({ description: "A FHIR R4 QuestionnaireResponse with one valueBoolean answer per linkId" });

/** The questions asked before a screening stopped at its first emergency "yes": a prefix of the questionnaire. */
const askedAnswersSchema = z
  .strictObject(
    Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, z.boolean().optional()])) as Record<
      string,
      z.ZodOptional<z.ZodBoolean>
    >,
  )
  .meta({
    description:
      'Every question from the first up to the first emergency question answered "yes", and none after it',
  });

export const stoppedScreeningRequestSchema = z.union([
  z.strictObject({ answers: askedAnswersSchema }),
  questionnaireResponseSchema.extend({ status: z.literal("stopped") }),
]);

export const screeningRequestSchema = z.union([
  z.strictObject({ answers: answersSchema }),
  questionnaireResponseSchema,
]);

const reasonSchema = z.object({
  code: z.enum(SCREENING_LINK_IDS as [string, ...string[]]),
  severity: z.enum(["see-professional", "emergency"]),
  message: z.string(),
  source: z.string(),
});

export const decisionSchema = z.object({
  outcome: z.enum(["self-care", "see-professional", "emergency"]),
  reasons: z.array(reasonSchema),
});

export const storedScreeningSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  answers: z.union([answersSchema, askedAnswersSchema]),
  decision: decisionSchema,
  stoppedAt: z
    .enum(SCREENING_LINK_IDS as [string, ...string[]])
    .optional()
    .meta({ description: "Only on a screening that stopped at this emergency question" }),
});

export const idempotencyKeySchema = z.uuid({
  error: "the Idempotency-Key header must be a UUID, such as 6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
});
