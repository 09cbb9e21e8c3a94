import { describe, expect, it } from "vitest";
import { createMemoryDb } from "../storage/memory-db";
import { createPlanStore } from "./plan-store";

const slots = [{ day: "monday" as const, time: "07:30", technique: "either" as const }];
const draft = { slots, timeZone: "Europe/London" };
let ids = 0;
const newId = () => {
  ids += 1;
  return `6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5${ids % 10}`;
};

/** A server holding one plan with the real rule: the higher revision, then the later update, is kept. */
function fakeServer() {
  let stored: { revision: number; updatedAt: string } | null = null;
  const fetch = async (_url: string, init: RequestInit = {}) => {
    if (init.method === "POST") {
      const offered = JSON.parse(String(init.body));
      if (
        !stored ||
        offered.revision > stored.revision ||
        (offered.revision === stored.revision && offered.updatedAt > stored.updatedAt)
      )
        stored = offered;
    }
    return new Response(JSON.stringify({ plan: stored }), { status: 200 });
  };
  return { fetch };
}

describe("the plan on a device", () => {
  it("is kept on the device, a new revision at every change, and read back after a restart", async () => {
    const db = createMemoryDb();
    const first = createPlanStore(db);
    const saved = await first.save(draft, new Date("2026-10-20T10:00:00Z"), newId);
    expect(saved.ok).toBe(true);
    await first.save(
      { ...draft, slots: [{ ...slots[0], time: "08:00" } as (typeof slots)[0]] },
      new Date("2026-10-21T10:00:00Z"),
      newId,
    );
    const again = createPlanStore(db);
    await again.loaded;
    expect(again.plan.value).toMatchObject({
      revision: 2,
      slots: [{ time: "08:00" }],
      id: first.plan.value?.id,
    });
  });

  it("refuses a plan the core's rules refuse, and keeps the one before", async () => {
    const store = createPlanStore(createMemoryDb());
    await store.save(draft, new Date("2026-10-20T10:00:00Z"), newId);
    const crowded = await store.save(
      { ...draft, slots: [...slots, { day: "monday", time: "09:00", technique: "supine-spinal-twist" }] },
      new Date(),
      newId,
    );
    expect(crowded.ok).toBe(false);
    expect(store.plan.value?.revision).toBe(1);
  });

  it("reaches a second device through sync: written on one, read on the other", async () => {
    const server = fakeServer();
    const phone = createPlanStore(createMemoryDb(), server.fetch);
    const laptop = createPlanStore(createMemoryDb(), server.fetch);
    await phone.save(draft, new Date("2026-10-20T10:00:00Z"), newId);
    expect(await phone.sync()).toEqual({ ok: true });
    await laptop.sync();
    expect(laptop.plan.value).toEqual(phone.plan.value);
    // The laptop changes it; the phone's older copy gives way on its next sync.
    await laptop.save(
      { ...draft, slots: [{ day: "friday", time: "18:00", technique: "thoracic-foam-roll" }] },
      new Date("2026-10-22T10:00:00Z"),
      newId,
    );
    await laptop.sync();
    await phone.sync();
    expect(phone.plan.value).toMatchObject({ revision: 2, slots: [{ day: "friday" }] });
  });
});
