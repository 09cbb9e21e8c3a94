/** The shares routes' shapes (design: "Sharing with a clinician"). */
import { z } from "zod";

export const MAX_SHARE_DAYS = 90;
export const MAX_LABEL_LENGTH = 120;

const DAYS_MESSAGE = `must be a whole number of days from 1 to ${MAX_SHARE_DAYS}`;

export const createShareSchema = z.strictObject({
  expiresInDays: z
    .number({ error: DAYS_MESSAGE })
    .int({ error: DAYS_MESSAGE })
    .min(1, { error: DAYS_MESSAGE })
    .max(MAX_SHARE_DAYS, { error: DAYS_MESSAGE }),
  label: z
    .string({ error: "must be text, such as the clinician's name and the date" })
    .trim()
    .min(1, { error: "must not be empty; leave it out instead" })
    .max(MAX_LABEL_LENGTH, { error: `must be at most ${MAX_LABEL_LENGTH} characters` })
    .optional(),
});

export const shareIdParamsSchema = z.strictObject({
  id: z.uuid({ error: "must be the id of one of your shares" }),
});

export const shareSchema = z.object({
  id: z.uuid(),
  label: z.string().optional(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const createdShareSchema = z.object({
  share: shareSchema,
  token: z.string().describe("The secret, shown once: at least 128 random bits (256 here), base64url"),
  url: z.string().describe("The link to hand over: this server's origin + /#/shared/<token>"),
});

export const shareListSchema = z.object({
  shares: z.array(
    shareSchema.extend({
      accesses: z.array(z.object({ at: z.string(), what: z.enum(["record", "fhir"]) })),
    }),
  ),
});
