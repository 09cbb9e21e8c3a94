/** Every migration, in order. One set serves PGlite and PostgreSQL alike. Never edit a released one: add. */
import type { Migration, MigrationProvider } from "kysely";
import { initial } from "./001-initial";
import { ownerKeysAndJournalWindows } from "./002-owner-keys-and-journal-windows";
import { shares } from "./003-shares";
import { attemptCounters } from "./004-attempt-counters";
import { throttleSecret } from "./005-throttle-secret";
import { calmCheckInsPainOrStiffness } from "./006-calm-check-ins-pain-or-stiffness";
import { safetyFacts } from "./007-safety-facts";
import { shareKeysForDistribution } from "./008-share-keys-for-distribution";
import { plansAndReminders } from "./009-plans-and-reminders";
import { journalQuotas } from "./010-journal-quotas";
import { journalWriteBatch } from "./011-journal-write-batch";

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "001-initial": initial,
  "002-owner-keys-and-journal-windows": ownerKeysAndJournalWindows,
  "003-shares": shares,
  "004-attempt-counters": attemptCounters,
  "005-throttle-secret": throttleSecret,
  "006-calm-check-ins-pain-or-stiffness": calmCheckInsPainOrStiffness,
  "007-safety-facts": safetyFacts,
  "008-share-keys-for-distribution": shareKeysForDistribution,
  "009-plans-and-reminders": plansAndReminders,
  "010-journal-quotas": journalQuotas,
  "011-journal-write-batch": journalWriteBatch,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
