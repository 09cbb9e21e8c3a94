/** The share token from `Authorization: Bearer <token>`; undefined when the header is absent or malformed. */
import type { FastifyRequest } from "fastify";

// base64url of 32 random bytes is 43 characters; anything else can never be a token we issued.
const TOKEN_PATTERN = /^Bearer ([A-Za-z0-9_-]{43})$/;

export function readBearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== "string") return undefined;
  return TOKEN_PATTERN.exec(header.trim())?.[1];
}
