import { clockFrom } from "@limber/core/clock";
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { startSession } from "@limber/core/session/machine";
import type { SessionEffect } from "@limber/core/session/session-state";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "@limber/core/session/settings";
import { instant } from "@limber/core/units";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { options, type VNode } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CueScheduler, Deadline } from "../hands-free/cue-scheduler";
import { GuidedSession } from "./GuidedSession";
import { DOCK_SETTLE_MS } from "./SessionDock";
import { SessionTimer } from "./SessionTimer";

const START = Date.parse("2026-11-24T08:00:00Z");
// Reads Date.now() at each call, so the fake timers drive it.
const fakeClock = clockFrom(() => Date.now());
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

/** A tap on a dock control once the dock has settled (a tap right after it changed is a double tap). */
const press = (testId: string) => {
  pass(DOCK_SETTLE_MS);
  click(testId);
};
const toRolling = () => {
  for (let i = 0; i < 3; i++) press("session-next");
  expect(title()).toContain("Roll slowly");
};
const toTwistHold = () => {
  press("session-next");
  press("session-next");
  expect(title()).toContain("Hold: left knee across");
};
const dockLabels = () =>
  [...screen.getByTestId("session-dock").querySelectorAll("button")].map((b) => b.textContent);

/** Drives a session into each state a person can be in. */
const STATES: Record<string, { technique: Technique; reach: () => void }> = {
  "a step that waits for the person": { technique: "thoracic-foam-roll", reach: () => {} },
  "the rolling step": { technique: "thoracic-foam-roll", reach: toRolling },
  "a tight-spot pause": {
    technique: "thoracic-foam-roll",
    reach: () => {
      toRolling();
      press("session-tight-spot");
      expect(status()).toBe("tight-spot");
    },
  },
  "a pause": {
    technique: "supine-spinal-twist",
    reach: () => {
      toTwistHold();
      press("session-pause");
      expect(status()).toBe("paused");
    },
  },
  "a pause during a tight spot": {
    technique: "thoracic-foam-roll",
    reach: () => {
      toRolling();
      press("session-tight-spot");
      press("session-pause");
      expect(status()).toBe("paused");
    },
  },
  "a twist hold": { technique: "supine-spinal-twist", reach: toTwistHold },
  "the slow return between sides": {
    technique: "supine-spinal-twist",
    reach: () => {
      toTwistHold();
      pass(30_100);
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
      press("session-end");
      expect(screen.getByTestId("end-question").textContent).toMatch(/Why are you ending the session\?/);
      expect(onEnded).not.toHaveBeenCalled();
      // The stop control stays in view while the question is asked.
      expect(screen.getByTestId("session-stop-pain")).toBeTruthy();
      click("end-pain");
      expect(onEnded).toHaveBeenCalledTimes(1);
      expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", expect.any(Number));
    });

    it("holds at most three controls in the dock, and shows at most one clock", () => {
      renderSession(technique);
      reach();
      expect(dockLabels().length).toBeLessThanOrEqual(3);
      expect(screen.queryAllByRole("timer").length).toBeLessThanOrEqual(1);
      expect(screen.getByTestId("guided-session").textContent).not.toMatch(/in \d+ s(econds)?\b/);
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

  it("[C-waits-for-person] waits on a step the article does not time, however long it is left, with no clock", () => {
    renderSession("thoracic-foam-roll");
    pass(45_000);
    expect(title()).toContain("Step 1 of 5: Lie on the roller");
    expect(screen.queryByTestId("session-timer")).toBeNull();
    expect(screen.getByTestId("session-no-clock").textContent).toMatch(/take your time/i);
    expect(dockLabels()).toEqual(["I'm in position", "End"]);
    expect(screen.getByTestId("session-next").getAttribute("aria-keyshortcuts")).toBe("Enter Space");
    press("session-next");
    expect(title()).toContain("Step 2 of 5: Hug yourself");
  });

  it("draws the screen again only when what it shows changes: never while a step waits, a few times a second in a hold", () => {
    const timerRenders = { count: 0 };
    const previous = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === SessionTimer) timerRenders.count += 1;
      previous?.(vnode);
    };
    try {
      renderSession("supine-spinal-twist");
      // In steps of a frame or so: each act() draws whatever the screen asked for meanwhile.
      const passInFrames = (ms: number) => {
        for (let t = 0; t < ms; t += 50) pass(50);
      };
      pass(1_000);
      timerRenders.count = 0;
      passInFrames(5_000);
      // Issue 19: a tap (the stop) must not land behind a render that draws the same screen again.
      expect(timerRenders.count).toBe(0);
      toTwistHold();
      pass(1_000);
      const timer = () => screen.getByRole("timer").getAttribute("aria-label");
      const before = timer();
      timerRenders.count = 0;
      passInFrames(10_000);
      expect(timer()).not.toBe(before);
      // Each second's digits and the progress bar's sub-pixel steps; not ten frames a second.
      expect(timerRenders.count).toBeGreaterThanOrEqual(10);
      expect(timerRenders.count).toBeLessThanOrEqual(50);
    } finally {
      if (previous) options.diffed = previous;
      else delete options.diffed;
    }
  });

  it("[C-waits-for-person] takes Space or Enter as I'm in position, but not while a control has the focus", () => {
    renderSession("supine-spinal-twist");
    pass(1_000);
    act(() => {
      fireEvent.keyDown(document.body, { key: " " });
    });
    expect(title()).toContain("Guide your left knee across");
    pass(1_000);
    act(() => {
      fireEvent.keyDown(screen.getByTestId("session-end"), { key: "Enter" });
    });
    expect(title()).toContain("Guide your left knee across");
    act(() => {
      fireEvent.keyDown(document.body, { key: "Enter" });
    });
    expect(title()).toContain("Hold: left knee across");
  });

  it("guides the twist through both sides, holding each for at least 30 seconds", () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    const secondsOn = new Map<string, number>();
    for (let second = 0; second < 300 && onEnded.mock.calls.length === 0; second++) {
      secondsOn.set(title(), (secondsOn.get(title()) ?? 0) + 1);
      if (screen.getByTestId("session-next").textContent === "I'm in position") click("session-next");
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
    toTwistHold();
    // A background tab: 34 s pass on the clock but no timer runs (30 s hold, then 4 s of the 8 s return).
    vi.setSystemTime(Date.now() + 34_000);
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    expect(title()).toContain("Return to the centre slowly");
    expect(screen.getByTestId("session-timer").textContent).toBe("0:04");
  });

  it("counts one clock during a hold: down to its end, with Next looking disabled and saying why", () => {
    renderSession("supine-spinal-twist");
    toTwistHold();
    pass(10_000);
    expect(screen.getByRole("timer").getAttribute("aria-label")).toBe("Time left: 0:20");
    const next = screen.getByTestId("session-next");
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect(next.getAttribute("aria-label")).toBe("Next step: possible once you have held for 30 seconds");
    click("session-next");
    expect(title()).toContain("Hold: left knee across");
  });

  it("with auto-advance off, counts down to the 30 s minimum, then says to hold as long as is comfortable with the time held", () => {
    renderSession("supine-spinal-twist", { autoAdvance: false });
    toTwistHold();
    pass(29_000);
    expect(screen.getByRole("timer").getAttribute("aria-label")).toBe("Hold for at least: 0:01");
    expect(screen.getByTestId("session-next").getAttribute("aria-disabled")).toBe("true");
    pass(6_000);
    expect(screen.getByRole("timer").getAttribute("aria-label")).toBe(
      "Hold as long as is comfortable. Time held: 0:35",
    );
    expect(title()).toContain("Hold: left knee across");
    expect(screen.getByTestId("session-next").getAttribute("aria-disabled")).toBeNull();
    click("session-next");
    expect(title()).toContain("Return to the centre");
  });

  it("freezes the timer while paused and carries on from the same time after resuming", () => {
    renderSession("supine-spinal-twist");
    toTwistHold();
    pass(5_000);
    click("session-pause");
    const frozen = screen.getByTestId("session-timer").textContent;
    pass(60_000);
    expect(screen.getByTestId("session-timer").textContent).toBe(frozen);
    expect(title()).toContain("Hold: left knee across");
    expect(dockLabels()).toEqual(["Resume", "End"]);
    click("session-resume");
    pass(1_000);
    expect(screen.getByTestId("session-timer").textContent).not.toBe(frozen);
    expect(title()).toContain("Hold: left knee across");
  });

  it("shows the breathing pacer during a tight spot, one countdown to release, and lets go only after 20 seconds", () => {
    renderSession("thoracic-foam-roll", { autoAdvance: false });
    toRolling();
    press("session-tight-spot");
    expect(screen.getByTestId("breathing-pacer").dataset.phase).toBe("in");
    pass(5_000);
    expect(screen.getByTestId("breathing-pacer").dataset.phase).toBe("out");
    expect(screen.getAllByRole("timer")).toHaveLength(1);
    expect(screen.getByRole("timer").getAttribute("aria-label")).toBe("Until release: 0:25");
    const release = screen.getByTestId("session-release");
    expect(release.textContent).toBe("Release");
    expect(release.getAttribute("aria-disabled")).toBe("true");
    expect(release.getAttribute("aria-label")).toBe(
      "Release: possible once you have stayed 20 seconds on the spot",
    );
    pass(15_000);
    expect(release.getAttribute("aria-disabled")).toBeNull();
    click("session-release");
    expect(status()).toBe("running");
    expect(screen.queryByTestId("breathing-pacer")).toBeNull();
  });

  it("[C-tight-spot-pause-ends] ends a tight spot on Pause, says to ease off the roller, and rolls on after Resume", () => {
    const { delivered } = renderSession("thoracic-foam-roll");
    toRolling();
    press("session-tight-spot");
    pass(8_000);
    click("session-pause");
    expect(screen.getByTestId("session-eased-off").textContent).toMatch(/^Ease off the roller\./);
    expect(screen.queryByTestId("breathing-pacer")).toBeNull();
    expect(delivered).toContainEqual(
      expect.objectContaining({ type: "speak", text: "Ease off the roller." }),
    );
    pass(180_000);
    press("session-resume");
    expect(status()).toBe("running");
    expect(title()).toContain("Roll slowly");
    expect(screen.getByRole("timer").getAttribute("aria-label")).toMatch(/^Time rolling/);
    expect(dockLabels()).toEqual(["Tight spot", "Done rolling", "End"]);
  });

  it("ignores the second tap of a double tap on Done rolling instead of pressing what took its place", () => {
    const { onEnded } = renderSession("thoracic-foam-roll");
    toRolling();
    press("session-next");
    expect(title()).toContain("Come down slowly");
    click("session-next");
    click("session-pause");
    expect(status()).toBe("running");
    expect(title()).toContain("Come down slowly");
    expect(onEnded).not.toHaveBeenCalled();
  });

  it("says so on a device with no speech voice, with the chime as the cue", () => {
    renderSession("thoracic-foam-roll");
    pass(2_000);
    expect(screen.getByTestId("session-no-voice").textContent).toMatch(
      /no speech voice.*chime marks the start and end of every hold/i,
    );
  });

  it("keeps what to feel and the sound switches behind one disclosure, and the whole instruction in view", () => {
    renderSession("thoracic-foam-roll");
    const more = screen.getByTestId("session-more") as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.textContent).toMatch(/You should feel/);
    expect(more.querySelector('[data-testid="session-setting-speech"]')).not.toBeNull();
    expect(screen.getByTestId("session-instruction").closest("details")).toBeNull();
    expect(screen.getByTestId("session-pain-line").textContent).toMatch(
      /Sharp, shooting or intense pain\? Stop now\./,
    );
  });

  it("plans each hold's chimes ahead for its exact deadline", () => {
    const { plans } = renderSession("supine-spinal-twist");
    toTwistHold();
    // The hold began at the second tap; its end (and the chime) is due 30 s after that, to the millisecond.
    const holdStart = START + 2 * DOCK_SETTLE_MS;
    expect(plans.at(-1)).toEqual({ at: holdStart + 30_000, chimes: ["hold-end"] });
  });

  it("delivers the spoken cue and announcement of each new step once", () => {
    const { delivered } = renderSession("supine-spinal-twist");
    press("session-next");
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
    press("session-end");
    expect(status()).toBe("paused");
    const answers = screen.getAllByRole("button").map((b) => b.textContent);
    expect(answers).toEqual(expect.arrayContaining(["Pain", "I'm done for now", "Keep going"]));
    click("end-done");
    expect(onEnded).toHaveBeenCalledWith("abandoned", expect.any(Number));
  });

  it("[C-end-asks-why] goes back to the running session on Keep going, recording nothing", () => {
    const { onEnded } = renderSession("supine-spinal-twist");
    press("session-end");
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
    renderSession("supine-spinal-twist");
    toTwistHold();
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
