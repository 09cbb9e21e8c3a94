import { clockFrom } from "@limber/core/clock";
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { describe, expect, it } from "vitest";
import { createMemoryDb } from "../storage/memory-db";
import { createRecordStore } from "../storage/record-store";
import type { OutboxEntry } from "../sync/outbox-entry";
import { localSafetyFacts, toRecordJson } from "./local-record";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<typeof decide>[0];

describe("the JSON export", () => {
  it("has the server export's shape, with every event kept", () => {
    const events = [
      { type: "adjust-urge", id: "44444444-4444-4444-8444-444444444444", at: "2026-11-24T09:00:00Z" },
    ] as const;
    const record = {
      person: { id: "55555555-5555-4555-8555-555555555555" },
      screenings: [],
      events,
      exportedAt: "2026-11-24T10:00:00.000Z",
    };
    expect(toRecordJson(record, null)).toEqual({
      user: null,
      screenings: [],
      events,
      acknowledgements: [],
      retractions: [],
      plan: null,
      exportedAt: record.exportedAt,
    });
  });

  it("carries the plan, as the server's export does", () => {
    const plan = {
      id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
      timeZone: "Europe/London",
      revision: 1,
      updatedAt: "2026-11-20T10:00:00Z",
      slots: [{ day: "monday" as const, time: "07:30", technique: "either" as const }],
    };
    const record = {
      person: { id: "p" },
      screenings: [],
      events: [],
      plan,
      exportedAt: "2026-11-24T10:00:00.000Z",
    };
    expect(toRecordJson(record, null).plan).toEqual(plan);
  });
});

describe("the safety facts in the device's own export", () => {
  it("carries each 'I understand' and each retracted answer, oldest first, as the server keeps them", async () => {
    let clock = Date.parse("2026-11-24T08:00:00Z");
    const db = createMemoryDb();
    const store = createRecordStore({ db, clock: clockFrom(() => clock) });
    const yesToNightPain = { ...allNo, "night-or-rest-pain": true } as typeof allNo;
    await store.recordScreening(yesToNightPain, decide(yesToNightPain));
    clock += 60_000;
    const screening = await store.recordScreening(allNo, decide(allNo), ["night-or-rest-pain"]);
    clock += 60_000;
    const acknowledged = await store.acknowledge("frequent-adjusting");

    const facts = localSafetyFacts(store.screenings.value, store.acknowledgements.value);

    // The retraction names the fact the outbox sends, so the device's export and the server's agree.
    const sent = ((await db.readAll("outbox")) as OutboxEntry[]).find((entry) => entry.op === "retraction");
    expect(sent?.op === "retraction" && sent.fact).toEqual(facts.retractions[0]);
    expect(facts.retractions).toEqual([
      expect.objectContaining({
        screeningId: screening.id,
        linkIds: ["night-or-rest-pain"],
        at: screening.at,
      }),
    ]);
    expect(facts.acknowledgements).toEqual([
      expect.objectContaining({ id: acknowledged.id, code: "frequent-adjusting", words: acknowledged.words }),
    ]);
  });

  it("gives an acknowledgement kept before its words were stored the words the app asked for", () => {
    const facts = localSafetyFacts(
      [],
      [
        { id: "b", code: "persistent-48h", at: "2026-11-24T09:00:00Z" },
        { id: "a", code: "repeated-sharp-pain", at: "2026-11-24T08:00:00Z", words: "I understand" },
      ],
    );
    expect(facts.acknowledgements.map((fact) => fact.id)).toEqual(["a", "b"]);
    expect(facts.acknowledgements[1]?.words).toMatch(/\S/);
  });
});
