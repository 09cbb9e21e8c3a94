/** Account routes: who am I, sign up, sign in and out, change password, invite, delete everything. */

import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ApiError, invalidInput } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import type { Services } from "../services";
import { wallDate } from "../wall-date";
import {
  accountDeletionSchema,
  inviteSchema,
  loginSchema,
  passwordChangeSchema,
  sessionStateSchema,
  signupSchema,
  userSchema,
} from "./account-schemas";
import { forgetSubject } from "./attempt-counter";
import { passwordMatches } from "./credentials";
import { createInvite } from "./invites";
import { loginSucceeded, reserveLogin } from "./login-throttle";
import { hashPassword } from "./password-hash";
import { passwordIssues } from "./password-policy";
import { clearSessionCookie, setSessionCookie } from "./session-cookie";
import { endAllSessions, endSession, startSession } from "./sessions";
import { signUp } from "./signup";
import {
  type Account,
  deleteAccount,
  findAccountByEmail,
  findAccountById,
  hasAnyAccount,
  normalizeEmail,
  updatePasswordHash,
} from "./users";

const publicUser = ({ id, email, role }: Pick<Account, "id" | "email" | "role">) => ({ id, email, role });

/**
 * Verifies a password under the sign-in throttle: the attempt is reserved before the hash (so parallel tries
 * cannot outrun the limit), and the answer is the same whether or not the account exists.
 */
async function checkPassword(
  services: Services,
  address: string,
  email: string,
  password: string,
): Promise<Account> {
  const { database, settings } = services;
  await reserveLogin(database, email, address, wallDate(services.clock), settings);
  const account = await findAccountByEmail(database, email);
  if (!(await passwordMatches(account, password, settings.passwordCost)) || !account) {
    throw new ApiError("invalid_credentials");
  }
  await loginSucceeded(database, email, address, wallDate(services.clock), settings);
  return account;
}

async function signIn(services: Services, request: FastifyRequest, reply: FastifyReply, account: Account) {
  const token = await startSession(
    services.database,
    account.id,
    wallDate(services.clock),
    services.settings,
  );
  setSessionCookie(request, reply, token, services.settings.sessionMaxMs);
}

const userBody = z.object({ user: userSchema });

export const ACCOUNT_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/auth/session",
    tag: "accounts",
    summary: "Who is signed in, and how sign-up works on this server",
    access: "optional",
    responses: { 200: { description: "The session state", schema: sessionStateSchema } },
    async handle({ user, services }) {
      // Every app start asks this; a signed-in person proves an account exists, so only a visitor's answer
      // reads the users table.
      const accountExists = user !== null || (await hasAnyAccount(services.database));
      const signup = accountExists ? services.settings.signup : "owner-setup";
      return { status: 200, body: { user: user && publicUser(user), signup } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/signup",
    tag: "accounts",
    summary: "Create an account (the first one on a fresh server is the owner) and sign in",
    access: "public",
    body: signupSchema,
    responses: {
      201: { description: "Created and signed in", schema: userBody },
      400: { description: "Bad email, or a password that is too short, too long or too easy to guess" },
      403: { description: "Sign-up needs a valid invite code" },
      409: { description: "The email is taken" },
      429: { description: "Too many sign-up attempts from this address or for this email; see Retry-After" },
    },
    async handle({ body, services, request, reply }) {
      const account = await signUp(
        services.database,
        body,
        services.settings,
        wallDate(services.clock),
        request.ip,
      );
      await signIn(services, request, reply, account);
      return { status: 201, body: { user: publicUser(account) } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/login",
    tag: "accounts",
    summary: "Sign in",
    access: "public",
    body: loginSchema,
    responses: {
      200: { description: "Signed in", schema: userBody },
      401: { description: "Wrong email or password (the same answer whether or not the account exists)" },
      429: { description: "Too many failed attempts" },
    },
    async handle({ body, services, request, reply }) {
      const account = await checkPassword(services, request.ip, normalizeEmail(body.email), body.password);
      await signIn(services, request, reply, account);
      return { status: 200, body: { user: publicUser(account) } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout",
    tag: "accounts",
    summary: "Sign out; the session is revoked on the server",
    access: "optional",
    responses: { 204: { description: "Signed out" } },
    async handle({ user, services, request, reply }) {
      if (user) await endSession(services.database, user.sessionHash);
      clearSessionCookie(request, reply);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/password",
    tag: "accounts",
    summary: "Change the password; every session is revoked and this one gets a new cookie",
    access: "signed-in",
    body: passwordChangeSchema,
    responses: {
      204: { description: "Changed" },
      400: { description: "The new password is not acceptable" },
      401: { description: "The current password is wrong" },
    },
    async handle({ body, user, services, request, reply }) {
      // The throttle and the current password first: the strength estimate is work a stranger must not cause.
      const account = await checkPassword(services, request.ip, user.email, body.currentPassword);
      const issues = await passwordIssues(body.newPassword, "newPassword", user.email);
      if (issues.length > 0) throw invalidInput(issues, "Choose another password");
      await updatePasswordHash(
        services.database,
        account.id,
        await hashPassword(body.newPassword, services.settings.passwordCost),
      );
      // Every session ends, this one too: whoever knew the old password (or held this cookie) is out.
      await endAllSessions(services.database, account.id);
      await signIn(services, request, reply, account);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/invites",
    tag: "accounts",
    summary: "Create a one-time invite code (owner only)",
    access: "owner",
    responses: {
      201: { description: "The code, shown once", schema: inviteSchema },
      403: { description: "Not the owner" },
    },
    async handle({ user, services }) {
      const invite = await createInvite(
        services.database,
        user.id,
        wallDate(services.clock),
        services.settings.inviteTtlMs,
      );
      return { status: 201, body: { code: invite.code, expiresAt: invite.expiresAt.toISOString() } };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/account",
    tag: "accounts",
    summary: "Delete the account and everything it owns",
    access: "signed-in",
    body: accountDeletionSchema,
    responses: { 204: { description: "Deleted" }, 401: { description: "The password is wrong" } },
    async handle({ body, user, services, request, reply }) {
      const account = await findAccountById(services.database, user.id);
      if (!account) throw new ApiError("unauthenticated");
      await checkPassword(services, request.ip, account.email, body.password);
      await deleteAccount(services.database, account.id);
      // Nothing identifying outlives the account: its throttle rows (email, addresses) go too.
      await forgetSubject(services.database, account.email);
      clearSessionCookie(request, reply);
      return { status: 204 };
    },
  }),
];
