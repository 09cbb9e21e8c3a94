/**
 * The public entry point: server, web and CLI import the screening and journal API from `@limber/core`.
 * It is imported inside the test, so a module that throws while loading fails this test by name instead of
 * leaving its test files empty (Stryker's Vitest runner counts an unloadable file as no tests: stryker-js#6150).
 */
import { describe, expect, it } from "vitest";

describe("@limber/core", () => {
  it("loads and exposes the screening API", async () => {
    const core = await import("./index");
    expect(core.SCREENING_ITEMS).toHaveLength(16);
    expect(core.triage).toBeTypeOf("function");
    expect(core.parseScreeningRequest).toBeTypeOf("function");
    expect(core.toFhirQuestionnaire().item).toHaveLength(16);
    expect(core.isScreeningLinkId("saddle-numbness")).toBe(true);
  });

  it("loads and exposes the journal API", async () => {
    const core = await import("./index");
    expect(core.assessJournal).toBeTypeOf("function");
    expect(core.journalEventSchema.safeParse({ type: "adjust-urge", id: "x", at: "now" }).success).toBe(
      false,
    );
    expect(
      core.journalEventSchema.safeParse({
        type: "adjust-urge",
        id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
        at: "2026-11-24T08:30:00Z",
      }).success,
    ).toBe(true);
    expect(core.JOURNAL_THRESHOLDS.persistentMs.value).toBe(48 * 60 * 60 * 1000);
  });
});
