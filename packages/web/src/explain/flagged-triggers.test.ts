import type { SafetyReason, SafetyReasonCode, SafetyState } from "@limber/core/safety/safety-state";
import { describe, expect, it } from "vitest";
import { flaggedTriggers } from "./flagged-triggers";

const reason = (
  code: SafetyReasonCode,
  origin: SafetyReason["origin"],
  level: SafetyReason["level"],
): SafetyReason => ({
  code,
  origin,
  level,
  message: code,
  source: "Limber product rule",
  acknowledgeable: false,
  acknowledged: false,
});

describe("the help triggers that apply to a person", () => {
  it("[C-messages-agree] marks every reason of the safety state that is a trigger, from the screening, a check-in and the journal", () => {
    const state: SafetyState = {
      level: "emergency",
      sessionAllowed: false,
      reasons: [
        reason("chest-pain", "check-in", "emergency"),
        reason("fever", "screening", "see-professional"),
        reason("frequent-adjusting", "journal", "see-professional"),
        reason("new-symptom", "check-in", "rescreen-needed"),
      ],
    };
    const triggers = new Set(["chest-pain", "fever", "frequent-adjusting", "osteoporosis"]);
    expect([...flaggedTriggers(state, triggers)].sort()).toEqual([
      "chest-pain",
      "fever",
      "frequent-adjusting",
    ]);
  });

  it("marks nothing when the state has no reason", () => {
    const state: SafetyState = { level: "ready", sessionAllowed: true, reasons: [] };
    expect(flaggedTriggers(state, new Set(["fever"])).size).toBe(0);
  });
});
