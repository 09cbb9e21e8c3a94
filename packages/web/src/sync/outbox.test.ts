import type { JournalEvent } from "@limber/core/journal/events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeServer, type NetworkFault } from "../../test-support/fake-server";
import { createMemoryDb } from "../storage/memory-db";
import { createRecordStore } from "../storage/record-store";
import { deliver } from "./delivery";
import { drainOutbox, pendingEntries, readProblems } from "./outbox";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const urge = (n: number): JournalEvent => ({
  type: "adjust-urge",
  id: uuid(n),
  at: `2026-11-24T08:${String(n % 60).padStart(2, "0")}:00Z`,
});

function setUp() {
  const server = createFakeServer();
  const store = createRecordStore({ db: createMemoryDb(), validateEvent: async () => [] });
  const drain = () => drainOutbox(store.db, (op) => deliver(op, server.fetch));
  return { server, store, drain };
}

describe("the outbox", () => {
  it("sends changes in the order they were made and empties itself", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    await store.recordEvent(urge(2));
    await store.deleteEvent(uuid(1));
    expect(await drain()).toEqual({ status: "done", sent: 3 });
    expect([...server.events.keys()]).toEqual([uuid(2)]);
    expect(await pendingEntries(store.db)).toEqual([]);
  });

  it("keeps an entry and stops when the network fails, so nothing overtakes it", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    await store.recordEvent(urge(2));
    server.failNext("drop-request");
    expect(await drain()).toMatchObject({ status: "retry", sent: 0, attempts: 1 });
    expect(server.events.size).toBe(0);
    expect(await pendingEntries(store.db)).toHaveLength(2);
  });

  it("treats a lost answer as unsent and the server's 200 on the retry as done, storing the event once", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    server.failNext("drop-answer");
    expect((await drain()).status).toBe("retry");
    expect(await drain()).toEqual({ status: "done", sent: 1 });
    expect(server.created.get(uuid(1))).toBe(1);
  });

  it("never brings back an entry removed while it was out: a retry after the device's copy was erased sends nothing later", async () => {
    const { server, store } = setUp();
    await store.recordEvent(urge(1));
    const eraseThenFail = async (op: Parameters<typeof deliver>[0]) => {
      await store.eraseDevice();
      server.failNext("server-error");
      return deliver(op, server.fetch);
    };
    expect(await drainOutbox(store.db, eraseThenFail)).toMatchObject({ status: "retry", attempts: 1 });
    expect(await pendingEntries(store.db)).toEqual([]);
    expect(await drainOutbox(store.db, (op) => deliver(op, server.fetch))).toEqual({
      status: "done",
      sent: 0,
    });
    expect(server.events.size).toBe(0);
  });

  it("retries after a 5xx", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    server.failNext("server-error");
    expect((await drain()).status).toBe("retry");
    expect((await drain()).status).toBe("done");
  });

  it("counts a 404 on delete as done: the server already lacks the event", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    await drain();
    server.events.clear();
    await store.deleteEvent(uuid(1));
    expect(await drain()).toEqual({ status: "done", sent: 1 });
  });

  it("surfaces a 409 conflict as a problem instead of retrying it forever", async () => {
    const { server, store, drain } = setUp();
    server.events.set(uuid(1), { ...urge(1), at: "2026-11-20T08:00:00Z" });
    await store.recordEvent(urge(1));
    await store.recordEvent(urge(2));
    expect(await drain()).toEqual({ status: "done", sent: 1 });
    const [problem] = await readProblems(store.db);
    expect(problem?.problem.code).toBe("event_conflict");
    expect(problem?.entry).toMatchObject({ op: "put", event: { id: uuid(1) } });
  });

  it("waits, keeping every entry, while the person is signed out", async () => {
    const { server, store, drain } = setUp();
    await store.recordEvent(urge(1));
    server.signOut();
    expect(await drain()).toEqual({ status: "signed-out", sent: 0 });
    expect(await pendingEntries(store.db)).toHaveLength(1);
    server.signIn();
    expect((await drain()).status).toBe("done");
  });

  it("sends a screening with its id as the Idempotency-Key, so a retry stores it once", async () => {
    const { server, store, drain } = setUp();
    const { SCREENING_LINK_IDS } = await import("@limber/core/screening/questionnaire");
    const { decide } = await import("@limber/core/screening/triage");
    const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<
      typeof decide
    >[0];
    const record = await store.recordScreening(answers, decide(answers));
    server.failNext("drop-answer");
    await drain();
    await drain();
    expect([...server.screenings.keys()]).toEqual([record.id]);
    expect(server.screeningUrls.get(record.id)).toBe("/api/screenings");
    // Sent as a QuestionnaireResponse dated when it was answered, so a late sync does not make it younger.
    expect(server.screenings.get(record.id)).toMatchObject({
      resourceType: "QuestionnaireResponse",
      authored: record.at,
    });
  });

  it("[C-stopped-screening-recorded] sends a screening that stopped at an emergency answer to its own route, as a stopped QuestionnaireResponse of the questions asked", async () => {
    const { server, store, drain } = setUp();
    const { SCREENING_ITEMS } = await import("@limber/core/screening/questionnaire");
    const { decideStopped } = await import("@limber/core/screening/stopped");
    const stop = SCREENING_ITEMS.findIndex((item) => item.severity === "emergency");
    const asked = SCREENING_ITEMS.slice(0, stop + 1);
    const answers = Object.fromEntries(asked.map((item, index) => [item.linkId, index === stop]));
    const stoppedAt = asked[stop]?.linkId ?? "saddle-numbness";
    const record = await store.recordStoppedScreening(
      answers,
      stoppedAt,
      decideStopped({ answers, stoppedAt }),
    );
    server.failNext("drop-answer");
    await drain();
    await drain();
    expect([...server.screenings.keys()]).toEqual([record.id]);
    expect(server.screeningUrls.get(record.id)).toBe("/api/screenings/stopped");
    const sent = server.screenings.get(record.id) as { status: string; item: { linkId: string }[] };
    expect(sent.status).toBe("stopped");
    expect(sent.item.map((item) => item.linkId)).toEqual(asked.map((item) => item.linkId));
  });

  // Any interleaving of new events, deletions, retried writes, drains and network faults ends, once the
  // network is healthy and the server's tombstones are applied, with the server holding exactly the
  // device's events, each stored exactly once. A deleted id stays deleted: writing it again is refused
  // (410), and the tombstone removes it from the device, so a deletion is never undone by a late retry.
  it("delivers every change exactly once under any interleaving of failures and retries", async () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant("record" as const), n: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant("delete" as const), n: fc.integer({ min: 1, max: 12 }) }),
      fc.record({
        kind: fc.constant("drain" as const),
        faults: fc.array(
          fc.constantFrom<NetworkFault>("none", "drop-request", "drop-answer", "server-error"),
          {
            maxLength: 4,
          },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 40 }), async (actions) => {
        const { server, store, drain } = setUp();
        const recorded = new Set<string>();
        const deleted = new Set<string>();
        for (const a of actions) {
          if (a.kind === "record") {
            recorded.add(uuid(a.n));
            await store.recordEvent(urge(a.n)); // a repeat while stored is a retry: a no-op
          } else if (a.kind === "delete") {
            const done = await store.deleteEvent(uuid(a.n)).then(
              () => true,
              () => false,
            );
            if (done) deleted.add(uuid(a.n));
          } else {
            server.failNext(...a.faults);
            await drain();
          }
        }
        let result = await drain();
        while (result.status === "retry") result = await drain(); // leftover faults are used up, then healthy
        await store.applyDeletions([...server.deletions.keys()]);
        const device = store.events.value.map((e) => e.id).sort();
        expect(device).toEqual([...recorded].filter((id) => !deleted.has(id)).sort());
        expect([...server.events.keys()].sort()).toEqual(device);
        for (const id of device)
          expect(server.events.get(id)).toEqual(store.events.value.find((e) => e.id === id));
        expect(await pendingEntries(store.db)).toEqual([]);
        expect(await readProblems(store.db)).toEqual([]);
        expect([...server.deletions.keys()].sort()).toEqual([...deleted].sort());
        // Each id was created on the server at most once, however many times it was sent.
        for (const times of server.created.values()) expect(times).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
