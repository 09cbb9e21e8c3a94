/** The account routes' request and response shapes. Password rules beyond "a string" are the policy's. */
import { z } from "zod";

// Surrounding spaces (a pasted address) are trimmed before checking; case is folded by the account store.
const email = z
  .string({ error: "must be an email address, such as ann@example.org" })
  .trim()
  .pipe(
    z
      .email({ error: "must be an email address, such as ann@example.org" })
      .max(254, { error: "must be at most 254 characters" }),
  );
// A generous cap before hashing: a megabyte-long "password" must not cost the server anything.
const password = z.string({ error: "must be a string" }).max(1024, { error: "is too long" });

export const signupSchema = z.strictObject({
  email,
  password,
  inviteCode: z.string().min(1).max(200).optional(),
});

export const loginSchema = z.strictObject({
  email: z.string({ error: "must be a string" }).max(254),
  password,
});

export const passwordChangeSchema = z.strictObject({ currentPassword: password, newPassword: password });

export const accountDeletionSchema = z.strictObject({ password });

export const userSchema = z.object({ id: z.uuid(), email: z.string(), role: z.enum(["owner", "member"]) });

export const sessionStateSchema = z.object({
  user: userSchema.nullable(),
  signup: z.enum(["owner-setup", "open", "invite"]),
});

export const inviteSchema = z.object({ code: z.string(), expiresAt: z.iso.datetime() });
