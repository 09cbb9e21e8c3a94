/**
 * An explicit, recorded "I understand" that names one safety reason (a journal trend flag): the core's
 * `Acknowledgement` plus the id the device stores it under. Kept on this device only (not synced yet).
 */
export type AcknowledgementRecord = {
  /** Client UUID. */
  readonly id: string;
  /** The safety reason's code, e.g. "persistent-48h". */
  readonly code: string;
  /** ISO-8601: when the person confirmed it. */
  readonly at: string;
};
