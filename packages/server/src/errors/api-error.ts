/** An expected failure of a request: a stable code from the catalogue, a message, and optional details. */
import { describeIssues, type Issue } from "@limber/core/result";
import { ERROR_CATALOGUE, type ErrorCode, statusOf } from "./catalogue";

export type ErrorDetail = { readonly code: string; readonly path: string; readonly message: string };

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
};

/** An answer lists at most this many details (and counts the rest), so huge bad input gets a small answer. */
export const MAX_ERROR_DETAILS = 20;
/** No error body is larger than this, whatever the request (issue 17, finding 9). */
export const MAX_ERROR_BODY_BYTES = 8_192;
const MAX_MESSAGE = 800;
const MAX_DETAIL = { code: 40, path: 100, message: 150 } as const;

/** `text` cut to `max` characters, with an ellipsis when it was cut: echoed input never grows an answer. */
export function cut(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}…`;
}

const cutDetail = ({ code, path, message }: ErrorDetail): ErrorDetail => ({
  code: cut(code, MAX_DETAIL.code),
  path: cut(path, MAX_DETAIL.path),
  message: cut(message, MAX_DETAIL.message),
});

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly details?: readonly ErrorDetail[];
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].message,
    details?: readonly ErrorDetail[],
    /** Sent as Retry-After (seconds) with the answer: when a throttle or an outage will let the client in. */
    readonly retryAfterSeconds?: number,
  ) {
    super(cut(message, MAX_MESSAGE));
    if (details) this.details = details.slice(0, MAX_ERROR_DETAILS).map(cutDetail);
  }

  get status(): number {
    return statusOf(this.code);
  }

  toBody(): ErrorBody {
    const details = [...(this.details ?? [])];
    const body = (): ErrorBody => ({
      error: { code: this.code, message: this.message, ...(details.length > 0 ? { details } : {}) },
    });
    // Escaping can grow cut text (a control character becomes six); drop details until the body fits.
    while (details.length > 0 && Buffer.byteLength(JSON.stringify(body())) > MAX_ERROR_BODY_BYTES)
      details.pop();
    return body();
  }
}

/** Bad input as the core reports it: one message listing every problem, and each issue as a detail. */
export function invalidInput(issues: readonly Issue[], summary = "The request is not valid"): ApiError {
  const listed = describeIssues(issues.slice(0, 5));
  const unlisted = issues.length - MAX_ERROR_DETAILS;
  const more =
    issues.length <= 5
      ? ""
      : unlisted > 0
        ? ` (details lists the first ${MAX_ERROR_DETAILS}, and ${unlisted.toLocaleString("en-US")} more)`
        : ` (and ${issues.length - 5} more, see details)`;
  return new ApiError(
    "invalid_input",
    `${summary}: ${listed}${more}.`,
    issues.slice(0, MAX_ERROR_DETAILS).map(({ code, path, message }) => ({ code, path, message })),
  );
}
