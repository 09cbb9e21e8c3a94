/** What every route may use: the store, the settings, the clock, and the batched (group-commit) paths. */
import type { SignedInUser } from "./accounts/signed-in-user";
import type { ServerSettings } from "./config/settings";
import type { EventWrite } from "./journal/journal-batch";
import type { WriteOutcome } from "./journal/journal-store";
import type { BatchQueue } from "./storage/batch-queue";
import type { Database } from "./storage/database";

export type Services = {
  readonly database: Database;
  readonly settings: ServerSettings;
  /** The current time; injectable so tests can move through session timeouts exactly. */
  readonly now: () => Date;
  /** Journal writes, group-committed. */
  readonly journalWrites: BatchQueue<EventWrite, WriteOutcome>;
  /** Session lookups by cookie token, batched. */
  readonly sessionLookups: BatchQueue<string, SignedInUser | null>;
};
