/**
 * What the session screen shows at a moment: the step, one clock with one meaning, and which controls can act
 * now (and why not). Pure, read from the engine's state (`session-state.ts`) and the caller's clock.
 */
import type { Step, Technique } from "../content/techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import type { SessionOutcome } from "../journal/events";
import { type Instant, SECOND_MS } from "../units";
import { currentStep, type SessionState, type SessionStatus, techniqueOf } from "./session-state";
import { targetMs, tightSpotTargetMs } from "./step-targets";
import { NOT_YET } from "./words";

/**
 * The one clock of the current state. Counting down: to the end of a timed step ("step-left"), to the end of a
 * tight spot ("until-release"), or to a hold's minimum when the person moves on themselves ("until-minimum").
 * Counting up: rolling ("rolling"), a hold past its minimum ("held"), another step past it ("so-far").
 * "none": a step that waits for the person has no clock.
 */
export type SessionClock =
  | { readonly kind: "none" }
  | {
      readonly kind: "down";
      readonly meaning: "step-left" | "until-release" | "until-minimum";
      readonly ms: number;
    }
  | { readonly kind: "up"; readonly meaning: "rolling" | "held" | "so-far"; readonly ms: number };

export type SessionView = {
  readonly technique: Technique;
  readonly step: Step;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly status: SessionStatus;
  readonly clock: SessionClock;
  /** Time in the current step, or in the tight-spot pause while one runs. */
  readonly elapsedMs: number;
  /** The step's (or pause's) target duration, or null when the person ends it. */
  readonly targetMs: number | null;
  readonly remainingMs: number | null;
  /** Time left before the person may move on (0 when they may). */
  readonly minRemainingMs: number;
  readonly canAdvance: boolean;
  /** Why "next" cannot act now (null when it can). */
  readonly advanceBlocked: string | null;
  readonly canTightSpot: boolean;
  readonly canRelease: boolean;
  /** Why "release" cannot act now (null when it can, or outside a tight spot). */
  readonly releaseBlocked: string | null;
  /** Paused by a pause that ended a tight spot: the screen says to ease off the roller. */
  readonly easedOff: boolean;
  /** 0..1 through the whole session. */
  readonly progress: number;
  readonly breathing: { readonly phase: "in" | "out"; readonly fraction: number } | null;
  readonly outcome: SessionOutcome | null;
};

/** What the screen shows at `now` (call `sendSessionCommand(state, "tick", now)` first to apply due transitions). */
export function viewSession(state: SessionState, now: Instant): SessionView {
  const technique = techniqueOf(state);
  const step = currentStep(state);
  const time = state.endedAt ?? state.pausedAt ?? now;
  const pausing = state.tightSpotStartedAt !== null;
  const elapsedMs = Math.max(
    0,
    time - (pausing ? (state.tightSpotStartedAt as number) : state.stepStartedAt),
  );
  const target = pausing ? tightSpotTargetMs(state.settings) : targetMs(step, state.settings);
  const minimumMs = (pausing ? TIGHT_SPOT_PAUSE.minSeconds : (step.timing?.minSeconds ?? 0)) * SECOND_MS;
  const minRemainingMs = Math.max(0, minimumMs - elapsedMs);
  const live = state.status === "running" || state.status === "tight-spot";
  const stepFraction = target ? Math.min(1, elapsedMs / target) : 0;
  const canAdvance = state.status === "running" && minRemainingMs === 0;
  const canRelease = state.status === "tight-spot" && minRemainingMs === 0;
  return {
    technique,
    step,
    stepIndex: state.stepIndex,
    stepCount: technique.steps.length,
    status: state.status,
    clock: clockOf(state, step, { pausing, elapsedMs, target, minRemainingMs }),
    elapsedMs,
    targetMs: target,
    remainingMs: target === null ? null : Math.max(0, target - elapsedMs),
    minRemainingMs,
    canAdvance,
    advanceBlocked:
      canAdvance || state.status === "ended" || pausing
        ? null
        : state.status === "paused"
          ? NOT_YET.paused
          : NOT_YET.next(step),
    canTightSpot: state.status === "running" && step.tightSpot === true,
    canRelease,
    releaseBlocked: state.status === "tight-spot" && !canRelease ? NOT_YET.release : null,
    easedOff: state.status === "paused" && state.easedOff,
    progress:
      state.status === "ended" && state.outcome === "completed"
        ? 1
        : (state.stepIndex + (pausing ? 0 : stepFraction)) / technique.steps.length,
    breathing: pausing && live ? breathingAt(elapsedMs) : null,
    outcome: state.outcome,
  };
}

function clockOf(
  state: SessionState,
  step: Step,
  at: { pausing: boolean; elapsedMs: number; target: number | null; minRemainingMs: number },
): SessionClock {
  if (at.pausing)
    return { kind: "down", meaning: "until-release", ms: Math.max(0, (at.target ?? 0) - at.elapsedMs) };
  if (step.tightSpot) return { kind: "up", meaning: "rolling", ms: at.elapsedMs };
  if (at.target === null) return { kind: "none" };
  // Moving on by itself: one countdown to the step's end (never below its minimum).
  if (state.settings.autoAdvance)
    return { kind: "down", meaning: "step-left", ms: Math.max(0, at.target - at.elapsedMs) };
  // Moving on when the person says: a countdown to the minimum, then the time spent so far.
  if (at.minRemainingMs > 0) return { kind: "down", meaning: "until-minimum", ms: at.minRemainingMs };
  return { kind: "up", meaning: step.kind === "hold" ? "held" : "so-far", ms: at.elapsedMs };
}

/** P5: slow, deep breaths, paced in then out. */
function breathingAt(elapsedMs: number): { phase: "in" | "out"; fraction: number } {
  const inhale = BREATHING_PACER.inhaleSeconds * SECOND_MS;
  const cycle = inhale + BREATHING_PACER.exhaleSeconds * SECOND_MS;
  const t = elapsedMs % cycle;
  return t < inhale
    ? { phase: "in", fraction: t / inhale }
    : { phase: "out", fraction: (t - inhale) / (cycle - inhale) };
}
