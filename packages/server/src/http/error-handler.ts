/**
 * Every failure leaves as `{ error: { code, message, details? } }`. Expected ones are ApiErrors; Fastify's
 * own request errors are translated; anything else is a bug: logged (without the request body) and
 * answered 500 with no internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ApiError, cut } from "../errors/api-error";
import { isDatabaseOutage, OUTAGE_RETRY_AFTER_SECONDS } from "../errors/database-outage";
import { setSecurityHeaders } from "./security-headers";

/** Fastify's own request errors, by their code, in the catalogue's words. */
function fromFastifyError(error: FastifyError): ApiError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError("payload_too_large");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new ApiError("unsupported_media_type");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new ApiError("invalid_json");
    default:
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return new ApiError("invalid_input", "The request could not be read; check its headers and body.");
      }
      return undefined;
  }
}

/** Answers a path no route matched, or returns undefined to let the 404 stand. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => unknown;

/** Must run before routes are registered: Fastify binds each route to the error handler in place then. */
/**
 * A safety net: PostgreSQL's "data exception" class (SQLSTATE 22xxx: a value out of range, a bad date) is
 * the person's input that validation let through, so it is bad input, never a server error; a foreign key
 * violation (23503) is a write for an account deleted meanwhile.
 */
function fromDatabaseError(error: { code?: unknown }): ApiError | undefined {
  // Every foreign key points at the owner: a violation means the account was deleted mid-request.
  if (error.code === "23503") return new ApiError("unauthenticated", "This account no longer exists.");
  if (typeof error.code !== "string" || !/^22[0-9A-Z]{3}$/.test(error.code)) return undefined;
  return new ApiError("invalid_input", "A value in the request is out of the range this server can store.");
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known =
      error instanceof ApiError
        ? error
        : isDatabaseOutage(error)
          ? new ApiError("unavailable")
          : (fromFastifyError(error) ?? fromDatabaseError(error));
    if (known?.code === "unavailable") reply.header("retry-after", String(OUTAGE_RETRY_AFTER_SECONDS));
    if (known?.retryAfterSeconds !== undefined) reply.header("retry-after", String(known.retryAfterSeconds));
    if (known) return reply.code(known.status).send(known.toBody());
    request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, "failed");
    const internal = new ApiError("internal_error");
    return reply.code(internal.status).send(internal.toBody());
  });
}

/**
 * Fastify's own routing errors, answered before any route or hook runs (a bad percent escape, a path
 * parameter over the length limit), in the API's error shape with the security headers.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known =
    error.code === "FST_ERR_BAD_URL"
      ? new ApiError("bad_url")
      : error.code === "FST_ERR_MAX_PARAM_LENGTH"
        ? new ApiError("id_too_long")
        : (fromFastifyError(error) ?? new ApiError("malformed_request"));
  setSecurityHeaders(request, reply);
  return reply.code(known.status).type("application/json; charset=utf-8").send(known.toBody());
}

/** A request arriving while the server shuts down (on a kept-alive connection) answers 503 with Retry-After. */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onRequest", async () => {
    if (closing) throw new ApiError("unavailable", "This server is shutting down; try again in a moment.");
  });
}

export function installNotFound(app: FastifyInstance, fallback?: NotFoundFallback): void {
  app.setNotFoundHandler((request, reply) => {
    const answered = fallback?.(request, reply);
    if (answered !== undefined) return answered;
    const path = cut(request.url.split("?")[0] ?? "", 100);
    const notFound = new ApiError("not_found", `There is no ${request.method} ${path}.`);
    return reply.code(notFound.status).send(notFound.toBody());
  });
}
