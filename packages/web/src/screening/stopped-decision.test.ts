import { describe, expect, it } from "vitest";
import { stoppedDecision } from "./stopped-decision";

describe("the decision of a screening that stopped at an emergency", () => {
  it("[C-screening-stops-at-emergency] is emergency, with every yes given as a reason, most severe first", () => {
    const decision = stoppedDecision(
      { "recent-injury": true, "disc-diagnosis": false, "saddle-numbness": true },
      "saddle-numbness",
    );
    expect(decision.outcome).toBe("emergency");
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["saddle-numbness", "recent-injury"]);
  });

  it("never names a question that was not asked", () => {
    const decision = stoppedDecision({ "chest-pain": true }, "chest-pain");
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["chest-pain"]);
  });

  it("refuses to stop at a see-professional answer or at a no", () => {
    expect(() => stoppedDecision({ "recent-injury": true }, "recent-injury")).toThrow(/emergency/);
    expect(() => stoppedDecision({ "chest-pain": false }, "chest-pain")).toThrow(/emergency/);
  });
});
