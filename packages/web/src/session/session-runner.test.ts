import { clockFrom } from "@limber/core/clock";
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { startSession } from "@limber/core/session/machine";
import type { SessionEffect } from "@limber/core/session/session-state";
import { DEFAULT_SESSION_SETTINGS } from "@limber/core/session/settings";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CueScheduler, Deadline } from "../hands-free/cue-scheduler";
import { createSessionRunner } from "./session-runner";
import type { StepTime } from "./step-times";

const START = Date.parse("2026-11-24T08:00:00Z");
// Reads Date.now() at each call, so the fake timers drive it.
const clock = clockFrom(() => Date.now());
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: START });
});
afterEach(() => vi.useRealTimers());

function run(
  technique: "supine-spinal-twist" | "thoracic-foam-roll" = "supine-spinal-twist",
  save: () => Promise<unknown> | undefined = () => undefined,
) {
  const started = startSession(technique, {
    settings: DEFAULT_SESSION_SETTINGS,
    gate: {
      latestScreening: { decision: decide(allNo), at: new Date(START - 1000).toISOString() },
      events: [],
      acknowledgements: [],
      timeZone: "UTC",
      now: clock.now(),
    },
    now: clock.now(),
  });
  if (!started.ok) throw new Error("the session should start");
  const delivered: SessionEffect[] = [];
  const plans: Deadline[] = [];
  let stops = 0;
  const cues: CueScheduler = {
    deliver: (effects) => delivered.push(...effects),
    plan: (deadline) => plans.push(deadline),
    stop: () => {
      stops += 1;
    },
  };
  const onEnded = vi.fn(save);
  const finished: StepTime[] = [];
  const onStepsFinished = (steps: StepTime[]) => finished.push(...steps);
  const runner = createSessionRunner(started.value, { clock, cues, onEnded, onStepsFinished }, () => {});
  return { runner, delivered, plans, onEnded, finished, stops: () => stops };
}

describe("the session runner", () => {
  it("moves to the next step at the step's deadline, not a tick later", () => {
    const { runner } = run();
    runner.dispatch("next");
    runner.dispatch("next");
    vi.advanceTimersByTime(29_999);
    expect(runner.state().stepIndex).toBe(2);
    vi.advanceTimersByTime(2);
    expect(runner.state()).toMatchObject({ stepIndex: 3, stepStartedAt: START + 30_000 });
  });

  it("arms no timer on a step that waits for the person", () => {
    const { runner, plans } = run();
    expect(plans.at(-1)).toBeNull();
    vi.advanceTimersByTime(600_000);
    expect(runner.state().stepIndex).toBe(0);
  });

  it("keeps exact step times when the page's timers were held back (a hidden page)", () => {
    const { runner, delivered } = run();
    runner.dispatch("next");
    runner.dispatch("next");
    // Nothing ran for 45 s, as when a browser freezes a background tab; then one late tick arrives.
    vi.setSystemTime(START + 45_000);
    runner.dispatch("tick");
    // Hold 30 s, return 8 s: the right-side guide began at 38 s exactly.
    expect(runner.state()).toMatchObject({ stepIndex: 4, stepStartedAt: START + 38_000 });
    const chimes = delivered
      .filter((e) => e.type === "chime")
      .map((e) => e.type === "chime" && [e.kind, e.at]);
    expect(chimes).toEqual([
      ["hold-start", START],
      ["hold-end", START + 30_000],
    ]);
  });

  it("reports why a command was refused", () => {
    const { runner } = run();
    expect(runner.dispatch("release")).toBe("no_tight_spot");
    expect(runner.dispatch("pause")).toBeNull();
  });

  it("stops planning chimes while paused", () => {
    const { runner, plans } = run();
    runner.dispatch("pause");
    expect(plans.at(-1)).toBeNull();
    vi.advanceTimersByTime(120_000);
    expect(runner.state()).toMatchObject({ status: "paused", stepIndex: 0 });
  });

  it("ends a session left midway as abandoned and silences its planned cues", () => {
    const { runner, onEnded, stops } = run();
    runner.dispose();
    expect(onEnded).toHaveBeenCalledWith("abandoned", START);
    expect(stops()).toBe(1);
  });

  it("lets the last words of a session stopped for pain finish speaking", () => {
    const { runner, onEnded, stops } = run();
    runner.dispatch("stop-for-pain");
    runner.dispose();
    expect(onEnded).toHaveBeenCalledTimes(1);
    expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", START);
    expect(stops()).toBe(0);
  });

  it("speaks the breathing rhythm during a tight-spot pause, and stops when the pause ends or a pause ends it", () => {
    const { runner, delivered } = run("thoracic-foam-roll");
    for (let i = 0; i < 3; i++) runner.dispatch("next"); // three setup steps, then rolling
    runner.dispatch("tight-spot");
    const spoken = () => delivered.filter((e) => e.type === "speak").map((e) => e.type === "speak" && e.text);
    const before = spoken().length;
    vi.advanceTimersByTime(30_500);
    // The pause ends at 30 s with "Release": the breath that would fall on it is left out.
    expect(spoken().slice(before)).toEqual([
      "Breathe out",
      "Breathe in",
      "Breathe out",
      "Breathe in",
      "Breathe out",
      "Release. Keep rolling slowly.",
    ]);
    runner.dispatch("tight-spot");
    vi.advanceTimersByTime(5_000);
    runner.dispatch("pause");
    const paused = spoken().length;
    expect(spoken().at(-1)).toBe("Ease off the roller.");
    vi.advanceTimersByTime(60_000);
    runner.dispatch("resume");
    vi.advanceTimersByTime(60_000);
    expect(spoken().slice(paused)).toEqual(["Keep rolling slowly."]);
  });

  it("[C-stop-saved-first] saves a stop before saying anything about it", async () => {
    let saved!: () => void;
    const saving = new Promise<void>((resolve) => {
      saved = resolve;
    });
    const { runner, delivered, onEnded } = run("thoracic-foam-roll", () => saving);
    const said = () => delivered.filter((e) => e.type === "speak").map((e) => e.type === "speak" && e.text);
    runner.dispatch("stop-for-pain");
    expect(onEnded).toHaveBeenCalledWith("stopped-for-pain", START);
    expect(said()).not.toContain("Stop now. Move slowly into a comfortable position and rest.");
    saved();
    await saving;
    await Promise.resolve();
    expect(said().at(-1)).toBe("Stop now. Move slowly into a comfortable position and rest.");
  });

  it("[C-stop-saved-first] still says the stop when saving it failed", async () => {
    const failing = Promise.reject(new Error("disk full"));
    failing.catch(() => undefined);
    const { runner, delivered } = run("thoracic-foam-roll", () => failing);
    runner.dispatch("stop-for-pain");
    await failing.catch(() => undefined);
    await Promise.resolve();
    expect(delivered.some((e) => e.type === "speak" && e.text.startsWith("Stop now"))).toBe(true);
  });

  it("reports each finished step with the time it ran, pauses left out", () => {
    const { runner, finished } = run();
    vi.advanceTimersByTime(4_000);
    runner.dispatch("next");
    vi.advanceTimersByTime(6_000);
    runner.dispatch("next");
    vi.advanceTimersByTime(5_000);
    runner.dispatch("pause");
    vi.advanceTimersByTime(60_000);
    runner.dispatch("resume");
    // The left hold runs 30 s of active time, then the return 8 s.
    vi.advanceTimersByTime(25_000 + 8_000 + 1);
    expect(finished).toEqual([
      { stepIndex: 0, ms: 4_000 },
      { stepIndex: 1, ms: 6_000 },
      { stepIndex: 2, ms: 30_000 },
      { stepIndex: 3, ms: 8_000 },
    ]);
  });
});
