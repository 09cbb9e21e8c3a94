import { clockFrom } from "@limber/core/clock";
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { sendSessionCommand, startSession } from "@limber/core/session/machine";
import type { SessionState } from "@limber/core/session/session-state";
import { DEFAULT_SESSION_SETTINGS } from "@limber/core/session/settings";
import { viewSession } from "@limber/core/session/view";
import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { shownMoment } from "./shown-moment";

const START = Date.parse("2026-11-24T08:00:00Z");
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;

function started(technique: "thoracic-foam-roll" | "supine-spinal-twist"): SessionState {
  const result = startSession(technique, {
    settings: DEFAULT_SESSION_SETTINGS,
    gate: {
      latestScreening: { decision: decide(allNo), at: new Date(START - 60_000).toISOString() },
      events: [],
      acknowledgements: [],
      timeZone: "UTC",
      now: clockFrom(() => START).now(),
    },
    now: instant(START),
  });
  if (!result.ok) throw new Error("the session should start on a fresh self-care screening");
  return result.value.state;
}

const at = (state: SessionState, ms: number) => shownMoment(viewSession(state, instant(START + ms)));

describe("the moment the session screen shows", () => {
  it("stays the same while a step waits for the person, so the screen is not drawn again", () => {
    const twist = started("supine-spinal-twist");
    expect(viewSession(twist, instant(START)).step.waitsForPerson).toBe(true);
    const first = at(twist, 0);
    for (const ms of [100, 1000, 5000, 60_000]) expect(at(twist, ms)).toBe(first);
  });

  it("changes when the timed step's clock shows another second, not within one", () => {
    let state = started("supine-spinal-twist");
    // Past the steps that wait for the person, to the first timed step.
    for (let i = 0; i < 5 && viewSession(state, instant(START)).step.waitsForPerson; i += 1)
      state = sendSessionCommand(state, "next", instant(START)).state;
    const view = viewSession(state, instant(START));
    expect(view.step.waitsForPerson).toBe(false);
    expect(view.clock.kind).not.toBe("none");
    expect(at(state, 1000)).not.toBe(at(state, 2000));
    expect(at(state, 1300)).toBe(at(state, 1310));
  });

  it("changes with the state: a stop for pain is a new screen", () => {
    const twist = started("supine-spinal-twist");
    const stopped = sendSessionCommand(twist, "stop-for-pain", instant(START + 10)).state;
    expect(at(stopped, 20)).not.toBe(at(twist, 20));
  });
});
