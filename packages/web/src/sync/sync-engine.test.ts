import { clockFrom } from "@limber/core/clock";
import type { JournalEvent } from "@limber/core/journal/events";
import { describe, expect, it, vi } from "vitest";
import { createFakeServer } from "../../test-support/fake-server";
import { createAccount } from "../account/session";
import { createMemoryDb } from "../storage/memory-db";
import { createRecordStore } from "../storage/record-store";
import { createSyncEngine } from "./sync-engine";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const urge = (n: number): JournalEvent => ({
  type: "adjust-urge",
  id: uuid(n),
  at: `2026-11-24T08:0${n}:00Z`,
});

async function setUp({ signedIn = true } = {}) {
  const server = createFakeServer();
  if (!signedIn) server.signOut();
  const store = createRecordStore({ db: createMemoryDb(), validateEvent: async () => [] });
  const account = createAccount(store.db, server.fetch);
  const scheduled: { run: () => void; ms: number }[] = [];
  const sync = createSyncEngine({
    store,
    account,
    fetch: server.fetch,
    random: () => 1,
    clock: clockFrom(() => 0),
    timers: { set: (run, ms) => scheduled.push({ run, ms }), clear: () => undefined },
  });
  await account.refresh();
  return { server, store, account, sync, scheduled };
}

describe("the sync loop", () => {
  it("does nothing with the network and keeps everything on the device when no one is signed in", async () => {
    const { server, store, sync } = await setUp({ signedIn: false });
    await store.recordEvent(urge(1));
    await sync.syncNow();
    expect(sync.state.value).toMatchObject({ status: "off", pending: 1 });
    expect(server.events.size).toBe(0);
  });

  it("sends a new event on its own once started and signed in", async () => {
    const { server, store, sync } = await setUp();
    const stop = sync.start();
    await store.recordEvent(urge(1));
    await sync.syncNow();
    expect([...server.events.keys()]).toEqual([uuid(1)]);
    expect(sync.state.value).toMatchObject({ status: "synced", pending: 0 });
    stop();
  });

  it("schedules a retry with backoff when the connection drops mid-sync, and delivers on the retry", async () => {
    const { server, store, sync, scheduled } = await setUp();
    await store.recordEvent(urge(1));
    server.failNext("drop-answer");
    await sync.syncNow();
    expect(sync.state.value.status).toBe("waiting");
    expect(scheduled.map((s) => s.ms)).toEqual([1_000]);
    scheduled[0]?.run();
    await sync.syncNow();
    expect(sync.state.value.status).toBe("synced");
    expect(server.created.get(uuid(1))).toBe(1);
  });

  it("waits as long as the server asks when it is busy (429 with Retry-After), not its own shorter backoff", async () => {
    const server = createFakeServer();
    const store = createRecordStore({ db: createMemoryDb(), validateEvent: async () => [] });
    const account = createAccount(store.db, server.fetch);
    const busyOnce: typeof server.fetch = vi.fn(async (input, init) => {
      if (String(input).endsWith("/api/journal/events") && vi.mocked(busyOnce).mock.calls.length === 1) {
        const body = { error: { code: "rate_limited", message: "Too many writes; try again shortly." } };
        return new Response(JSON.stringify(body), {
          status: 429,
          headers: { "content-type": "application/json", "retry-after": "20" },
        });
      }
      return server.fetch(input, init);
    });
    const scheduled: number[] = [];
    const sync = createSyncEngine({
      store,
      account,
      fetch: busyOnce,
      random: () => 1,
      clock: clockFrom(() => 0),
      timers: { set: (_, ms) => scheduled.push(ms), clear: () => undefined },
    });
    await account.refresh();
    await store.recordEvent(urge(1));
    await sync.syncNow();
    expect(sync.state.value).toMatchObject({ status: "waiting", retryAt: 20_000, pending: 1 });
    expect(scheduled).toEqual([20_000]);
  });

  it("keeps the outbox and asks to sign in again when the session has ended", async () => {
    const { server, store, account, sync } = await setUp();
    server.signOut();
    await store.recordEvent(urge(1));
    await sync.syncNow();
    expect(sync.state.value).toMatchObject({ status: "signed-out", pending: 1 });
    expect(account.state.value.status).toBe("signed-out");
    await account.signIn({ email: "sam@example.org", password: "correct horse battery" });
    await sync.syncNow();
    expect(sync.state.value).toMatchObject({ status: "synced", pending: 0 });
  });

  it("after sign-in sends this device's events and brings in the server's, with nothing doubled", async () => {
    const { server, store, sync } = await setUp();
    server.events.set(uuid(2), urge(2));
    server.events.set(uuid(3), urge(3));
    server.events.set(uuid(4), urge(4));
    await store.recordEvent(urge(1));
    await store.recordEvent(urge(2));
    expect(await sync.pullAll()).toEqual({ ok: true, added: 2, removed: 0 });
    expect(store.events.value.map((e) => e.id)).toEqual([uuid(1), uuid(2), uuid(3), uuid(4)]);
    expect(server.events.size).toBe(4);
    expect(await sync.pullAll()).toEqual({ ok: true, added: 0, removed: 0 });
  });

  it("lists a refused change as a problem the person can dismiss", async () => {
    const { server, store, sync } = await setUp();
    server.events.set(uuid(1), { ...urge(1), at: "2026-11-01T00:00:00Z" });
    await store.recordEvent(urge(1));
    await sync.syncNow();
    const [problem] = sync.state.value.problems;
    expect(problem?.problem.code).toBe("event_conflict");
    await sync.dismiss(problem?.key ?? "");
    expect(sync.state.value.problems).toEqual([]);
  });
});

describe("a device shared by two accounts", () => {
  it("claims the device's record for the first account that syncs, through the store, so other tabs hear of it", async () => {
    const server = createFakeServer();
    const tabs = { announce: vi.fn(), onChange: vi.fn() };
    const store = createRecordStore({ db: createMemoryDb(), validateEvent: async () => [], tabs });
    const account = createAccount(store.db, server.fetch);
    const sync = createSyncEngine({ store, account, fetch: server.fetch, clock: clockFrom(() => 0) });
    await account.refresh();
    await sync.syncNow();
    expect(sync.state.value.status).toBe("synced");
    expect(await store.db.read("meta", "record-owner")).toBe(
      account.state.value.status === "signed-in" ? account.state.value.user.id : "no one",
    );
    expect(tabs.announce).toHaveBeenCalledTimes(1);
  });

  it("does not send one person's record to another account that signs in on the same device", async () => {
    const { server, store, account, sync } = await setUp();
    await store.recordEvent(urge(1));
    await sync.syncNow();
    await account.signOut();
    await store.recordEvent(urge(2));
    server.signIn();
    server.events.clear();
    const other = {
      status: "signed-in" as const,
      user: { id: "u2", email: "alex@example.org", role: "member" as const },
      confirmed: true,
    };
    account.state.value = other;
    await sync.syncNow();
    expect(sync.state.value.status).toBe("other-account");
    expect(server.events.size).toBe(0);
    expect(await sync.pullAll()).toMatchObject({ ok: false });
  });

  it("syncs with the new account once this device's copy is erased", async () => {
    const { server, store, account, sync } = await setUp();
    await store.recordEvent(urge(1));
    await sync.syncNow();
    await store.eraseDevice();
    account.state.value = {
      status: "signed-in",
      user: { id: "u2", email: "alex@example.org", role: "member" },
      confirmed: true,
    };
    await store.recordEvent(urge(2));
    await sync.syncNow();
    expect(sync.state.value.status).toBe("synced");
    expect(server.events.has(uuid(2))).toBe(true);
  });
});

describe("screenings from other devices", () => {
  it("are not brought in, because the server dates them when it receives them, not when they were answered", async () => {
    const { server, sync, store } = await setUp();
    server.screenings.set("11111111-1111-4111-8111-111111111111", { answers: {} });
    await sync.pullAll();
    expect(store.screenings.value).toEqual([]);
  });
});
