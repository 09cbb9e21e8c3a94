import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { type SessionEffect, startSession } from "@limber/core/session/machine";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "@limber/core/session/settings";
import { instant } from "@limber/core/units";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announcement } from "../app/live-region";
import type { CueScheduler, Deadline } from "../hands-free/cue-scheduler";
import { GuidedSession } from "./GuidedSession";

const START = Date.parse("2026-11-24T08:00:00Z");
const fakeClock = { now: () => instant(Date.now()) };
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "Date"],
    now: START,
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function recordingCues() {
  const delivered: SessionEffect[] = [];
  const plans: Deadline[] = [];
  const cues: CueScheduler = {
    deliver: (effects) => delivered.push(...effects),
    plan: (deadline) => plans.push(deadline),
    stop: () => {},
  };
  return { cues, delivered, plans };
}

function renderSession(
  techniqueId: "thoracic-foam-roll" | "supine-spinal-twist",
  settings: Partial<SessionSettings> = {},
) {
  const started = startSession(techniqueId, {
    settings: { ...DEFAULT_SESSION_SETTINGS, ...settings },
    gate: {
      latestScreening: { decision: decide(allNo), at: new Date(START - 60_000).toISOString() },
      events: [],
      acknowledgements: [],
      timeZone: "UTC",
      now: fakeClock.now(),
    },
    now: fakeClock.now(),
  });
  if (!started.ok) throw new Error("the session should start on a fresh self-care screening");
  const onEnded = vi.fn();
  const recording = recordingCues();
  render(<GuidedSession start={started.value} deps={{ clock: fakeClock, cues: recording.cues, onEnded }} />);
  return { onEnded, ...recording };
}

const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const click = (testId: string) =>
  act(() => {
    fireEvent.click(screen.getByTestId(testId));
  });
const title = () => screen.getByTestId("session-step-title").textContent ?? "";
const status = () => screen.getByTestId("guided-session").dataset.status;

type Technique = "thoracic-foam-roll" | "supine-spinal-twist";

/** Drives a session into each state a person can be in. */
const STATES: Record<string, { technique: Technique; reach: () => void }> = {
  "a setup step": { technique: "thoracic-foam-roll", reach: () => {} },
  "the rolling step": {
    technique: "thoracic-foam-roll",
    reach: () => {
      pass(46_000);
      expect(title()).toContain("Roll slowly");
    },
  },
  "a tight-spot pause": {
    technique: "thoracic-foam-roll",
    reach: () => {
      pass(46_000);
      click("session-tight-spot");
      expect(status()).toBe("tight-spot");
    },
  },
  "a pause": {
    technique: "thoracic-foam-roll",
    reach: () => {
      click("session-pause");
      expect(status()).toBe("paused");
    },
  },
  "a pause during a tight spot": {
    technique: "thoracic-foam-roll",
    reach: () => {
      pass(46_000);
      click("session-tight-spot");
      click("session-pause");
      expect(status()).toBe("paused");
    },
  },
  "a twist hold": {
    technique: "supine-spinal-twist",
    reach: () => {
      pass(26_000);
      expect(title()).toContain("Hold: left knee across");
    },
  },
  "the slow return between sides": {
    technique: "supine-spinal-twist",
    reach: () => {
      pass(56_000);
      expect(title()).toContain("Return to the centre");
    },
  },
};

describe("the guided session screen", () => {
  describe.each(Object.entries(STATES))("in %s", (_state, { technique, reach }) => {
    it("[C-stop-in-view] shows Stop: sharp pain, and a tap ends the session at once as stopped for pain", () => {
      const { onEnded } = renderSession(technique);
      reach();
      const stop = screen.getByTestId("session-stop-pain");
      expect(stop.textContent).toBe("Stop: sharp pain");
      expect((stop as HTMLButtonElement).disabled).toBe(false);
      click("session-stop-pain");
      expect(onEnded).toHaveBeenCalledTimes(1);
      expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", instant(Date.now()));
    });

    it("[C-end-asks-why] asks why on End, and Pain takes the stop-for-pain path", () => {
      const { onEnded } = renderSession(technique);
      reach();
      click("session-end");
      expect(screen.getByTestId("end-question").textContent).toMatch(/Why are you ending the session\?/);
      expect(onEnded).not.toHaveBeenCalled();
      // The stop control stays in view while the question is asked.
      expect(screen.getByTestId("session-stop-pain")).toBeTruthy();
      click("end-pain");
      expect(onEnded).toHaveBeenCalledTimes(1);
      expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", expect.any(Number));
    });

    it("stops for pain on the Escape key", () => {
      const { onEnded } = renderSession(technique);
      reach();
      act(() => {
        fireEvent.keyDown(document, { key: "Escape" });
      });
      expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", expect.any(Number));
    });
  });

  it("guides the twist through both sides, holding each for at least 30 seconds", () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    const secondsOn = new Map<string, number>();
    for (let second = 0; second < 300 && onEnded.mock.calls.length === 0; second++) {
      secondsOn.set(title(), (secondsOn.get(title()) ?? 0) + 1);
      pass(1000);
    }
    const holds = [...secondsOn].filter(([name]) => name.includes("Hold"));
    expect(holds.map(([name]) => name)).toEqual([
      "Step 3 of 7: Hold: left knee across",
      "Step 6 of 7: Hold: right knee across",
    ]);
    for (const [, seconds] of holds) expect(seconds).toBeGreaterThanOrEqual(30);
    expect([...secondsOn.keys()].filter((name) => name.includes("Return to the centre"))).toHaveLength(2);
    expect(screen.queryByTestId("session-side")?.textContent).toContain("Right side");
    expect(onEnded).toHaveBeenCalledWith("completed", expect.any(Number));
  });

  it("catches up at once when the page comes back into view after its timers were held back", () => {
    renderSession("supine-spinal-twist");
    // A background tab: 70 s pass on the clock but no timer runs.
    vi.setSystemTime(START + 70_000);
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(title()).toContain("Guide your right knee across");
    // Position 15 s + guide 10 s + hold 30 s + return 8 s: the right-side guide began at 63 s, 7 s ago.
    expect(screen.getByTestId("session-timer").textContent).toBe("0:03");
  });

  it("with auto-advance off, refuses to leave a twist hold before 30 seconds and says so", () => {
    renderSession("supine-spinal-twist", { autoAdvance: false });
    click("session-next");
    click("session-next");
    expect(title()).toContain("Hold: left knee across");
    pass(29_000);
    click("session-next");
    expect(title()).toContain("Hold: left knee across");
    expect(screen.getByTestId("session-notice").textContent).toMatch(/at least 30 seconds/);
    pass(100);
    expect(announcement.value).toMatch(/at least 30 seconds/);
    pass(900);
    click("session-next");
    expect(title()).toContain("Return to the centre");
  });

  it("freezes the timer while paused and carries on from the same time after resuming", () => {
    renderSession("supine-spinal-twist");
    pass(5_000);
    click("session-pause");
    const frozen = screen.getByTestId("session-timer").textContent;
    pass(60_000);
    expect(screen.getByTestId("session-timer").textContent).toBe(frozen);
    expect(title()).toContain("Lie flat in a T");
    click("session-resume");
    pass(1_000);
    expect(screen.getByTestId("session-timer").textContent).not.toBe(frozen);
    expect(title()).toContain("Lie flat in a T");
  });

  it("shows the breathing pacer during a tight spot and lets go only after 20 seconds", () => {
    renderSession("thoracic-foam-roll", { autoAdvance: false });
    for (let i = 0; i < 3; i++) click("session-next");
    click("session-tight-spot");
    expect(screen.getByTestId("breathing-pacer").dataset.phase).toBe("in");
    pass(5_000);
    expect(screen.getByTestId("breathing-pacer").dataset.phase).toBe("out");
    expect((screen.getByTestId("session-release") as HTMLButtonElement).disabled).toBe(true);
    pass(15_000);
    click("session-release");
    expect(status()).toBe("running");
    expect(screen.queryByTestId("breathing-pacer")).toBeNull();
  });

  it("plans each hold's chimes ahead for its exact deadline", () => {
    const { plans } = renderSession("supine-spinal-twist");
    pass(26_000);
    // The left hold began at 15 s + 10 s; its end (and the chime) is due 30 s after that, to the millisecond.
    const holdStart = START + 25_000;
    expect(plans.at(-1)).toEqual({ at: holdStart + 30_000, chimes: ["hold-end"] });
  });

  it("delivers the spoken cue and announcement of each new step once", () => {
    const { delivered } = renderSession("supine-spinal-twist");
    pass(16_000);
    const announcements = delivered
      .filter((e) => e.type === "announce")
      .map((e) => e.type === "announce" && e.text);
    expect(announcements).toEqual([
      "Step 1 of 7: Lie flat in a T",
      "Step 2 of 7: Guide your left knee across",
    ]);
  });

  it('[C-end-asks-why] ends as abandoned only on "I\'m done for now", with the session paused while it asks', () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    pass(3_000);
    click("session-end");
    expect(status()).toBe("paused");
    const answers = screen.getAllByRole("button").map((b) => b.textContent);
    expect(answers).toEqual(expect.arrayContaining(["Pain", "I'm done for now", "Keep going"]));
    click("end-done");
    expect(onEnded).toHaveBeenCalledWith("abandoned", expect.any(Number));
  });

  it("[C-end-asks-why] goes back to the running session on Keep going, recording nothing", () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    click("session-end");
    click("end-stay");
    expect(status()).toBe("running");
    expect(screen.queryByTestId("end-question")).toBeNull();
    expect(onEnded).not.toHaveBeenCalled();
  });

  it("[C-back-pauses] pauses on browser back and asks to stay or end for pain or done", () => {
    const { onEnded } = renderSession("thoracic-foam-roll");
    pass(2_000);
    act(() => {
      globalThis.dispatchEvent(new PopStateEvent("popstate", { state: null }));
    });
    expect(status()).toBe("paused");
    const question = screen.getByTestId("end-question");
    expect(question.dataset.kind).toBe("back");
    expect(question.textContent).toMatch(/Leave the session\?/);
    expect(screen.getByTestId("end-stay").textContent).toBe("Stay");
    expect(screen.getByTestId("end-pain").textContent).toBe("End: pain");
    expect(screen.getByTestId("end-done").textContent).toBe("End: done");
    expect(onEnded).not.toHaveBeenCalled();
    click("end-pain");
    expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", expect.any(Number));
  });

  it("[C-back-pauses] stays paused-then-running on Stay, and asks again on a second back", () => {
    const { onEnded } = renderSession("thoracic-foam-roll");
    const back = () =>
      act(() => {
        globalThis.dispatchEvent(new PopStateEvent("popstate", { state: null }));
      });
    back();
    click("end-stay");
    expect(status()).toBe("running");
    back();
    expect(screen.getByTestId("end-question").dataset.kind).toBe("back");
    expect(onEnded).not.toHaveBeenCalled();
  });

  it("puts every control other than the stop in the dock, below the stop control", () => {
    renderSession("thoracic-foam-roll");
    const dock = screen.getByTestId("session-dock");
    expect(dock.contains(screen.getByTestId("session-next"))).toBe(true);
    expect(dock.contains(screen.getByTestId("session-pause"))).toBe(true);
    expect(dock.contains(screen.getByTestId("session-end"))).toBe(true);
    expect(dock.contains(screen.getByTestId("session-stop-pain"))).toBe(false);
    const stop = screen.getByTestId("session-stop-pain");
    // In document order the stop comes first, so the dock is laid out after (below) it.
    expect(stop.compareDocumentPosition(dock) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("[C-end-asks-why] asks before a citation link leaves the session, and records nothing", () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    const cite = screen.getByTestId("session-instruction").querySelector("a[href]") as HTMLAnchorElement;
    const before = globalThis.location.hash;
    act(() => {
      fireEvent.click(cite);
    });
    expect(globalThis.location.hash).toBe(before);
    expect(screen.getByTestId("end-question").dataset.kind).toBe("back");
    expect(status()).toBe("paused");
    expect(onEnded).not.toHaveBeenCalled();
  });
});
