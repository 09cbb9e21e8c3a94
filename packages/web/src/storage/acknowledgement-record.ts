/**
 * An explicit, recorded "I understand" that names one safety reason (a journal trend flag): the core's
 * `Acknowledgement` plus the id the device stores it under. Synced: part of the record.
 */
export type AcknowledgementRecord = {
  /** Client UUID. */
  readonly id: string;
  /** The safety reason's code, e.g. "persistent-48h". */
  readonly code: string;
  /** ISO-8601: when the person confirmed it. */
  readonly at: string;
  /** The words the person confirmed (absent only on records made before they were kept). */
  readonly words?: string;
};
