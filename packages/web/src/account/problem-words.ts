/**
 * One plain message for each problem the server reports, chosen from its error code and the field it names
 * (docs/api.md), never the validator's own text: a person reads what to do, once, in their words.
 */
import type { ApiErrorCode } from "@limber/core/api/error-codes";

/** A code the client can meet: the server's catalogue, plus what only the client sees. */
export type ProblemCode = ApiErrorCode | "network" | "missing_fields" | `http_${number}`;

type Detail = { readonly code?: string; readonly path?: string; readonly message?: string };
export type ProblemFacts = {
  readonly code: ProblemCode;
  readonly status: number | null;
  readonly details?: readonly Detail[];
};

const SAFE_HERE = "Your data is safe on this device; it will sync later.";
const FUTURE_DATE =
  "This entry is dated in the future, so the server will not take it yet. Check this device's date and time.";
const PASSWORD_LENGTH = "Choose a password of 8 to 128 characters.";
const PASSWORD_STRENGTH =
  "Choose a password that is harder to guess: three or four unrelated words work well.";

/** By the error code alone. */
const BY_CODE: Readonly<Partial<Record<ProblemCode, string>>> = {
  network: `Limber's server cannot be reached. ${SAFE_HERE}`,
  invalid_credentials: "That email and password do not match an account here. Check both and try again.",
  email_taken: "An account with this email already exists here. Sign in instead.",
  signup_closed: "Signing up here needs an invite code from the person who runs this Limber.",
  invalid_invite: "This invite code does not work: it may have expired or been used. Ask for a new one.",
  unauthenticated: "Please sign in again.",
  forbidden: "Only the person who runs this Limber can do that.",
  rate_limited: "Too many tries in a short time. Wait a minute, then try again.",
  payload_too_large: "That is too much to send at once. Try a shorter note.",
  event_deleted: "This entry was deleted on another device, so it is not stored again.",
  event_conflict:
    "The server already holds a different entry under the same name. This one stays on this device.",
  screening_conflict:
    "The server already holds a different safety check under the same name. This one stays on this device.",
  not_found: "The server no longer has this. Reload the page and try again.",
  share_not_found: "This link was withdrawn or has expired.",
  unavailable: `Limber's server is not ready just now. ${SAFE_HERE}`,
  internal_error: `Limber's server had a problem. ${SAFE_HERE}`,
};

/** For invalid input, by the field it names (the last part of its path) and, where it matters, the code. */
const BY_FIELD: Readonly<Record<string, string | Readonly<Record<string, string>>>> = {
  password: { out_of_range: PASSWORD_LENGTH, "*": PASSWORD_STRENGTH },
  newPassword: { out_of_range: PASSWORD_LENGTH, "*": PASSWORD_STRENGTH },
  email: "Enter your whole email address, like name@example.org.",
  inviteCode: "Check the invite code: type it exactly as you were given it.",
  at: FUTURE_DATE,
  authored: FUTURE_DATE,
  note: "Shorten the note a little and try again.",
  label: "Give the link a name of up to 120 characters, or none.",
  expiresInDays: "Choose how long the link lasts: 1 day to 90 days.",
};

const FALLBACK_INVALID =
  "Limber could not send this as it is. Please try again; it stays on this device meanwhile.";
const FALLBACK = "Something went wrong. Please try again in a while.";

function fieldWords(detail: Detail): string | undefined {
  const field = detail.path?.split(".").at(-1) ?? "";
  const entry = BY_FIELD[field];
  if (typeof entry === "string" || entry === undefined) return entry;
  return entry[detail.code ?? ""] ?? entry["*"];
}

/** The one message to show for a problem. */
export function problemWords(problem: ProblemFacts): string {
  if (problem.code === "invalid_input" || problem.code === "invalid_json") {
    const words = (problem.details ?? []).map(fieldWords).find((found) => found !== undefined);
    return words ?? FALLBACK_INVALID;
  }
  const known = BY_CODE[problem.code];
  if (known) return known;
  if (problem.status !== null && problem.status >= 500) return BY_CODE.internal_error as string;
  return FALLBACK;
}
