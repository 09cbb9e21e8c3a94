/** A screening as the device keeps it: the answers given and the decision the core made from them. */
import type { Answers, Decision } from "@limber/core/screening/triage";

export type ScreeningRecord = {
  /** Client UUID; also the Idempotency-Key when the screening is sent to the server. */
  readonly id: string;
  /** ISO-8601 with offset. */
  readonly at: string;
  readonly answers: Answers;
  readonly decision: Decision;
};
