/**
 * Every word and number of the content, pinned by a reviewed snapshot (`__snapshots__`): any edit fails here
 * until the snapshot is updated on purpose (`npx vitest run --project core -u`) and the change is reviewed.
 * The safety-bearing sentences are also pinned one by one, with their reversals, in wording.test.ts.
 */
import { describe, expect, it } from "vitest";
import { EMERGENCY_WHY } from "../safety/emergency-why";
import { SCREENING_ITEMS } from "../screening/questionnaire";
import { GUIDELINES } from "../source";
import { EDUCATION } from "./education";
import { ESCALATION, JOURNAL_TRIGGERS } from "./escalation";
import { DURING_SESSION_GUIDANCE, SAFETY_REMINDER, SELF_CARE_DISCLAIMER } from "./safety";
import { IN_POSITION, LOWER_BACK_NEVER_ROLLED, STEP_TIMINGS, TECHNIQUES } from "./techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "./tight-spot";

describe("[C-wording-pinned] the whole content is pinned: a change needs a reviewed snapshot update", () => {
  it("pins both techniques, step by step, with their timings", () => {
    expect({ TECHNIQUES, STEP_TIMINGS, IN_POSITION, LOWER_BACK_NEVER_ROLLED }).toMatchSnapshot();
  });

  it("pins the tight-spot pause and the breathing pacer", () => {
    expect({ TIGHT_SPOT_PAUSE, BREATHING_PACER }).toMatchSnapshot();
  });

  it("pins the safety reminder, the guidance during a session and the disclaimer", () => {
    expect({ SAFETY_REMINDER, DURING_SESSION_GUIDANCE, SELF_CARE_DISCLAIMER }).toMatchSnapshot();
  });

  it("pins why the back pops", () => {
    expect(EDUCATION).toMatchSnapshot();
  });

  it("pins escalation, the journal triggers and each emergency's why", () => {
    expect({ ESCALATION, JOURNAL_TRIGGERS, EMERGENCY_WHY }).toMatchSnapshot();
  });

  it("pins the screening questions, their help and what a yes means", () => {
    expect(SCREENING_ITEMS).toMatchSnapshot();
  });

  it("[C-content-sourced] pins each guideline's publisher, document and the part Limber relies on", () => {
    expect(GUIDELINES).toMatchSnapshot();
  });
});
