import type { JournalEvent } from "@limber/core/journal/events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAccount } from "../account/session";
import { createMemoryDb } from "../storage/memory-db";
import { createRecordStore } from "../storage/record-store";
import { createFakeServer, type NetworkFault } from "./fake-server";
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
  // Whatever each device records, offline or on a failing network, once both have synced and pulled
  // every device and the server hold the same events, each exactly once.
  it("ends with the same journal everywhere, nothing lost and nothing doubled", async () => {
    const step = fc.record({
      on: fc.constantFrom(0, 1),
      kind: fc.constantFrom("record" as const, "sync" as const, "pull" as const),
      n: fc.integer({ min: 1, max: 15 }),
      faults: fc.array(fc.constantFrom<NetworkFault>("none", "drop-request", "drop-answer", "server-error"), {
        maxLength: 3,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const server = createFakeServer();
        const devices = [await device(server), await device(server)] as const;
        for (const s of steps) {
          const { store, sync } = devices[s.on];
          if (s.kind === "record") await store.recordEvent(urge(s.n));
          else {
            server.failNext(...s.faults);
            if (s.kind === "sync") await sync.syncNow();
            else await sync.pullAll();
          }
        }
        server.heal();
        for (let round = 0; round < 2; round++) {
          for (const { sync } of devices) await sync.pullAll();
        }
        const recorded = [...new Set(steps.filter((s) => s.kind === "record").map((s) => uuid(s.n)))].sort();
        expect([...server.events.keys()].sort()).toEqual(recorded);
        for (const { store } of devices) expect(store.events.value.map((e) => e.id).sort()).toEqual(recorded);
        for (const times of server.created.values()) expect(times).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});
