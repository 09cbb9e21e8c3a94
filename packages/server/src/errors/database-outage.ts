/**
 * Telling "the database is not there" apart from a bug: connection refused or reset, an administrator
 * shutting PostgreSQL down (SQLSTATE 57P01-57P03), the connection class (08xxx), a pool that could not
 * connect in time, or a store that was closed under the server. Such a failure answers 503 `unavailable`
 * with Retry-After, and the next request tries again: nothing is cached, so it recovers by itself.
 */

/** Seconds a client should wait before retrying after an outage answer. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const SHUTDOWN_CODES = new Set(["57P01", "57P02", "57P03"]);
/** node-postgres, Kysely and PGlite say these in words only, without a code. */
const OUTAGE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|not queryable|Cannot use a pool after calling end|driver has already been destroyed|PGlite is closed|Client has encountered a connection error/i;

export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (
    typeof code === "string" &&
    (NETWORK_CODES.has(code) || SHUTDOWN_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
  ) {
    return true;
  }
  if (typeof message === "string" && OUTAGE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseOutage(inner, depth + 1))) return true;
  return isDatabaseOutage(cause, depth + 1);
}
