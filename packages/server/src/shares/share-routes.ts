/**
 * Sharing with a clinician: the person creates, lists and revokes shares; the clinician reads the record
 * or the FHIR Bundle with the share's token as a bearer token. The token grants these two reads only:
 * every other route reads sessions from the cookie alone, so to them a bearer token is anonymous.
 */
import { Readable } from "node:stream";
import type { ShareWhat } from "@limber/core/api/share";
import { DAY_MS } from "@limber/core/units";
import type { FastifyReply, FastifyRequest } from "fastify";
import { hashToken, newSecretToken } from "../accounts/secret-token";
import { findAccountById } from "../accounts/users";
import { ApiError } from "../errors/api-error";
import { databaseNow } from "../export/record-pages";
import { type ExportedPerson, personRecordFhir, personRecordJson } from "../export/record-stream";
import { defineRoute } from "../http/api-route";
import type { Services } from "../services";
import { wallDate } from "../wall-date";
import { readBearerToken } from "./bearer-token";
import { guessingWait, guessKey, recordGuess } from "./share-guessing";
import { createdShareSchema, createShareSchema, shareIdParamsSchema, shareListSchema } from "./share-schemas";
import {
  createShare,
  isShareLive,
  listShares,
  liveShare,
  type OpenedShare,
  openShare,
  revokeShare,
} from "./share-store";

const SHARED_READ_RESPONSES = {
  404: {
    description: "share_not_found: the token is unknown, expired or revoked (one answer for all three)",
  },
  429: { description: "rate_limited: too many failed share reads from this address; see Retry-After" },
};

/**
 * The person behind a live share, its read logged as one access (none for a "status" check); every other
 * case answers the same 404. The record itself then streams through the export's own code
 * (export/record-stream.ts).
 */
async function sharedPerson(
  what: ShareWhat | "status",
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
): Promise<{ person: ExportedPerson; share: OpenedShare }> {
  const { database } = services;
  const now = wallDate(services.clock);
  const key = await guessKey(database, request.ip);
  const wait = await guessingWait(database, key, now);
  if (wait > 0) {
    reply.header("retry-after", String(wait));
    throw new ApiError(
      "rate_limited",
      `Too many share links from this address did not open; wait ${wait} seconds, then check the link.`,
    );
  }
  const token = readBearerToken(request);
  const share =
    token === undefined
      ? undefined
      : what === "status"
        ? await liveShare(database, hashToken(token), now)
        : await openShare(database, hashToken(token), what, now);
  const account = share === undefined ? undefined : await findAccountById(database, share.ownerId);
  if (!account || !share) {
    await recordGuess(database, key, now);
    throw new ApiError("share_not_found");
  }
  reply.type("application/json; charset=utf-8");
  return { person: { id: account.id, email: account.email, role: account.role }, share };
}

/**
 * The download through a share: one snapshot of the journal as it was when the download began, and the
 * share (and the account) checked again before every page, so a withdrawal or a deletion stops it there.
 */
export async function sharedDownload(
  services: Services,
  what: ShareWhat,
  person: ExportedPerson,
  share: OpenedShare,
): Promise<AsyncGenerator<string>> {
  const guard = {
    stillAllowed: () => isShareLive(services.database, share, wallDate(services.clock)),
    writtenBy: await databaseNow(services.database),
  };
  const write = what === "record" ? personRecordJson : personRecordFhir;
  return write(services.database, person, wallDate(services.clock), guard);
}

export const SHARE_ROUTES = [
  defineRoute({
    method: "POST",
    url: "/api/shares",
    tag: "shares",
    summary: "Create a read-only link to the whole record for a clinician; the token is shown only here",
    access: "signed-in",
    body: createShareSchema,
    responses: {
      201: { description: "Created", schema: createdShareSchema },
      400: { description: "expiresInDays is not 1..90, or the label is empty or too long" },
    },
    async handle({ body, user, services, request }) {
      const token = newSecretToken();
      const createdAt = wallDate(services.clock);
      const share = await createShare(services.database, {
        ownerId: user.id,
        tokenHash: hashToken(token),
        ...(body.label === undefined ? {} : { label: body.label }),
        createdAt,
        expiresAt: new Date(createdAt.getTime() + body.expiresInDays * DAY_MS),
      });
      // The fragment never reaches a server or proxy log; the web app sends it back as a bearer token.
      // On the configured address, else the Host header: never X-Forwarded-Host, which a client can write.
      const origin =
        services.settings.publicUrl ?? `${request.protocol}://${request.headers.host ?? request.host}`;
      const url = `${origin}/#/shared/${token}`;
      return { status: 201, body: { share, token, url } };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/shares",
    tag: "shares",
    summary: "The person's shares, newest first, each with every access (when, and what was read)",
    access: "signed-in",
    responses: { 200: { description: "The shares", schema: shareListSchema } },
    async handle({ user, services }) {
      return { status: 200, body: { shares: await listShares(services.database, user.id) } };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/shares/:id",
    tag: "shares",
    summary: "Stop a share; the next read through it answers 404 share_not_found",
    access: "signed-in",
    params: shareIdParamsSchema,
    responses: { 204: { description: "Revoked" }, 404: { description: "Not yours, or no such share" } },
    async handle({ params, user, services }) {
      const found = await revokeShare(services.database, user.id, params.id, wallDate(services.clock));
      if (!found) throw new ApiError("not_found", "You have no share with this id.");
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/shared/record",
    tag: "shares",
    summary: "Through a share (bearer token): the person's record, the same shape as GET /api/export",
    access: "public",
    responses: { 200: { description: "The record" }, ...SHARED_READ_RESPONSES },
    async handle({ request, reply, services }) {
      const { person, share } = await sharedPerson("record", request, reply, services);
      // One page read ahead at most, so a paused reader holds the next check back, not the whole record.
      const pages = await sharedDownload(services, "record", person, share);
      return { status: 200, body: Readable.from(pages, { highWaterMark: 1 }) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/shared/fhir",
    tag: "shares",
    summary: "Through a share (bearer token): the FHIR R4 Bundle of GET /api/export/fhir",
    access: "public",
    responses: { 200: { description: "A FHIR R4 Bundle" }, ...SHARED_READ_RESPONSES },
    async handle({ request, reply, services }) {
      const { person, share } = await sharedPerson("fhir", request, reply, services);
      const pages = await sharedDownload(services, "fhir", person, share);
      return { status: 200, body: Readable.from(pages, { highWaterMark: 1 }) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/shared/status",
    tag: "shares",
    summary:
      "Through a share (bearer token): 204 while the share is live; reads nothing and is not logged as an access",
    access: "public",
    responses: { 204: { description: "The share is live" }, ...SHARED_READ_RESPONSES },
    async handle({ request, reply, services }) {
      await sharedPerson("status", request, reply, services);
      return { status: 204 };
    },
  }),
];
