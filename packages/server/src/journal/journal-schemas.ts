/** The journal routes' query and path shapes; the events themselves are the core's schemas. */
import { z } from "zod";
import { INSTANT_RANGE_MESSAGE, isStorableInstant } from "./storable-instant";

const instant = z.iso
  .datetime({
    offset: true,
    error: "must be an ISO-8601 date and time with an offset, such as 2026-11-24T08:30:00Z",
  })
  .refine(isStorableInstant, { error: INSTANT_RANGE_MESSAGE });

export const pageQuerySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 500" })
    .int({ error: "must be a whole number from 1 to 500" })
    .min(1, { error: "must be a whole number from 1 to 500" })
    .max(500, { error: "must be a whole number from 1 to 500" })
    .default(100),
  cursor: z.string().max(200, { error: "is not a cursor from nextCursor" }).optional(),
});

/** The most events one stateless assessment request may carry (a 7-day window rarely holds a hundred). */
export const MAX_ASSESSMENT_EVENTS = 2_000;

export const deletionsQuerySchema = z.strictObject({
  limit: pageQuerySchema.shape.limit,
  cursor: pageQuerySchema.shape.cursor,
});

export const deletionsPageSchema = z.object({
  deletions: z.array(z.object({ id: z.string(), deletedAt: z.string() })),
  nextCursor: z.string().nullable(),
});

export const eventIdParamsSchema = z.strictObject({
  id: z.uuid({ error: "must be the UUID of one of your journal events" }),
});

export const assessmentQuerySchema = z.strictObject({
  timeZone: z
    .string({ error: "is required: your IANA time zone name, such as Europe/London" })
    .min(1, { error: "is required: your IANA time zone name, such as Europe/London" }),
});

export const flagSchema = z.object({
  code: z.string(),
  severity: z.enum(["see-professional", "emergency"]),
  message: z.string(),
  since: z.string().optional(),
});

export const assessmentSchema = z.object({
  recommendation: z.enum(["self-care", "see-professional", "emergency"]),
  flags: z.array(flagSchema),
});

export const assessmentInputSchema = z.object({
  timeZone: z.string().meta({ description: "IANA time zone name, such as Europe/London" }),
  now: z.iso.datetime({ offset: true }),
  events: z.array(z.unknown()).max(MAX_ASSESSMENT_EVENTS),
});
