/**
 * The session cookie: `HttpOnly`, `SameSite=Lax`, `Path=/`; over https also `Secure` with the `__Host-`
 * prefix (which browsers accept only from a secure origin, for the whole host, never a parent domain).
 */
import type { FastifyReply, FastifyRequest } from "fastify";

export const COOKIE_NAME = "limber_session";
export const SECURE_COOKIE_NAME = "__Host-limber_session";

const isHttps = (request: FastifyRequest) => request.protocol === "https";

export function readSessionToken(request: FastifyRequest): string | undefined {
  const value = request.cookies[isHttps(request) ? SECURE_COOKIE_NAME : COOKIE_NAME];
  return value === undefined || value === "" ? undefined : value;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
): void {
  const secure = isHttps(request);
  reply.setCookie(secure ? SECURE_COOKIE_NAME : COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isHttps(request);
  reply.clearCookie(secure ? SECURE_COOKIE_NAME : COOKIE_NAME, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
  });
}
