/**
 * Stored-assessment reads, batched like session lookups (storage/batch-queue.ts): every request waiting
 * while the previous batch ran is answered by the next one, which reads each person's needed events once
 * (assessment-events.ts), at one instant, for all of that person's waiting requests. A read always starts
 * after the request arrived, so it sees every write acknowledged before it: nothing is cached.
 */
import type { JournalEvent } from "@limber/core";
import type { Clock } from "@limber/core/clock";
import type { BatchRunner } from "../storage/batch-queue";
import type { Database } from "../storage/database";
import { wallDate } from "../wall-date";
import { readAssessmentEvents } from "./assessment-events";

/** The events the rules need, as stored at `now`. Shared by the batch's requests: read, never change. */
export type AssessmentRead = { readonly now: Date; readonly events: readonly JournalEvent[] };

export function assessmentReadRunner(database: Database, clock: Clock): BatchRunner<string, AssessmentRead> {
  return async (ownerIds) => {
    const now = wallDate(clock);
    const reads = new Map<string, Promise<AssessmentRead | Error>>();
    for (const ownerId of new Set(ownerIds)) {
      reads.set(
        ownerId,
        readAssessmentEvents(database, ownerId, now).then(
          (events) => ({ now, events }),
          (error: Error) => error,
        ),
      );
    }
    return Promise.all(ownerIds.map((ownerId) => reads.get(ownerId) as Promise<AssessmentRead | Error>));
  };
}
