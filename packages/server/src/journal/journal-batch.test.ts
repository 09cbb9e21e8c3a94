import { randomUUID } from "node:crypto";
import type { JournalEvent } from "@limber/core";
import { beforeEach, describe, expect, it } from "vitest";
import { adjustUrge } from "../../test-support/journal-events";
import { BACKENDS, useTestStore } from "../../test-support/test-app";
import { ApiError } from "../errors/api-error";
import { journalBatchRunner } from "./journal-batch";

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
  const event = (overrides: Record<string, unknown> = {}) => adjustUrge(overrides) as unknown as JournalEvent;
  const stored = async () =>
    (await store().database.db.selectFrom("journal_events").select("id").execute()).length;

  it("stores a whole batch in one go and says each was created", async () => {
    const run = journalBatchRunner(store().database);
    const outcomes = await run(Array.from({ length: 20 }, () => ({ ownerId: ann, event: event() })));
    expect(outcomes).toEqual(Array(20).fill("created"));
    expect(await stored()).toBe(20);
  });

  it("settles repeats of one id inside a batch: the first is created, an identical one repeated, another a conflict", async () => {
    const run = journalBatchRunner(store().database);
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
    const outcomes = await journalBatchRunner(store().database)([
      { ownerId: ann, event: shared },
      { ownerId: bob, event: { ...shared } },
    ]);
    expect(outcomes).toEqual(["created", "created"]);
  });

  it("fails only the write whose owner is gone when the batch statement fails", async () => {
    const outcomes = await journalBatchRunner(store().database)([
      { ownerId: ann, event: event() },
      { ownerId: randomUUID(), event: event() },
    ]);
    expect(outcomes[0]).toBe("created");
    expect(outcomes[1]).toBeInstanceOf(ApiError);
    expect((outcomes[1] as ApiError).code).toBe("unauthenticated");
    expect(await stored()).toBe(1);
  });
});
