import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoursBefore, NOW, uuid, validSafetyInputArb } from "../../test-support/valid-record";
import type { JournalEvent } from "../journal/events";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { assessSafety, type SafetyInput } from "./safety-state";
import { assessTrustedSafety } from "./trusted-safety-state";

describe("the safety state from trusted local data (validated when it entered the store)", () => {
  it("is the same state the validating assessment gives, on every valid record (property)", () => {
    fc.assert(
      fc.property(validSafetyInputArb, (input) => {
        expect(assessTrustedSafety(input)).toEqual(assessSafety(input));
      }),
      { numRuns: 300 },
    );
  });

  it("still says see a professional when two different events share one id (the journal cannot be read)", () => {
    const at = hoursBefore(1);
    const events: JournalEvent[] = [
      { type: "adjust-urge", id: uuid(1), at },
      { type: "check-in", id: uuid(1), at, stiffness: 3, pain: 0, symptoms: [] },
    ];
    const input: SafetyInput = {
      latestScreening: {
        decision: decide(Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers),
        at: hoursBefore(2),
      },
      events,
      acknowledgements: [],
      timeZone: "Europe/London",
      now: NOW,
    };
    const state = assessTrustedSafety(input);
    expect(state.level).toBe("see-professional");
    expect(state.reasons.map((reason) => reason.code)).toContain("journal-unreadable");
    expect(state.sessionAllowed).toBe(false);
  });
});
