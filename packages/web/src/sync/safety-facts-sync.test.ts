/**
 * Every safety fact syncs (issue 20, item 2): an acknowledgement made on one device is sent once and is
 * honoured on the person's other device after its pull; a retraction is sent after the screening it names;
 * a stop for pain held in browser storage (the database refused it) reaches the server within one sync,
 * which coming online runs, not at the next load.
 */
import { clockFrom } from "@limber/core/clock";
import type { JournalEvent } from "@limber/core/journal/events";
import { ACKNOWLEDGE_WORDS, RETRACTION_WORDS } from "@limber/core/safety/safety-fact-words";
import { assessSafety } from "@limber/core/safety/safety-state";
import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { createFakeServer } from "../../test-support/fake-server";
import { createAccount } from "../account/session";
import { safetyInputFrom } from "../safety/safety-input";
import { createHeldEvents } from "../storage/held-events";
import { createMemoryDb } from "../storage/memory-db";
import type { RecordDb } from "../storage/record-db";
import { createRecordStore } from "../storage/record-store";
import { createSyncEngine } from "./sync-engine";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

async function device(
  server: ReturnType<typeof createFakeServer>,
  db: RecordDb = createMemoryDb(),
  held = createHeldEvents([undefined]),
) {
  const store = createRecordStore({ db, held, clock: clockFrom(() => NOW), validateEvent: async () => [] });
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

/** Two sessions stopped for pain this week: the journal flags repeated-sharp-pain (acknowledgeable). */
const stops: JournalEvent[] = [1, 2].map((n) => ({
  type: "session",
  id: uuid(100 + n),
  at: `2026-11-2${n}T09:00:00Z`,
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
}));

describe("safety facts across two devices", () => {
  it("honours on the second device an acknowledgement made on the first, after one sync and pull", async () => {
    const server = createFakeServer();
    const [phone, laptop] = [await device(server), await device(server)];
    for (const stop of stops) await phone.store.recordEvent(stop);
    await phone.sync.pullAll();
    await laptop.sync.pullAll();
    const laptopSafety = () =>
      assessSafety(
        safetyInputFrom(
          [],
          laptop.store.events.value,
          laptop.store.acknowledgements.value,
          "UTC",
          instant(NOW),
        ),
      ).reasons.find((reason) => reason.code === "repeated-sharp-pain");
    expect(laptopSafety()?.acknowledged).toBe(false);

    const made = await phone.store.acknowledge("repeated-sharp-pain");
    expect(made.words).toBe(ACKNOWLEDGE_WORDS);
    await phone.sync.syncNow();
    expect([...server.acknowledgements.values()]).toEqual([made]);
    await laptop.sync.pullAll();
    expect(laptop.store.acknowledgements.value).toEqual([made]);
    expect(laptopSafety()?.acknowledged).toBe(true);
    // Pulled again (or sent again): still one.
    await laptop.sync.pullAll();
    await phone.sync.pullAll();
    expect(laptop.store.acknowledgements.value).toHaveLength(1);
    expect(server.created.get(made.id)).toBe(1);
  });

  it("sends a retraction, naming its screening and the words confirmed, after that screening", async () => {
    const server = createFakeServer();
    const phone = await device(server);
    const { decide } = await import("@limber/core/screening/triage");
    const { SCREENING_LINK_IDS } = await import("@limber/core/screening/questionnaire");
    const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<
      typeof decide
    >[0];
    const screening = await phone.store.recordScreening(answers, decide(answers), ["fever"]);
    await phone.sync.syncNow();
    const [retraction] = [...server.retractions.values()];
    expect(retraction).toMatchObject({
      screeningId: screening.id,
      at: screening.at,
      linkIds: ["fever"],
      words: RETRACTION_WORDS,
    });
    expect(server.screenings.has(screening.id)).toBe(true);
  });
});

describe("a stop for pain held in browser storage", () => {
  /** A database that refuses writes until `heal()`: the reason a stop was held. */
  function refusingDb() {
    const db = createMemoryDb();
    let refusing = true;
    const wrapped: RecordDb = {
      ...db,
      readAll: (table) => db.readAll(table),
      read: (table, key) => db.read(table, key),
      write: (writes) =>
        refusing && writes.some((w) => w.table === "events")
          ? Promise.reject(new Error("QuotaExceededError"))
          : db.write(writes),
    };
    return {
      db: wrapped,
      heal: () => {
        refusing = false;
      },
    };
  }
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
  };

  it.each([
    ["the database still refuses it: it is sent straight from browser storage", false],
    ["the database takes it now: it is stored, queued and sent", true],
  ])("reaches the server within one sync after going online (%s)", async (_case, dbHeals) => {
    const server = createFakeServer();
    const { db, heal } = refusingDb();
    const phone = await device(server, db, createHeldEvents([storage()]));
    server.failNext("drop-request", "drop-request", "drop-request", "drop-request");
    const stop = stops[0] as JournalEvent;
    expect(await phone.store.recordEventOrHold(stop)).toEqual({ saved: false, heldIn: "browser-storage" });
    server.heal();
    if (dbHeals) heal();
    await phone.sync.syncNow(); // what the browser's `online` event runs
    expect(server.events.get(stop.id)).toEqual(stop);
    expect(server.created.get(stop.id)).toBe(1);
    await phone.sync.syncNow();
    expect(server.created.get(stop.id)).toBe(1);
  });
});
