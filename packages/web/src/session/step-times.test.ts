import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { sendSessionCommand, startSession } from "@limber/core/session/machine";
import { DEFAULT_SESSION_SETTINGS } from "@limber/core/session/settings";
import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { finishedSteps } from "./step-times";

const START = Date.parse("2026-11-24T08:00:00Z");
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;

function twist() {
  const started = startSession("supine-spinal-twist", {
    settings: DEFAULT_SESSION_SETTINGS,
    gate: {
      latestScreening: { decision: decide(allNo), at: new Date(START - 1000).toISOString() },
      events: [],
      acknowledgements: [],
      timeZone: "UTC",
      now: instant(START),
    },
    now: instant(START),
  });
  if (!started.ok) throw new Error("the session should start");
  return started.value.state;
}

describe("the time each step ran", () => {
  it("is nothing while the same step goes on", () => {
    const state = twist();
    const later = sendSessionCommand(state, "tick", instant(START + 5_000)).state;
    expect(finishedSteps(state, later)).toEqual([]);
  });

  it("gives steps a late tick passed over the time they ran to by themselves", () => {
    const guiding = sendSessionCommand(twist(), "next", instant(START + 5_000)).state;
    const holding = sendSessionCommand(guiding, "next", instant(START + 10_000)).state;
    // 60 s with no tick: hold 30 s, return 8 s, then the right guide began at 48 s.
    const later = sendSessionCommand(holding, "tick", instant(START + 70_000)).state;
    expect(later.stepStartedAt).toBe(START + 48_000);
    expect(finishedSteps(holding, later)).toEqual([
      { stepIndex: 2, ms: 30_000 },
      { stepIndex: 3, ms: 8_000 },
    ]);
  });

  it("counts the step a session ended in up to the end", () => {
    const state = twist();
    const ended = sendSessionCommand(state, "stop-for-pain", instant(START + 4_000)).state;
    expect(finishedSteps(state, ended)).toEqual([{ stepIndex: 0, ms: 4_000 }]);
  });

  it("stops counting a step ended while paused at the moment it was paused", () => {
    const paused = sendSessionCommand(twist(), "pause", instant(START + 3_000)).state;
    const ended = sendSessionCommand(paused, "end", instant(START + 60_000)).state;
    expect(finishedSteps(paused, ended)).toEqual([{ stepIndex: 0, ms: 3_000 }]);
  });

  it("reports nothing after the session has ended", () => {
    const ended = sendSessionCommand(twist(), "end", instant(START + 1_000)).state;
    expect(finishedSteps(ended, ended)).toEqual([]);
  });
});
