/**
 * Creating an account. On a fresh server the first account becomes the owner; after that the server's
 * sign-up setting applies (`open`, or `invite` with a one-time code). Two racing "first" sign-ups are
 * settled by the database: only one owner can exist.
 */
import type { ServerSettings } from "../config/settings";
import { ApiError, invalidInput } from "../errors/api-error";
import type { Database } from "../storage/database";
import { redeemInvite } from "./invites";
import { hashPassword } from "./password-hash";
import { passwordIssues } from "./password-policy";
import { type Account, newAccountId, normalizeEmail } from "./users";

export type SignupRequest = { email: string; password: string; inviteCode?: string | undefined };

function uniqueViolation(error: unknown): string | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === "23505" ? (constraint ?? "unknown") : undefined;
}

export async function signUp(
  database: Database,
  request: SignupRequest,
  settings: ServerSettings,
  now: Date,
): Promise<Account> {
  const issues = passwordIssues(request.password, "password");
  if (issues.length > 0) throw invalidInput(issues, "Choose another password");
  const email = normalizeEmail(request.email);
  const passwordHash = await hashPassword(request.password, settings.passwordCost);
  for (let attempt = 0; ; attempt++) {
    try {
      return await database.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
        if (existing && settings.signup === "invite") {
          if (request.inviteCode === undefined) throw new ApiError("signup_closed");
          if (!(await redeemInvite(trx, request.inviteCode, now))) throw new ApiError("invalid_invite");
        }
        const account: Account = {
          id: newAccountId(),
          email,
          role: existing ? "member" : "owner",
          passwordHash,
        };
        await trx
          .insertInto("users")
          .values({ id: account.id, email, password_hash: passwordHash, role: account.role, created_at: now })
          .execute();
        return account;
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === "users_one_owner" && attempt === 0) continue; // someone else became the owner first
      if (constraint?.includes("email")) throw new ApiError("email_taken");
      throw error;
    }
  }
}
