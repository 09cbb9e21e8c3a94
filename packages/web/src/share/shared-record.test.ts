import * as core from "@limber/core/safety/safety-state";
import { describe, expect, it } from "vitest";
import { answersWithYes, screeningAt, urge } from "../../test-support/safety-fixtures";
import { criteriaMet, type SharedRecord, sharedSafety } from "./shared-record";

const record = (overrides: Partial<SharedRecord>): SharedRecord => ({
  user: { id: "u1", email: "person@example.test", role: "member" },
  screenings: [],
  events: [],
  exportedAt: "2026-11-24T12:00:00Z",
  ...overrides,
});

const stored = (at: string, yes: Parameters<typeof answersWithYes>[0] = []) => ({
  id: crypto.randomUUID(),
  answers: answersWithYes(yes),
  ...screeningAt(at, yes),
});

describe("the shared record's safety state", () => {
  it("is computed from the newest screening, though the export lists screenings oldest first", () => {
    const shared = record({
      screenings: [stored("2026-11-20T09:00:00Z", ["recent-injury"]), stored("2026-11-24T09:00:00Z")],
    });
    expect(sharedSafety(core, shared, "Europe/London").level).toBe("ready");
    const reversed = record({
      screenings: [stored("2026-11-20T09:00:00Z"), stored("2026-11-24T09:00:00Z", ["recent-injury"])],
    });
    expect(sharedSafety(core, reversed, "Europe/London").level).toBe("see-professional");
  });

  it("is an emergency with the cauda equina reason when the latest screening reported saddle numbness", () => {
    const state = sharedSafety(
      core,
      record({ screenings: [stored("2026-11-24T09:00:00Z", ["saddle-numbness"])] }),
      "Europe/London",
    );
    expect(state.level).toBe("emergency");
    expect(state.reasons.map((r) => r.code)).toContain("saddle-numbness");
  });

  it("counts no acknowledgement: a journal flag the person acknowledged on their device still shows", () => {
    const urges = [urge("2026-11-24T08:00:00Z"), urge("2026-11-24T09:00:00Z")];
    const state = sharedSafety(
      core,
      record({ screenings: [stored("2026-11-24T07:00:00Z")], events: urges }),
      "Europe/London",
    );
    expect(state.reasons.find((r) => r.code === "frequent-adjusting")?.acknowledged).toBe(false);
  });
});

describe("the criteria met", () => {
  it("lists a criterion met in the screening and in the journal once, naming both, with its source", () => {
    const state = sharedSafety(
      core,
      record({
        screenings: [stored("2026-11-24T07:00:00Z", ["frequent-adjusting"])],
        events: [urge("2026-11-24T08:00:00Z"), urge("2026-11-24T09:00:00Z")],
      }),
      "Europe/London",
    );
    const criteria = criteriaMet(state);
    expect(criteria.filter((c) => c.code === "frequent-adjusting")).toHaveLength(1);
    const met = criteria.find((c) => c.code === "frequent-adjusting");
    expect(met?.from).toMatch(/safety check.*journal|journal.*safety check/);
    expect(met?.source).toBe("P20");
  });

  it("leaves out what is not a reason to see anyone (a missing or expired safety check)", () => {
    const state = sharedSafety(core, record({}), "Europe/London");
    expect(state.level).toBe("rescreen-needed");
    expect(criteriaMet(state)).toEqual([]);
  });
});
