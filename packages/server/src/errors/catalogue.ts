/**
 * The one outcome vocabulary of the API: every error code, its HTTP status and a default message a person
 * can act on. This is the only place codes meet HTTP statuses; docs/server.md lists the same table. The codes
 * themselves are core's (`API_ERROR_CODES`), shared with the clients: this table must cover each, and no other.
 */
import type { ApiErrorCode } from "@limber/core/api/error-codes";

export const ERROR_CATALOGUE = {
  invalid_input: { status: 400, message: "The request is not valid; see details for what to change." },
  invalid_json: { status: 400, message: "The request body is not valid JSON." },
  malformed_request: { status: 400, message: "The request is not valid HTTP." },
  bad_url: { status: 400, message: "The path has a malformed percent-escape; check the link and try again." },
  id_too_long: { status: 414, message: "An id in the path is too long; ids are at most 100 characters." },
  request_timeout: {
    status: 408,
    message: "The request did not arrive in time; check the connection and send it again.",
  },
  expectation_failed: { status: 417, message: "This server only understands Expect: 100-continue." },
  unauthenticated: { status: 401, message: "Sign in first." },
  invalid_credentials: { status: 401, message: "The email or password is not right." },
  forbidden: { status: 403, message: "Only the owner of this Limber server can do that." },
  not_found: { status: 404, message: "There is nothing here." },
  share_not_found: {
    status: 404,
    message: "This link was withdrawn or has expired; ask your patient for a new one.",
  },
  calendar_not_found: {
    status: 404,
    message: "This calendar link was replaced or withdrawn; copy the current one from your plan in Limber.",
  },
  email_taken: { status: 409, message: "An account with this email already exists; sign in instead." },
  event_deleted: {
    status: 410,
    message: "This journal event was deleted (perhaps on another device), so it is not stored again.",
  },
  event_conflict: {
    status: 409,
    message: "A different event with this id is already stored; generate a new id for a new event.",
  },
  fact_conflict: {
    status: 409,
    message: "A different acknowledgement or retraction is already stored with this id; use a new id.",
  },
  screening_conflict: {
    status: 409,
    message: "A different screening was already stored with this Idempotency-Key; use a new key.",
  },
  signup_closed: { status: 403, message: "Sign-up on this server needs an invite code from its owner." },
  invalid_invite: { status: 403, message: "This invite code is not valid, has expired or was already used." },
  payload_too_large: { status: 413, message: "The request body is too large." },
  unsupported_media_type: {
    status: 415,
    message: "Send the request body as JSON with the header Content-Type: application/json.",
  },
  headers_too_large: {
    status: 431,
    message: "The request headers are too large; clear this site's cookies and try again.",
  },
  rate_limited: {
    status: 429,
    message: "Too many attempts; wait as long as Retry-After says and try again.",
  },
  internal_error: { status: 500, message: "Something went wrong on the server; please try again." },
  unavailable: { status: 503, message: "The database is not reachable or not migrated yet." },
} as const satisfies Record<ApiErrorCode, { status: number; message: string }>;

export type ErrorCode = ApiErrorCode;

export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}
