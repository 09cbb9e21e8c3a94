/** Why the device's record refused a write: a stable code, a sentence a person can act on, and details. */
export type StoreErrorCode = "invalid_event" | "event_conflict" | "invalid_setting" | "not_found";

export type StoreIssue = { readonly path: string; readonly message: string };

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
