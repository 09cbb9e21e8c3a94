import { describe, expect, it } from "vitest";
import { toRecordJson } from "./local-record";

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
