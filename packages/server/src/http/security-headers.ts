/**
 * Security headers on every answer: a Content Security Policy with no inline script, no MIME sniffing,
 * no framing, a strict referrer policy. API answers are never cached, since they carry health data.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The policy; `styleHashes` ('sha256-...') allow exactly the inline styles the built index.html carries
 * (web-app.ts), never 'unsafe-inline'.
 */
export const contentSecurityPolicy = (styleHashes: readonly string[] = []) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' data: blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/** The policy of a server with no inline style to allow (no web build). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The headers every answer carries, for answers written before Fastify sees the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), geolocation=(), microphone=(self)",
  "cache-control": "no-store",
};

/** True when the route that matched is an API route, however its path was spelled ("/%61pi/..."). */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith("/api/") === true;
}

/**
 * Sets the headers on one answer. API answers are `no-store`; so is anything that set no caching of its own
 * (errors, 404s, framework errors), while the web app's files keep the caching web-app.ts gives them.
 */
export function setSecurityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  policy = CONTENT_SECURITY_POLICY,
): void {
  reply.header("content-security-policy", policy);
  reply.header("x-content-type-options", "nosniff");
  reply.header("x-frame-options", "DENY");
  reply.header("referrer-policy", "no-referrer");
  reply.header("cross-origin-opener-policy", "same-origin");
  reply.header("permissions-policy", "camera=(), geolocation=(), microphone=(self)");
  if (request.protocol === "https") {
    reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  if (isApiRoute(request) || !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
}

export function installSecurityHeaders(app: FastifyInstance, policy = CONTENT_SECURITY_POLICY): void {
  app.addHook("onSend", async (request, reply, payload) => {
    setSecurityHeaders(request, reply, policy);
    return payload;
  });
}
