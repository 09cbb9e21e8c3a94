/**
 * Telling "the database is not available" apart from a bug, in one place. A failure of one of the kinds
 * below answers 503 `unavailable` with Retry-After, and the next request tries again: nothing is cached, so
 * Limber recovers by itself once the database is back, without a restart.
 *
 * By SQLSTATE class (PostgreSQL appendix A), the classes that say "not now", never "your request is wrong":
 * - 08 connection exception (cannot connect, connection lost);
 * - 53 insufficient resources (too many connections 53300, disk full 53100, out of memory 53200);
 * - 55 object not in prerequisite state (a database closed to connections 55000, a lock not available 55P03);
 * - 57 operator intervention (an administrator ending connections or shutting down 57P01-57P03, a
 *   cancelled query 57014);
 * - and from class 25 only 25006, a read-only transaction (a read-only database or a standby).
 * Also network errors, a pool that could not connect in time, and a store that was closed under the server.
 */

/** Seconds a client should wait before retrying after an outage answer. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** The SQLSTATE classes (first two characters) whose every code means "unavailable". */
export const UNAVAILABLE_SQLSTATE_CLASSES: ReadonlySet<string> = new Set(["08", "53", "55", "57"]);
/** Single codes from other classes that mean "unavailable". */
export const UNAVAILABLE_SQLSTATES: ReadonlySet<string> = new Set(["25006"]);

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
/** node-postgres, Kysely and PGlite say these in words only, without a code. */
const OUTAGE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|not queryable|Cannot use a pool after calling end|driver has already been destroyed|PGlite is closed|Client has encountered a connection error/i;

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** True when `code` (a SQLSTATE or a Node network code) says the database is unavailable. */
export function isUnavailableCode(code: string): boolean {
  if (NETWORK_CODES.has(code)) return true;
  if (!SQLSTATE.test(code)) return false;
  return UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SQLSTATE_CLASSES.has(code.slice(0, 2));
}

export function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === "string" && isUnavailableCode(code)) return true;
  if (typeof message === "string" && OUTAGE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseOutage(inner, depth + 1))) return true;
  return isDatabaseOutage(cause, depth + 1);
}
