import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TechniqueId } from "../journal/events";
import { type Instant, instant } from "../units";
import type { GateInput } from "./gate";
import { nextDeadline, sendSessionCommand, startSession } from "./machine";
import { SESSION_REFUSALS } from "./refusals";
import type { SessionCommand, SessionState, Transition } from "./session-state";
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from "./settings";
import { viewSession } from "./view";

const T0 = Date.parse("2026-11-24T08:00:00Z");
const SCREENED: GateInput["latestScreening"] = {
  decision: { outcome: "self-care", reasons: [] },
  at: "2026-11-24T07:55:00Z",
};
const gate = (latestScreening: GateInput["latestScreening"], now: Instant): GateInput => ({
  latestScreening,
  events: [],
  acknowledgements: [],
  timeZone: "Europe/London",
  now,
});
const s = (seconds: number): Instant => instant(T0 + seconds * 1000);

/** A session on a fake clock: every call says what time it is. */
function session(technique: TechniqueId, settings: Partial<SessionSettings> = {}) {
  const started = startSession(technique, {
    settings: { ...DEFAULT_SESSION_SETTINGS, ...settings },
    gate: gate(SCREENED, s(0)),
    now: s(0),
  });
  if (!started.ok) throw new Error(JSON.stringify(started.issues));
  let state: SessionState = started.value.state;
  const effects = [...started.value.effects];
  return {
    send(command: SessionCommand, atSeconds: number): Transition {
      const transition = sendSessionCommand(state, command, s(atSeconds));
      state = transition.state;
      effects.push(...transition.effects);
      return transition;
    },
    view: (atSeconds: number) => viewSession(state, s(atSeconds)),
    get state() {
      return state;
    },
    effects,
  };
}

const stepAt = (run: ReturnType<typeof session>, seconds: number) => {
  run.send("tick", seconds);
  return run.view(seconds).step.id;
};

describe("session start", () => {
  it("refuses to start without a screening", () => {
    const result = startSession("supine-spinal-twist", {
      settings: DEFAULT_SESSION_SETTINGS,
      gate: gate(null, s(0)),
      now: s(0),
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: "screening_required", path: "no-screening" }],
    });
  });

  it("refuses to start on a screening older than 24 hours", () => {
    const result = startSession("thoracic-foam-roll", {
      settings: DEFAULT_SESSION_SETTINGS,
      gate: gate({ ...SCREENED, at: "2026-11-23T07:59:59Z" }, s(0)),
      now: s(0),
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "screening-expired" }] });
  });

  it("refuses settings outside the article's bounds", () => {
    const result = startSession("thoracic-foam-roll", {
      settings: { ...DEFAULT_SESSION_SETTINGS, tightSpotSeconds: 31, twistHoldSeconds: 29 },
      gate: gate(SCREENED, s(0)),
      now: s(0),
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { code: "invalid_setting", path: "tightSpotSeconds" },
        { code: "invalid_setting", path: "twistHoldSeconds" },
      ],
    });
  });

  it("speaks the first step's cue at the start", () => {
    const run = session("supine-spinal-twist");
    expect(run.effects).toContainEqual(expect.objectContaining({ type: "speak", at: s(0) }));
    expect(run.view(0).step.id).toBe("twist-position");
  });
});

describe("[C-waits-for-person] steps the article does not time wait for the person", () => {
  const techniques: TechniqueId[] = ["thoracic-foam-roll", "supine-spinal-twist"];

  it.each(techniques)(
    "%s: 45 s untouched after the start leaves the session on its first step",
    (technique) => {
      const run = session(technique);
      expect(nextDeadline(run.state)).toBeNull();
      expect(stepAt(run, 45)).toBe(run.view(0).step.id);
      expect(run.view(45)).toMatchObject({ stepIndex: 0, status: "running", clock: { kind: "none" } });
    },
  );

  it("never moves on by itself from a waiting step, however long it waits and whatever the setting", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...techniques),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 8 }),
        (technique, autoAdvance, gaps) => {
          const run = session(technique, { autoAdvance });
          let t = 0;
          // Walk the session by "next" only where the step waits; let the timed steps run out by themselves.
          for (let guard = 0; guard < 20 && run.state.status !== "ended"; guard += 1) {
            const step = run.view(t).step;
            if (step.waitsForPerson) {
              const index = run.state.stepIndex;
              for (const gap of gaps) {
                t += gap / 1000;
                run.send("tick", t);
                expect(run.state.stepIndex).toBe(index);
              }
              expect(nextDeadline(run.state)).toBeNull();
              run.send("next", t);
            } else {
              t += 200;
              run.send(autoAdvance ? "tick" : "next", t);
            }
          }
          expect(run.state.outcome).toBe("completed");
        },
      ),
      { numRuns: 100 },
    );
  });

  it("speaks each waiting step's instruction when it begins, and moves on at once when the person is in position", () => {
    const run = session("supine-spinal-twist");
    expect(run.effects).toContainEqual({ type: "speak", text: run.view(0).step.cue, at: s(0) });
    run.send("next", 70);
    expect(run.view(70).step.id).toBe("twist-guide-left");
    expect(run.effects).toContainEqual({ type: "speak", text: run.view(70).step.cue, at: s(70) });
  });
});

describe("supine spinal twist (P6-P7)", () => {
  it("[R-session.twist-hold] [C-twist-hold-30-both-sides] holds each side for 30 s, returns slowly between them, and always does both sides", () => {
    const run = session("supine-spinal-twist");
    expect(stepAt(run, 15)).toBe("twist-position");
    run.send("next", 15);
    expect(stepAt(run, 25)).toBe("twist-guide-left");
    run.send("next", 25);
    expect(stepAt(run, 54.999)).toBe("twist-hold-left");
    expect(stepAt(run, 55)).toBe("twist-return-left");
    expect(stepAt(run, 63)).toBe("twist-guide-right");
    run.send("next", 73);
    expect(stepAt(run, 102.999)).toBe("twist-hold-right");
    run.send("tick", 111);
    expect(run.state).toMatchObject({ status: "ended", outcome: "completed" });
  });

  it("chimes exactly at the start and end of every hold, even when the tick comes late", () => {
    const run = session("supine-spinal-twist");
    run.send("next", 15);
    run.send("next", 25);
    run.send("tick", 500); // the page was hidden for minutes
    expect(run.view(500).step.id).toBe("twist-guide-right");
    run.send("next", 510);
    run.send("tick", 900);
    const chimes = run.effects
      .filter((e) => e.type === "chime")
      .map((e) => [e.type === "chime" && e.kind, (e as { at: number }).at]);
    expect(chimes).toEqual([
      ["hold-start", s(25)],
      ["hold-end", s(55)],
      ["hold-start", s(510)],
      ["hold-end", s(540)],
    ]);
  });

  it("[C-twist-hold-30-both-sides] refuses to end a hold before 30 seconds", () => {
    const run = session("supine-spinal-twist", { autoAdvance: false });
    run.send("next", 1);
    run.send("next", 2);
    expect(run.view(2).step.id).toBe("twist-hold-left");
    expect(run.send("next", 31.999).rejected).toBe("hold_too_short");
    expect(run.send("next", 32).state.stepIndex).toBe(3);
  });

  it("[R-timing.slow-return] refuses to rush the return to the centre (P7: slowly)", () => {
    const run = session("supine-spinal-twist", { autoAdvance: false });
    run.send("next", 1);
    run.send("next", 2);
    run.send("next", 40);
    expect(run.view(40).step.id).toBe("twist-return-left");
    expect(run.send("next", 44).rejected).toBe("hold_too_short");
    expect(run.send("next", 45).state.stepIndex).toBe(4);
  });

  it("uses the person's longer hold setting, never less than 30 s", () => {
    const run = session("supine-spinal-twist", { twistHoldSeconds: 45 });
    run.send("next", 15);
    run.send("next", 25);
    expect(stepAt(run, 25)).toBe("twist-hold-left");
    expect(stepAt(run, 69.999)).toBe("twist-hold-left");
    expect(stepAt(run, 70)).toBe("twist-return-left");
  });

  it("with auto-advance off, says when 30 s are reached and then waits for the person", () => {
    const run = session("supine-spinal-twist", { autoAdvance: false });
    run.send("next", 1);
    run.send("next", 2);
    expect(nextDeadline(run.state)).toEqual({ at: s(32), chimes: ["hold-end"] });
    run.send("tick", 100);
    expect(run.view(100).step.id).toBe("twist-hold-left");
    expect(run.effects).toContainEqual({ type: "chime", kind: "hold-end", at: s(32) });
    expect(nextDeadline(run.state)).toBeNull();
    run.send("next", 100);
    expect(run.effects.filter((e) => e.type === "chime" && e.kind === "hold-end")).toHaveLength(1);
  });
});

describe("thoracic foam roll (P4-P5)", () => {
  const rolling = (autoAdvance = true) => {
    const run = session("thoracic-foam-roll", { autoAdvance });
    for (const t of [15, 30, 45]) run.send("next", t);
    expect(run.view(45).step.id).toBe("roll-release");
    return run;
  };

  it("keeps rolling until the person says they are done", () => {
    const run = rolling();
    expect(nextDeadline(run.state)).toBeNull();
    run.send("tick", 10_000);
    expect(run.view(10_000).step.id).toBe("roll-release");
  });

  it("[R-session.tight-spot-pause] [C-tight-spot-20-30] pauses on a tight spot for the set 20-30 s with a breathing pacer, then rolls on", () => {
    const run = rolling();
    run.send("tight-spot", 50);
    expect(run.view(50)).toMatchObject({
      status: "tight-spot",
      breathing: { phase: "in" },
      targetMs: 30_000,
    });
    expect(run.view(55).breathing).toMatchObject({ phase: "out" });
    run.send("tick", 79.999);
    expect(run.state.status).toBe("tight-spot");
    run.send("tick", 80);
    expect(run.state.status).toBe("running");
    expect(run.effects.filter((e) => e.type === "chime")).toEqual([
      { type: "chime", kind: "hold-start", at: s(50) },
      { type: "chime", kind: "hold-end", at: s(80) },
    ]);
  });

  it("[C-tight-spot-20-30] never releases a tight spot before 20 s", () => {
    const run = rolling(false);
    run.send("tight-spot", 50);
    expect(run.send("release", 69.999).rejected).toBe("tight_spot_too_short");
    expect(run.send("release", 70).state.status).toBe("running");
  });

  it("[C-tight-spot-20-30] never holds a tight spot longer than 30 s, even with auto-advance off", () => {
    const run = rolling(false);
    run.send("tight-spot", 50);
    run.send("tick", 500);
    expect(run.state.status).toBe("running");
    expect(run.effects).toContainEqual({ type: "chime", kind: "hold-end", at: s(80) });
  });

  it("honours a shorter tight-spot setting within 20-30 s", () => {
    const run = session("thoracic-foam-roll", { tightSpotSeconds: 20 });
    for (const t of [15, 30, 45]) run.send("next", t);
    run.send("tight-spot", 50);
    expect(nextDeadline(run.state)).toEqual({ at: s(70), chimes: ["hold-end"] });
  });

  it("offers the tight-spot pause only while rolling", () => {
    const run = session("thoracic-foam-roll");
    expect(run.send("tight-spot", 1).rejected).toBe("not_rolling");
    expect(run.state.status).toBe("running");
  });

  it("ends with a slow come-down once the person is done rolling", () => {
    const run = rolling();
    run.send("next", 100);
    expect(run.view(100).step.id).toBe("roll-finish");
    run.send("tick", 110);
    expect(run.state.outcome).toBe("completed");
  });
});

describe("pause and resume", () => {
  it("stops the clock while paused, so a hold still lasts its full 30 s", () => {
    const run = session("supine-spinal-twist");
    run.send("next", 15);
    run.send("next", 25);
    run.send("pause", 35);
    run.send("tick", 300);
    expect(run.view(300)).toMatchObject({ status: "paused", elapsedMs: 10_000 });
    run.send("resume", 300);
    expect(nextDeadline(run.state)?.at).toBe(s(320));
  });

  it("[C-tight-spot-pause-ends] ends a tight spot when paused, says to ease off the roller, and rolls on after resume", () => {
    const run = session("thoracic-foam-roll");
    for (const t of [15, 30, 45]) run.send("next", t);
    run.send("tight-spot", 50);
    const paused = run.send("pause", 60);
    expect(paused.state).toMatchObject({ status: "paused", tightSpotStartedAt: null, easedOff: true });
    expect(paused.effects).toEqual([
      { type: "chime", kind: "hold-end", at: s(60) },
      { type: "speak", text: "Ease off the roller.", at: s(60) },
      expect.objectContaining({ type: "announce", text: expect.stringMatching(/^Ease off the roller\./) }),
    ]);
    expect(run.view(500)).toMatchObject({ status: "paused", easedOff: true, breathing: null });
    const resumed = run.send("resume", 1000);
    expect(resumed.effects).toContainEqual({ type: "speak", text: "Keep rolling slowly.", at: s(1000) });
    expect(run.view(1000)).toMatchObject({
      status: "running",
      easedOff: false,
      step: { id: "roll-release" },
      clock: { kind: "up", meaning: "rolling" },
      canTightSpot: true,
    });
    expect(nextDeadline(run.state)).toBeNull();
  });

  it("refuses other commands while paused, except stopping", () => {
    const run = session("supine-spinal-twist");
    run.send("pause", 1);
    expect(run.send("next", 2).rejected).toBe("paused");
    expect(run.send("stop-for-pain", 3).state.outcome).toBe("stopped-for-pain");
  });
});

describe("[R-session.stop-for-pain] [C-stop-every-state] stop for sharp pain (P13)", () => {
  const commands: SessionCommand[] = ["next", "tight-spot", "release", "pause", "resume", "tick", "end"];

  it("ends the session at once from every reachable state, on both techniques", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TechniqueId>("thoracic-foam-roll", "supine-spinal-twist"),
        fc.boolean(),
        fc.array(
          fc.tuple(
            fc.constantFrom(...commands.filter((c) => c !== "end")),
            fc.integer({ min: 0, max: 40_000 }),
          ),
          { maxLength: 25 },
        ),
        (technique, autoAdvance, script) => {
          const run = session(technique, { autoAdvance });
          let t = 0;
          for (const [command, gap] of script) {
            t += gap / 1000;
            run.send(command, t);
          }
          const before = run.state.status;
          const stop = run.send("stop-for-pain", t);
          if (before === "ended") {
            expect(stop.rejected).toBe("session_ended");
          } else {
            expect(stop.state).toMatchObject({ status: "ended", outcome: "stopped-for-pain", endedAt: s(t) });
            expect(stop.effects).toContainEqual({ type: "ended", outcome: "stopped-for-pain", at: s(t) });
            expect(nextDeadline(stop.state)).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cannot be undone: nothing restarts a stopped session", () => {
    const run = session("supine-spinal-twist");
    run.send("stop-for-pain", 5);
    for (const command of commands) expect(run.send(command, 6).state.outcome).toBe("stopped-for-pain");
  });
});

describe("[C-tight-spot-pause-ends] [C-tight-spot-20-30] no tight spot beyond 30 s of wall-clock time, whatever happens", () => {
  const anyCommand = fc.constantFrom<SessionCommand>(
    "next",
    "tight-spot",
    "release",
    "pause",
    "resume",
    "tick",
    "stop-for-pain",
    "end",
  );
  // Clock moves from none at all to several minutes (a hidden page), weighted toward the 20-30 s window.
  const gap = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 40_000 }),
    fc.integer({ min: 0, max: 400_000 }),
  );

  it("lasts at most 30 s, and at least 20 s unless the person stops, pauses or ends", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 20, max: 30 }),
        fc.array(fc.tuple(fc.oneof(anyCommand, fc.constant<SessionCommand>("tight-spot")), gap), {
          maxLength: 40,
        }),
        (autoAdvance, tightSpotSeconds, script) => {
          const run = session("thoracic-foam-roll", { autoAdvance, tightSpotSeconds });
          for (const t of [1, 2, 3]) run.send("next", t);
          const spots: { start: number; end: number; byPerson: boolean }[] = [];
          let open: number | null = null;
          let t = 3;
          const step = (command: SessionCommand) => {
            const before = run.state;
            const transition = run.send(command, t);
            const now = s(t);
            if (open !== null && transition.state.tightSpotStartedAt !== open) {
              const ending = transition.effects.find(
                (e) => (e.type === "chime" && e.kind === "hold-end") || e.type === "ended",
              );
              if (!ending || !("at" in ending)) throw new Error("a tight spot ended without a cue");
              const byPerson = ending.at === now && ["pause", "stop-for-pain", "end"].includes(command);
              spots.push({ start: open, end: ending.at, byPerson });
              open = null;
            }
            if (transition.state.tightSpots > before.tightSpots) open = transition.state.tightSpotStartedAt;
            // Nobody lies on a spot while paused.
            if (transition.state.status === "paused") expect(transition.state.tightSpotStartedAt).toBeNull();
          };
          for (const [command, ms] of script) {
            t += ms / 1000;
            step(command);
          }
          t += 1000;
          step("tick");
          expect(open).toBeNull();
          for (const spot of spots) {
            expect(spot.end - spot.start).toBeLessThanOrEqual(30_000);
            if (!spot.byPerson) expect(spot.end - spot.start).toBeGreaterThanOrEqual(20_000);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("[C-tight-spot-20-30] [C-twist-hold-30-both-sides] timing invariants", () => {
  const scripts = fc.array(
    fc.tuple(
      fc.constantFrom<SessionCommand>("next", "tight-spot", "release", "pause", "resume", "tick"),
      fc.integer({ min: 0, max: 35_000 }),
    ),
    { maxLength: 40 },
  );

  it("every hold lasts at least its minimum (twist 30 s, tight spot 20 s), and a tight spot at most 30 s unless paused", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TechniqueId>("thoracic-foam-roll", "supine-spinal-twist"),
        fc.boolean(),
        scripts,
        (technique, autoAdvance, script) => {
          const run = session(technique, { autoAdvance });
          let t = 0;
          for (const [command, gap] of script) {
            t += gap / 1000;
            run.send(command, t);
          }
          const chimes = run.effects.filter((e) => e.type === "chime");
          // A pause on a tight spot ends it early (C-tight-spot-pause-ends); a twist hold's pause does not.
          const easedOff = new Set(
            run.effects.flatMap((e) =>
              e.type === "speak" && e.text === "Ease off the roller." ? [e.at] : [],
            ),
          );
          const [minimum, maximum] =
            technique === "supine-spinal-twist" ? [30_000, Number.POSITIVE_INFINITY] : [20_000, 30_000];
          chimes.forEach((chime, i) => {
            const next = chimes[i + 1];
            if (chime.kind !== "hold-start" || next?.kind !== "hold-end") return;
            if (!easedOff.has(next.at)) expect(next.at - chime.at).toBeGreaterThanOrEqual(minimum);
            if (technique === "thoracic-foam-roll") expect(next.at - chime.at).toBeLessThanOrEqual(maximum);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("refusals are stable codes, one for each reason (the screen says them in words)", () => {
  it("refuses to resume a session that is not paused, and to finish a step during a tight spot", () => {
    const run = session("thoracic-foam-roll");
    expect(run.send("resume", 1).rejected).toBe("not_paused");
    for (const t of [15, 30, 45]) run.send("next", t);
    run.send("tight-spot", 50);
    expect(run.send("next", 51).rejected).toBe("tight_spot_running");
  });

  it("gives every refusal a code from the catalogue, never a sentence", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom<SessionCommand>("next", "tight-spot", "release", "pause", "resume", "end"),
            fc.integer({ min: 0, max: 40_000 }),
          ),
          { maxLength: 20 },
        ),
        (script) => {
          const run = session("thoracic-foam-roll", { autoAdvance: false });
          let t = 0;
          for (const [command, gap] of script) {
            t += gap / 1000;
            const { rejected } = run.send(command, t);
            if (rejected !== undefined) expect(SESSION_REFUSALS).toContain(rejected);
          }
        },
      ),
    );
  });
});
