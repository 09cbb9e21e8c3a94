import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { describe, expect, it } from "vitest";
import { flaggedTriggers } from "./flagged-triggers";

const NOW = new Date("2026-11-24T12:00:00Z");
const answers = (yes: string[]) =>
  Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, yes.includes(id)])) as Answers;
const screening = (yes: string[]) => ({
  id: "0b7f3f4e-0f4c-4a4e-9a0e-2f5d1c3b4a59",
  at: "2026-11-24T08:00:00Z",
  answers: answers(yes),
  decision: decide(answers(yes)),
});
const urge = (id: string, at: string) => ({ type: "adjust-urge" as const, id, at });

describe("the help triggers that apply to a person", () => {
  it("joins the latest screening's reasons and the journal's flags, with the most severe recommendation", () => {
    const flagged = flaggedTriggers({
      screenings: [screening(["fever"])],
      events: [
        urge("2c1d8f5e-8a39-4a5b-9d62-4a7f0e1b2c3d", "2026-11-24T09:00:00Z"),
        urge("7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1f0e", "2026-11-24T10:00:00Z"),
      ],
      now: NOW,
      timeZone: "Europe/London",
    });
    expect([...flagged.codes].sort()).toEqual(["fever", "frequent-adjusting"]);
    expect(flagged.recommendation).toBe("see-professional");
    expect(flagged.journalError).toBeNull();
  });

  it("leaves out an event stamped after now instead of losing every journal flag", () => {
    const flagged = flaggedTriggers({
      screenings: [],
      events: [
        urge("2c1d8f5e-8a39-4a5b-9d62-4a7f0e1b2c3d", "2026-11-24T09:00:00Z"),
        urge("7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1f0e", "2026-11-24T10:00:00Z"),
        urge("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "2026-11-24T12:00:05Z"),
      ],
      now: NOW,
      timeZone: "Europe/London",
    });
    expect([...flagged.codes]).toEqual(["frequent-adjusting"]);
  });

  it("says so when the journal cannot be checked, and still shows the screening's reasons", () => {
    const flagged = flaggedTriggers({
      screenings: [screening(["chest-pain"])],
      events: [],
      now: NOW,
      timeZone: "Not/AZone",
    });
    expect([...flagged.codes]).toEqual(["chest-pain"]);
    expect(flagged.recommendation).toBe("emergency");
    expect(flagged.journalError).toMatch(/could not be checked/);
  });
});
