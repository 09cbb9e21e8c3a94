/**
 * Creating an account. On a fresh server the first account becomes the owner; after that the server's
 * sign-up setting applies (`open`, or `invite` with a one-time code). Two racing "first" sign-ups are
 * settled by the database: only one owner can exist.
 */
import type { ServerSettings } from "../config/settings";
import { ApiError, invalidInput } from "../errors/api-error";
import { addressBucket } from "../http/address-bucket";
import type { Database } from "../storage/database";
import { refundAttempt, reserveAttempt } from "./attempt-counter";
import { releaseInvite, reserveInvite } from "./invites";
import { rateLimited } from "./login-throttle";
import { hashPassword } from "./password-hash";
import { passwordIssues } from "./password-policy";
import { type Account, hasAnyAccount, newAccountId, normalizeEmail } from "./users";

export type SignupRequest = { email: string; password: string; inviteCode?: string | undefined };

function uniqueViolation(error: unknown): string | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === "23505" ? (constraint ?? "unknown") : undefined;
}

// IPv4 by address, IPv6 by /64 (addressBucket).
const signupAddressKey = (address: string) => `signup-address:${addressBucket(address)}`;

/**
 * Everything that can refuse a sign-up cheaply runs before the password is hashed: the throttle (per client
 * address and per email asked for), the sign-up mode, the invite code (reserved here, atomically, so one
 * code pays for one hash however many use it at once), the password policy. Only then is the password
 * hashed, so a refused request costs the server nothing. An email that is taken is found after the hash, so
 * "taken" costs the same as "created" (see docs/server.md on what that does and does not hide).
 * Returns the reserved invite, if any, which the caller gives back if the sign-up fails.
 */
async function checkBeforeHashing(
  database: Database,
  request: SignupRequest,
  email: string,
  address: string,
  settings: ServerSettings,
  now: Date,
): Promise<string | undefined> {
  const window = { windowMs: settings.loginWindowMs };
  for (const gate of [
    { key: signupAddressKey(address), limit: settings.signupAttemptsPerAddress, ...window },
    { key: `signup-email:${email}`, limit: settings.signupAttemptsPerEmail, ...window, subject: email },
  ]) {
    const reservation = await reserveAttempt(database, gate, now);
    if (!reservation.granted) {
      throw rateLimited(
        reservation.retryAfterSeconds,
        "Too many sign-up attempts; wait a while and try again.",
      );
    }
  }
  let reserved: string | undefined;
  if (settings.signup === "invite" && (await hasAnyAccount(database))) {
    if (request.inviteCode === undefined) throw new ApiError("signup_closed");
    if (!(await reserveInvite(database, request.inviteCode, now))) throw new ApiError("invalid_invite");
    reserved = request.inviteCode;
  }
  try {
    const issues = await passwordIssues(request.password, "password", email);
    if (issues.length > 0) throw invalidInput(issues, "Choose another password");
  } catch (error) {
    if (reserved !== undefined) await releaseInvite(database, reserved, now);
    throw error;
  }
  return reserved;
}

export async function signUp(
  database: Database,
  request: SignupRequest,
  settings: ServerSettings,
  now: Date,
  address = "unknown",
): Promise<Account> {
  const email = normalizeEmail(request.email);
  const invite = await checkBeforeHashing(database, request, email, address, settings, now);
  try {
    return await createAccount(database, request, email, address, settings, now, invite);
  } catch (error) {
    if (invite !== undefined) await releaseInvite(database, invite, now);
    throw error;
  }
}

async function createAccount(
  database: Database,
  request: SignupRequest,
  email: string,
  address: string,
  settings: ServerSettings,
  now: Date,
  invite: string | undefined,
): Promise<Account> {
  const passwordHash = await hashPassword(request.password, settings.passwordCost);
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await database.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
        // Someone else became the owner while this sign-up, made without an invite, was hashing.
        if (existing && settings.signup === "invite" && invite === undefined)
          throw new ApiError("signup_closed");
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
      // A sign-up that made an account gives its attempt back: the address limit counts refusals (bad
      // invites, taken emails, weak passwords), so a clinic signing its staff up from one address is not stopped.
      await refundAttempt(database, signupAddressKey(address), email);
      return created;
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === "users_one_owner" && attempt === 0) continue; // someone else became the owner first
      if (constraint?.includes("email")) throw new ApiError("email_taken");
      throw error;
    }
  }
}
