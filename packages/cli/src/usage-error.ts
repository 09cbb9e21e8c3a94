/**
 * The CLI's one outcome vocabulary: a UsageError is bad input from the person (exit 2, one line on stderr,
 * nothing on stdout). Anything else thrown is a bug (exit 1).
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
