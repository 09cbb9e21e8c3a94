import type { JournalEvent } from "@limber/core/journal/events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeServer, type NetworkFault } from "../../test-support/fake-server";
import { createAccount } from "../account/session";
import { createMemoryDb } from "../storage/memory-db";
import { createRecordStore } from "../storage/record-store";
import { pendingEntries, readProblems } from "./outbox";
import { createSyncEngine } from "./sync-engine";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const urge = (n: number): JournalEvent => ({
  type: "adjust-urge",
  id: uuid(n),
  at: `2026-11-24T${String(8 + (n % 10)).padStart(2, "0")}:00:00Z`,
});

async function device(server: ReturnType<typeof createFakeServer>) {
  const store = createRecordStore({ db: createMemoryDb(), validateEvent: async () => [] });
  const account = createAccount(store.db, server.fetch);
  const sync = createSyncEngine({
    store,
    account,
    fetch: server.fetch,
    timers: { set: () => null, clear: () => undefined },
  });
  await account.refresh();
  return { store, sync };
}

describe("one person on two devices", () => {
  // Whatever each device records or deletes, offline or on a failing network, once both have synced and
  // pulled, every device and the server hold the same events, each exactly once: an event deleted on either
  // device is gone everywhere (issue 9, finding 12), and nothing else is lost.
  it("ends with the same journal everywhere, nothing lost, nothing doubled, every deletion everywhere", async () => {
    const step = fc.record({
      on: fc.constantFrom(0, 1),
      kind: fc.constantFrom("record" as const, "delete" as const, "sync" as const, "pull" as const),
      n: fc.integer({ min: 1, max: 15 }),
      faults: fc.array(fc.constantFrom<NetworkFault>("none", "drop-request", "drop-answer", "server-error"), {
        maxLength: 3,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const server = createFakeServer();
        const devices = [await device(server), await device(server)] as const;
        const deleted = new Set<string>();
        for (const s of steps) {
          const { store, sync } = devices[s.on];
          if (s.kind === "record") await store.recordEvent(urge(s.n));
          else if (s.kind === "delete") {
            // A person deletes only what their device shows.
            if (store.events.value.some((e) => e.id === uuid(s.n))) {
              await store.deleteEvent(uuid(s.n));
              deleted.add(uuid(s.n));
            }
          } else {
            server.failNext(...s.faults);
            if (s.kind === "sync") await sync.syncNow();
            else await sync.pullAll();
          }
        }
        server.heal();
        for (let round = 0; round < 2; round++) {
          for (const { sync } of devices) await sync.pullAll();
        }
        const recorded = new Set(steps.filter((s) => s.kind === "record").map((s) => uuid(s.n)));
        const kept = [...recorded].filter((id) => !deleted.has(id)).sort();
        expect([...server.events.keys()].sort()).toEqual(kept);
        expect([...server.deletions.keys()].sort()).toEqual([...deleted].sort());
        for (const { store } of devices) {
          expect(store.events.value.map((e) => e.id).sort()).toEqual(kept);
          expect(await pendingEntries(store.db)).toEqual([]);
          expect(await readProblems(store.db)).toEqual([]);
        }
        for (const times of server.created.values()) expect(times).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it("removes an event deleted on the other device exactly once, and pulling again changes nothing", async () => {
    const server = createFakeServer();
    const [phone, laptop] = [await device(server), await device(server)];
    await phone.store.recordEvent(urge(1));
    await phone.store.recordEvent(urge(2));
    await phone.sync.syncNow();
    await laptop.sync.pullAll();
    await laptop.store.deleteEvent(uuid(1));
    await laptop.sync.syncNow();
    expect(await phone.sync.pullAll()).toEqual({ ok: true, added: 0, removed: 1 });
    expect(phone.store.events.value.map((e) => e.id)).toEqual([uuid(2)]);
    expect(await phone.sync.pullAll()).toEqual({ ok: true, added: 0, removed: 0 });
    expect(await pendingEntries(phone.store.db)).toEqual([]);
  });

  it("drops a write still waiting for an event the other device deleted, without a problem to show", async () => {
    const server = createFakeServer();
    const [phone, laptop] = [await device(server), await device(server)];
    await phone.store.recordEvent(urge(3));
    server.failNext("drop-answer"); // stored on the server, but the phone does not know
    await phone.sync.syncNow();
    await laptop.sync.pullAll();
    await laptop.store.deleteEvent(uuid(3));
    await laptop.sync.syncNow();
    await phone.sync.syncNow(); // the retry meets 410 event_deleted: done, not a problem
    await phone.sync.pullAll();
    expect(server.events.has(uuid(3))).toBe(false);
    expect(phone.store.events.value).toEqual([]);
    expect(await readProblems(phone.store.db)).toEqual([]);
    expect(server.created.get(uuid(3))).toBe(1);
  });
});
