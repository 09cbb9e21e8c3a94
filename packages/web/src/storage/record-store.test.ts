import { clockFrom } from "@limber/core/clock";
import type { JournalEvent } from "@limber/core/journal/events";
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { effect } from "@preact/signals";
import { describe, expect, it, vi } from "vitest";
import type { OutboxEntry } from "../sync/outbox-entry";
import { createMemoryDb } from "./memory-db";
import { createRecordStore } from "./record-store";
import { DEFAULT_SETTINGS } from "./settings";
import type { StoreError } from "./store-error";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<typeof decide>[0];
const urge = (id: string, at: string): JournalEvent => ({ type: "adjust-urge", id, at });
const ID_A = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const ID_B = "7a2d3c0f-4d2e-4a8b-8b66-1d2f3e4c5b6c";

function storeOn(db = createMemoryDb()) {
  return createRecordStore({ db, clock: clockFrom(() => Date.parse("2026-11-24T08:00:00Z")) });
}

describe("the record store", () => {
  it("keeps a recorded event after the app is reopened on the same device", async () => {
    const db = createMemoryDb();
    await storeOn(db).recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    const reopened = storeOn(db);
    await reopened.ready;
    expect(reopened.events.value.map((e) => e.id)).toEqual([ID_A]);
  });

  it("stores a retried write once and queues it for sync once", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    expect(store.events.value).toHaveLength(1);
    expect(await store.db.readAll("outbox")).toHaveLength(1);
  });

  it("refuses different content under an id already used, with event_conflict", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await expect(store.recordEvent(urge(ID_A, "2026-11-24T07:30:00Z"))).rejects.toMatchObject({
      code: "event_conflict",
    });
  });

  it("refuses an event that breaks the journal contract and names the field", async () => {
    const store = storeOn();
    const bad = {
      type: "check-in",
      id: ID_A,
      at: "2026-11-24T07:00:00Z",
      stiffness: 11,
      pain: 2,
      symptoms: [],
    };
    await expect(store.recordEvent(bad as JournalEvent)).rejects.toMatchObject({
      code: "invalid_event",
      details: [expect.objectContaining({ path: "stiffness" })],
    });
    expect(store.events.value).toEqual([]);
  });

  it("gives each refused field core's issue code, as the server would (fromZodIssues)", async () => {
    const store = storeOn();
    const bad = { type: "adjust-urge", id: ID_A, at: "2026-11-24T07:00:00Z", colour: "red" };
    const refused = await store.recordEvent(bad as JournalEvent).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: "StoreError", code: "invalid_event" });
    expect((refused as StoreError).details).toEqual(
      expect.arrayContaining([{ code: "invalid_event", path: "", message: 'unknown field "colour"' }]),
    );
  });

  it("lists events oldest first whatever order they were recorded in", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await store.recordEvent(urge(ID_B, "2026-11-23T07:00:00Z"));
    expect(store.events.value.map((e) => e.id)).toEqual([ID_B, ID_A]);
  });

  it("queues a delete after the put it undoes, in order", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await store.deleteEvent(ID_A);
    const outbox = (await store.db.readAll("outbox")) as OutboxEntry[];
    expect(outbox.map((e) => e.op)).toEqual(["put", "delete"]);
    expect(store.events.value).toEqual([]);
  });

  it("answers not_found when deleting an event this device does not have", async () => {
    await expect(storeOn().deleteEvent(ID_A)).rejects.toMatchObject({ code: "not_found" });
  });

  it("records a screening newest first with its decision and queues it for sync", async () => {
    const store = storeOn();
    const record = await store.recordScreening(allNo, decide(allNo));
    expect(store.screenings.value[0]).toEqual(record);
    expect(record.decision.outcome).toBe("self-care");
    expect(((await store.db.readAll("outbox")) as OutboxEntry[])[0]).toMatchObject({ op: "screening" });
  });

  it("refuses a tight-spot pause outside 20-30 s and leaves settings unchanged (P5)", async () => {
    const store = storeOn();
    await expect(store.updateSettings({ tightSpotSeconds: 45 })).rejects.toMatchObject({
      code: "invalid_setting",
      details: [expect.objectContaining({ path: "tightSpotSeconds" })],
    });
    expect(store.settings.value).toEqual(DEFAULT_SETTINGS);
  });

  it("refuses a twist hold shorter than 30 s (P7)", async () => {
    await expect(storeOn().updateSettings({ twistHoldSeconds: 20 })).rejects.toMatchObject({
      code: "invalid_setting",
    });
  });

  it("keeps a valid settings change across a reopen", async () => {
    const db = createMemoryDb();
    await storeOn(db).updateSettings({ speech: false, theme: "dark" });
    const reopened = storeOn(db);
    await reopened.ready;
    expect(reopened.settings.value).toMatchObject({ speech: false, theme: "dark" });
  });

  it("does not bring back, when merging the server's events, one deleted here and not yet synced", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await store.deleteEvent(ID_A);
    const added = await store.mergeEvents([
      urge(ID_A, "2026-11-24T07:00:00Z"),
      urge(ID_B, "2026-11-24T06:00:00Z"),
    ]);
    expect(added).toBe(1);
    expect(store.events.value.map((e) => e.id)).toEqual([ID_B]);
  });

  it("leaves what it shows as it is when it loads a record with nothing in it, so no screen renders twice on a first visit", async () => {
    const store = storeOn();
    const shown = [store.screenings, store.events, store.acknowledgements, store.settings].map(
      (s) => s.value,
    );
    let changes = 0;
    const stop = effect(() => {
      for (const s of [store.screenings, store.events, store.acknowledgements, store.settings]) void s.value;
      changes += 1;
    });
    await store.ready;
    stop();
    expect(changes).toBe(1); // the effect's own first run only
    expect(
      [store.screenings, store.events, store.acknowledgements, store.settings].map((s) => s.value),
    ).toEqual(shown);
  });

  it("shows stored settings that differ from the defaults when it loads them", async () => {
    const db = createMemoryDb();
    await storeOn(db).updateSettings({ theme: "dark" });
    const reopened = storeOn(db);
    await reopened.ready;
    expect(reopened.settings.value).toEqual({ ...DEFAULT_SETTINGS, theme: "dark" });
  });

  it("merges the server's events by id without doubling", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await store.mergeEvents([urge(ID_A, "2026-11-24T07:00:00Z"), urge(ID_B, "2026-11-24T06:00:00Z")]);
    await store.mergeEvents([urge(ID_B, "2026-11-24T06:00:00Z")]);
    expect(store.events.value.map((e) => e.id)).toEqual([ID_B, ID_A]);
  });
});

describe("two tabs of the app", () => {
  it("show an event recorded in the other tab once it announces the change", async () => {
    const db = createMemoryDb();
    const listeners: (() => void)[] = [];
    const tabs = {
      announce: () => {
        for (const listener of listeners) listener();
      },
      onChange: (l: () => void) => listeners.push(l),
    };
    const first = createRecordStore({ db, tabs: { announce: tabs.announce, onChange: () => undefined } });
    const second = createRecordStore({ db, tabs: { announce: () => undefined, onChange: tabs.onChange } });
    await second.ready;
    await first.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await vi.waitFor(() => expect(second.events.value.map((e) => e.id)).toEqual([ID_A]));
  });
});

describe("writes at the same moment", () => {
  it("store an event sent twice at once only once", async () => {
    const store = storeOn();
    await Promise.all([
      store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z")),
      store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z")),
    ]);
    expect(store.events.value).toHaveLength(1);
    expect(await store.db.readAll("outbox")).toHaveLength(1);
  });

  it("keep going after one write is refused", async () => {
    const store = storeOn();
    const refused = store.deleteEvent(ID_B);
    const accepted = store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    await expect(refused).rejects.toMatchObject({ code: "not_found" });
    await accepted;
    expect(store.events.value.map((e) => e.id)).toEqual([ID_A]);
  });
});

describe("a value kept for the whole device (meta)", () => {
  it("is claimed once, through the store's write queue, and other tabs are told", async () => {
    const tabs = { announce: vi.fn(), onChange: vi.fn() };
    const store = createRecordStore({ db: createMemoryDb(), tabs });
    await store.ready;
    const [first, second] = await Promise.all([
      store.claimMeta("device-person-id", "one"),
      store.claimMeta("device-person-id", "two"),
    ]);
    expect([first, second]).toEqual(["one", "one"]);
    expect(await store.db.read("meta", "device-person-id")).toBe("one");
    expect(tabs.announce).toHaveBeenCalledTimes(1);
  });
});

describe("restoring a journal from a file", () => {
  it("adds the events this device lacks, queues them for sync and skips those it has", async () => {
    const store = storeOn();
    await store.recordEvent(urge(ID_A, "2026-11-24T07:00:00Z"));
    const added = await store.importEvents([
      urge(ID_A, "2026-11-24T07:00:00Z"),
      urge(ID_B, "2026-11-20T07:00:00Z"),
    ]);
    expect(added).toBe(1);
    expect(store.events.value.map((e) => e.id)).toEqual([ID_B, ID_A]);
    expect(
      ((await store.db.readAll("outbox")) as OutboxEntry[]).map((e) => e.op === "put" && e.event.id),
    ).toEqual([ID_A, ID_B]);
  });
});
