import type { JournalEvent } from "@limber/core/journal/events";
import { describe, expect, it } from "vitest";
import { toRecordJson } from "./local-record";
import { parseRecordFile } from "./restore-file";

const urge = { type: "adjust-urge", id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a", at: "2026-11-24T08:00:00Z" };

describe("reading a saved record", () => {
  it("reads the events of a Limber JSON download", () => {
    const file = JSON.stringify({
      user: null,
      screenings: [],
      events: [urge],
      exportedAt: "2026-11-24T09:00:00Z",
    });
    expect(parseRecordFile(file)).toEqual({ ok: true, events: [urge], invalid: 0 });
  });

  it("counts events that break the journal contract instead of restoring them", () => {
    const file = JSON.stringify({ events: [urge, { ...urge, id: "not-a-uuid" }, { type: "mood" }] });
    expect(parseRecordFile(file)).toMatchObject({ ok: true, invalid: 2, events: [urge] });
  });

  it("explains a file that is not JSON", () => {
    expect(parseRecordFile("<html>")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not JSON/),
    });
  });

  it("explains a JSON file with no journal, such as a FHIR bundle", () => {
    expect(parseRecordFile('{"resourceType":"Bundle"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no journal/),
    });
  });

  it("reads back exactly the journal this app downloads", () => {
    const events: JournalEvent[] = [
      { ...urge, type: "adjust-urge" },
      {
        type: "check-in" as const,
        id: "7a2d3c0f-4d2e-4a8b-8b66-1d2f3e4c5b6c",
        at: "2026-11-24T09:00:00Z",
        stiffness: 4,
        pain: 1,
        symptoms: [],
        note: "ok",
      },
    ];
    const record = { person: { id: "x" }, screenings: [], events, exportedAt: "2026-11-24T10:00:00Z" };
    expect(parseRecordFile(JSON.stringify(toRecordJson(record, null)))).toEqual({
      ok: true,
      events,
      invalid: 0,
    });
  });
});
