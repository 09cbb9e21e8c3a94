import { randomUUID } from "node:crypto";
import type { JournalEvent } from "@limber/core";
import { beforeEach, describe, expect, it } from "vitest";
import { adjustUrge } from "../../test-support/journal-events";
import { BACKENDS, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { ApiError } from "../errors/api-error";
import { journalBatchRunner } from "./journal-batch";
import { DEFAULT_JOURNAL_QUOTA, type JournalQuota } from "./journal-quota-limits";

describe.each(BACKENDS)("group-committed journal writes on %s", (backend) => {
  const store = useTestStore(backend);
  let ann: string;
  let bob: string;
  beforeEach(async () => {
    [ann, bob] = [randomUUID(), randomUUID()];
    for (const id of [ann, bob]) {
      await store()
        .database.db.insertInto("users")
        .values({
          id,
          email: `${id}@example.test`,
          password_hash: "x",
          role: id === ann ? "owner" : "member",
        })
        .execute();
    }
  });
  const NOW = Date.parse("2026-11-24T12:00:00Z");
  const runner = (quota: JournalQuota = DEFAULT_JOURNAL_QUOTA, nowMs = NOW) =>
    journalBatchRunner(
      store().database,
      quota,
      testClock(() => nowMs),
    );
  const event = (overrides: Record<string, unknown> = {}) => adjustUrge(overrides) as unknown as JournalEvent;
  const stored = async () =>
    (await store().database.db.selectFrom("journal_events").select("id").execute()).length;

  it("stores a whole batch in one go and says each was created", async () => {
    const run = runner();
    const outcomes = await run(Array.from({ length: 20 }, () => ({ ownerId: ann, event: event() })));
    expect(outcomes).toEqual(Array(20).fill("created"));
    expect(await stored()).toBe(20);
  });

  it("settles repeats of one id inside a batch: the first is created, an identical one repeated, another a conflict", async () => {
    const run = runner();
    const first = event();
    const outcomes = await run([
      { ownerId: ann, event: first },
      { ownerId: ann, event: { ...first } },
      { ownerId: ann, event: { ...first, at: "2026-11-21T10:00:00Z" } },
    ]);
    expect(outcomes.slice(0, 2)).toEqual(["created", "repeated"]);
    expect(outcomes[2]).toBeInstanceOf(ApiError);
    expect((outcomes[2] as ApiError).code).toBe("event_conflict");
    expect(await stored()).toBe(1);
  });

  it("keeps the same id from two people as two events", async () => {
    const shared = event();
    const outcomes = await runner()([
      { ownerId: ann, event: shared },
      { ownerId: bob, event: { ...shared } },
    ]);
    expect(outcomes).toEqual(["created", "created"]);
  });

  it("refuses only the write whose owner is gone, storing the rest of its batch", async () => {
    const outcomes = await runner()([
      { ownerId: ann, event: event() },
      { ownerId: randomUUID(), event: event() },
    ]);
    expect(outcomes[0]).toBe("created");
    expect(outcomes[1]).toBeInstanceOf(ApiError);
    expect((outcomes[1] as ApiError).code).toBe("unauthenticated");
    expect(await stored()).toBe(1);
  });

  it("counts each write against its person's quota and refuses, without storing, those beyond it", async () => {
    const outcomes = await runner({ perMinute: 3, perDay: 10 })([
      ...Array.from({ length: 5 }, () => ({ ownerId: ann, event: event() })),
      { ownerId: bob, event: event() },
    ]);
    expect(outcomes.slice(0, 3)).toEqual(["created", "created", "created"]);
    for (const refused of outcomes.slice(3, 5)) {
      expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
      expect((refused as ApiError).retryAfterSeconds).toBe(60);
    }
    expect(outcomes[5]).toBe("created"); // Bob has his own quota
    expect(await stored()).toBe(4);
  });

  it("keeps the count across batches and starts it again when the minute has passed", async () => {
    const quota = { perMinute: 2, perDay: 10 };
    expect(await runner(quota)([{ ownerId: ann, event: event() }])).toEqual(["created"]);
    const second = await runner(
      quota,
      NOW + 30_000,
    )([
      { ownerId: ann, event: event() },
      { ownerId: ann, event: event() },
    ]);
    expect(second[0]).toBe("created");
    expect((second[1] as ApiError).retryAfterSeconds).toBe(30);
    expect(await runner(quota, NOW + 60_000)([{ ownerId: ann, event: event() }])).toEqual(["created"]);
  });

  it("refuses past the day's quota until a day after its first write", async () => {
    const quota = { perMinute: 10, perDay: 2 };
    await runner(quota)([
      { ownerId: ann, event: event() },
      { ownerId: ann, event: event() },
    ]);
    const [refused] = await runner(quota, NOW + 3_600_000)([{ ownerId: ann, event: event() }]);
    expect((refused as ApiError).retryAfterSeconds).toBe(23 * 3600);
    expect(await runner(quota, NOW + 86_400_000)([{ ownerId: ann, event: event() }])).toEqual(["created"]);
  });
});
