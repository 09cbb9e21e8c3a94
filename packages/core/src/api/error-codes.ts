/**
 * Every error code the Limber API can answer with (docs/api.md, docs/server.md): the contract between the
 * server, which gives each one its status and message (server/src/errors/catalogue.ts), and the clients,
 * which decide by these codes. Declared once here so neither side can retype or misspell one.
 */
export const API_ERROR_CODES = [
  "invalid_input",
  "invalid_json",
  "malformed_request",
  "bad_url",
  "id_too_long",
  "request_timeout",
  "expectation_failed",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "not_found",
  "share_not_found",
  "calendar_not_found",
  "email_taken",
  "event_deleted",
  "event_conflict",
  "fact_conflict",
  "screening_conflict",
  "signup_closed",
  "invalid_invite",
  "payload_too_large",
  "unsupported_media_type",
  "headers_too_large",
  "rate_limited",
  "internal_error",
  "unavailable",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(API_ERROR_CODES);

/** Whether `code` (read from an answer, so untrusted) is one of the API's error codes. */
export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}
