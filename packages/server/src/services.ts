/** What every route may use: the store, the settings, the clock, and the batched (group-commit) paths. */
import type { Clock } from "@limber/core/clock";
import type { SignedInUser } from "./accounts/signed-in-user";
import type { ServerSettings } from "./config/settings";
import type { AssessmentRead } from "./journal/assessment-reads";
import type { EventWrite } from "./journal/journal-batch";
import type { WriteOutcome } from "./journal/journal-store";
import type { BatchQueue } from "./storage/batch-queue";
import type { Database } from "./storage/database";

export type Services = {
  readonly database: Database;
  readonly settings: ServerSettings;
  /** Core's one clock shape; injectable so tests can move through session timeouts exactly. */
  readonly clock: Clock;
  /** Journal writes, group-committed. */
  readonly journalWrites: BatchQueue<EventWrite, WriteOutcome>;
  /** Stored-assessment reads by owner id, batched. */
  readonly assessmentReads: BatchQueue<string, AssessmentRead>;
  /** Session lookups by cookie token, batched. */
  readonly sessionLookups: BatchQueue<string, SignedInUser | null>;
};
