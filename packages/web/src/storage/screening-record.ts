/** A screening as the device keeps it: the answers given and the decision the core made from them. */
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Answers, Decision } from "@limber/core/screening/triage";

type ScreeningBase = {
  /** Client UUID; also the Idempotency-Key when the screening is sent to the server. */
  readonly id: string;
  /** ISO-8601 with offset. */
  readonly at: string;
  readonly decision: Decision;
  /** Earlier "yes" answers the person confirmed were a mistake when asked (changed within the hour). */
  readonly retracted?: readonly ScreeningLinkId[];
  /** The id of the retraction fact sent with `retracted` (absent on records made before it was kept). */
  readonly retractionId?: string;
};

/** Every question answered: the screening contract's complete answers. */
export type CompleteScreeningRecord = ScreeningBase & {
  readonly answers: Answers;
  readonly stoppedAt?: undefined;
};

/**
 * A screening that ended at its first emergency answer (`stoppedAt`): only the questions asked are in
 * `answers`, and nothing is guessed for the rest. Its decision is `emergency`, which no later answer could
 * change. Sent to the server's own route for it (POST /api/screenings/stopped).
 */
export type StoppedScreeningRecord = ScreeningBase & {
  readonly answers: Readonly<Partial<Record<ScreeningLinkId, boolean>>>;
  readonly stoppedAt: ScreeningLinkId;
};

export type ScreeningRecord = CompleteScreeningRecord | StoppedScreeningRecord;

export function isCompleteScreening(record: ScreeningRecord): record is CompleteScreeningRecord {
  return record.stoppedAt === undefined;
}
