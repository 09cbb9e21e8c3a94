/**
 * Why the device's record refused a write: a stable code, a sentence a person can act on, and details as
 * core's issues (each with its own code, e.g. from `fromZodIssues`), the same shape the server reports.
 */
import type { Issue } from "@limber/core/result";

export type StoreErrorCode = "invalid_event" | "event_conflict" | "invalid_setting" | "not_found";

export type StoreIssue = Issue;

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: readonly StoreIssue[] = [],
  ) {
    super(message);
  }
}
