import { randomUUID } from "node:crypto";
import type { JournalEvent } from "@limber/core";
import { beforeEach, describe, expect, it } from "vitest";
import { checkIn } from "../../test-support/journal-events";
import { replaceStoredJournal } from "../../test-support/stored-journal";
import { BACKENDS, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { BatchQueue } from "../storage/batch-queue";
import { type AssessmentRead, assessmentReadRunner } from "./assessment-reads";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

describe.each(BACKENDS)("batched stored-assessment reads on %s", (backend) => {
  const store = useTestStore(backend);
  let ann: string;
  let bob: string;
  const annEvents = [checkIn({ at: hoursAgo(5) }), checkIn({ at: hoursAgo(1), stiffness: 7 })];
  const bobEvents = [checkIn({ at: hoursAgo(2), stiffness: 2 })];
  beforeEach(async () => {
    [ann, bob] = [randomUUID(), randomUUID()];
    for (const id of [ann, bob]) {
      await store()
        .database.db.insertInto("users")
        .values({ id, email: `${id}@example.test`, password_hash: "x", role: "member" })
        .execute();
    }
    await replaceStoredJournal(store().database, ann, annEvents as unknown as JournalEvent[]);
    await replaceStoredJournal(store().database, bob, bobEvents as unknown as JournalEvent[]);
  });
  const runner = () =>
    assessmentReadRunner(
      store().database,
      testClock(() => NOW),
    );
  const ids = (read: AssessmentRead | Error) => (read as AssessmentRead).events.map((event) => event.id);

  it("answers each person's waiting requests with one read of their own events, at one instant", async () => {
    const reads = await runner()([ann, bob, ann, ann]);
    expect(ids(reads[0] as AssessmentRead)).toEqual(annEvents.map((event) => event.id));
    expect(ids(reads[1] as AssessmentRead)).toEqual(bobEvents.map((event) => event.id));
    expect(reads[2]).toBe(reads[0]);
    expect(reads[3]).toBe(reads[0]);
    for (const read of reads) expect((read as AssessmentRead).now.getTime()).toBe(NOW);
  });

  it("answers a request that came during a read with the next read, which sees what was written meanwhile", async () => {
    const queue = new BatchQueue(runner(), 1);
    const first = queue.submit(ann);
    // The first batch has been taken (BatchQueue yields once before running it); a write then lands.
    await new Promise((resolve) => setImmediate(resolve));
    const later = checkIn({ at: hoursAgo(0.5), stiffness: 9 }) as unknown as JournalEvent;
    await replaceStoredJournal(store().database, ann, [...annEvents, later] as unknown as JournalEvent[]);
    const second = await queue.submit(ann);
    expect(ids(second)).toContain(later.id);
    await first;
  });
});
