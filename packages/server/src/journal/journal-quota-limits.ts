/**
 * How many journal writes a person may make (journal-quota.ts enforces them). Numbers only, in a leaf, so the
 * settings that carry them do not import the quota code that reads the settings.
 */

export const JOURNAL_WRITES_PER_MINUTE = 120;
export const JOURNAL_WRITES_PER_DAY = 500;

export type JournalQuota = { readonly perMinute: number; readonly perDay: number };

export const DEFAULT_JOURNAL_QUOTA: JournalQuota = {
  perMinute: JOURNAL_WRITES_PER_MINUTE,
  perDay: JOURNAL_WRITES_PER_DAY,
};
