/**
 * The quota as journal_write_batch applies it (migration 011), held to the rule written plainly: each write
 * in batch order, one at a time (the sequential model below). Whatever the batches, their timing and the
 * limits, the database grants and refuses exactly the writes the model does, with the same Retry-After.
 */
import { randomUUID } from "node:crypto";
import type { JournalEvent } from "@limber/core";
import { DAY_MS, MINUTE_MS } from "@limber/core/units";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustUrge } from "../../test-support/journal-events";
import { BACKENDS, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { ApiError } from "../errors/api-error";
import { journalBatchRunner } from "./journal-batch";
import type { JournalQuota } from "./journal-quota-limits";

type Counts = { minuteStart: number; minuteCount: number; dayStart: number; dayCount: number };
type Expected = "created" | { retryAfterSeconds: number; per: "minute" | "day" };

/** The rule, one write at a time: a window past its length starts again; a full one refuses (minute first). */
function grantOne(counts: Counts, quota: JournalQuota, nowMs: number): Expected {
  if (nowMs - counts.minuteStart >= MINUTE_MS) Object.assign(counts, { minuteStart: nowMs, minuteCount: 0 });
  if (nowMs - counts.dayStart >= DAY_MS) Object.assign(counts, { dayStart: nowMs, dayCount: 0 });
  const refuse = (start: number, length: number, per: "minute" | "day") => ({
    retryAfterSeconds: Math.max(1, Math.ceil((start + length - nowMs) / 1000)),
    per,
  });
  if (counts.minuteCount >= quota.perMinute) return refuse(counts.minuteStart, MINUTE_MS, "minute");
  if (counts.dayCount >= quota.perDay) return refuse(counts.dayStart, DAY_MS, "day");
  counts.minuteCount += 1;
  counts.dayCount += 1;
  return "created";
}

const batchArbitrary = fc.record({
  // Steps that land inside, at and past each window's end.
  advanceMs: fc.oneof(
    fc.integer({ min: 0, max: 70_000 }),
    fc.constantFrom(MINUTE_MS, DAY_MS - 1, DAY_MS, 3_600_000),
  ),
  owners: fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 7 }),
});

describe.each(BACKENDS)("the journal quota on %s", (backend) => {
  const store = useTestStore(backend);

  it("grants and refuses exactly the writes the one-at-a-time rule does, with its Retry-After", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ perMinute: fc.integer({ min: 1, max: 4 }), perDay: fc.integer({ min: 1, max: 9 }) }),
        fc.array(batchArbitrary, { minLength: 1, maxLength: 6 }),
        async (quota, batches) => {
          const people = [randomUUID(), randomUUID()];
          for (const id of people) {
            await store()
              .database.db.insertInto("users")
              .values({ id, email: `${id}@example.test`, password_hash: "x", role: "member" })
              .execute();
          }
          const model = new Map<string, Counts>();
          let nowMs = Date.parse("2026-11-24T12:00:00.250Z");
          for (const batch of batches) {
            nowMs += batch.advanceMs;
            const at = nowMs;
            const writes = batch.owners.map((owner) => ({
              ownerId: people[owner] as string,
              event: adjustUrge() as unknown as JournalEvent,
            }));
            const outcomes = await journalBatchRunner(
              store().database,
              quota,
              testClock(() => at),
            )(writes);
            const expected = writes.map(({ ownerId }) => {
              if (!model.has(ownerId))
                model.set(ownerId, { minuteStart: at, minuteCount: 0, dayStart: at, dayCount: 0 });
              return grantOne(model.get(ownerId) as Counts, quota, at);
            });
            const seen = outcomes.map((outcome): Expected => {
              if (outcome === "created") return outcome;
              expect(outcome).toBeInstanceOf(ApiError);
              const error = outcome as ApiError;
              expect(error.code).toBe("rate_limited");
              return {
                retryAfterSeconds: error.retryAfterSeconds ?? Number.NaN,
                per: error.message.includes(`${quota.perMinute} entries in the last minute`)
                  ? "minute"
                  : "day",
              };
            });
            expect(seen).toEqual(expected);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
