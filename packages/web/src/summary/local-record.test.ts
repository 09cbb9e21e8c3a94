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
      exportedAt: record.exportedAt,
    });
  });
});
