/**
 * Runs the core's session engine against real time, outside any component. Every command is stamped with
 * the clock's time; one timer is armed for the engine's next deadline (the engine applies a late tick at
 * its deadline, so a throttled or hidden page never stretches a hold) and the chimes for that deadline are
 * planned ahead on the audio clock. When the session ends, `onEnded` (which saves the outcome) runs before
 * anything is spoken: a stop for pain is on record before "Stop now" is said (C-stop-saved-first).
 */

import type { Clock } from "@limber/core/clock";
import type { SessionOutcome } from "@limber/core/journal/events";
import { nextDeadline, sendSessionCommand } from "@limber/core/session/machine";
import type { SessionRefusal } from "@limber/core/session/refusals";
import type { SessionCommand, SessionState, Transition } from "@limber/core/session/session-state";
import type { Instant } from "@limber/core/units";
import { nextBreathingCue } from "../hands-free/breathing-cues";
import type { CueScheduler } from "../hands-free/cue-scheduler";
import { finishedSteps, type StepTime } from "./step-times";

export type SessionRunnerDeps = {
  readonly clock: Clock;
  readonly cues: CueScheduler;
  /** Saves how the session ended; the ending's cues wait for the promise it returns. */
  readonly onEnded: (outcome: SessionOutcome, at: Instant) => Promise<unknown> | undefined;
  /** Each finished step with the time it ran (for the completion screen). */
  readonly onStepsFinished?: (steps: StepTime[]) => void;
};

export type SessionRunner = {
  readonly state: () => SessionState;
  /** Applies a command now; returns why it was refused (a code), if it was. */
  dispatch(command: SessionCommand): SessionRefusal | null;
  /** Plans the next deadline's chimes again (after the chime switch changed). */
  replan(): void;
  /** Leaves the session: a running one ends as abandoned; planned cues are silenced. */
  dispose(): void;
};

// Guards against a timer firing a hair before the clock reaches the deadline.
const TIMER_SLACK_MS = 1;
// A breathing cue this close to the engine's own cue (the pause ending) would talk over it: skip it.
const BREATH_CLEARANCE_MS = 1500;

export function createSessionRunner(
  start: Transition,
  deps: SessionRunnerDeps,
  onChange: (state: SessionState) => void,
): SessionRunner {
  let state = start.state;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let breathTimer: ReturnType<typeof setTimeout> | undefined;

  // P5: during a tight-spot pause, "Breathe in" / "Breathe out" on the pacer's rhythm.
  const armBreathing = () => {
    clearTimeout(breathTimer);
    const startedAt = state.tightSpotStartedAt;
    if (state.status !== "tight-spot" || startedAt === null) return;
    const engineCue = nextDeadline(state)?.at;
    let cue = nextBreathingCue(startedAt, deps.clock.now());
    while (engineCue !== undefined && Math.abs(cue.at - engineCue) < BREATH_CLEARANCE_MS) {
      cue = nextBreathingCue(startedAt, cue.at);
    }
    breathTimer = setTimeout(
      () => {
        deps.cues.deliver([{ type: "speak", text: cue.text, at: cue.at }]);
        armBreathing();
      },
      Math.max(0, cue.at - deps.clock.now()) + TIMER_SLACK_MS,
    );
  };

  const arm = () => {
    clearTimeout(timer);
    const deadline = nextDeadline(state);
    deps.cues.plan(deadline);
    if (!deadline) return;
    timer = setTimeout(() => dispatch("tick"), Math.max(0, deadline.at - deps.clock.now()) + TIMER_SLACK_MS);
  };

  const deliver = (transition: Transition) => {
    const finished = finishedSteps(state, transition.state);
    if (finished.length > 0) deps.onStepsFinished?.(finished);
    state = transition.state;
    const ending = transition.effects.find((effect) => effect.type === "ended");
    // The outcome is saved first; only then is anything said or shown.
    const saving = ending?.type === "ended" ? deps.onEnded(ending.outcome, ending.at) : undefined;
    if (saving) {
      void saving.then(
        () => deps.cues.deliver(transition.effects),
        () => deps.cues.deliver(transition.effects),
      );
    } else {
      deps.cues.deliver(transition.effects);
    }
    onChange(state);
    arm();
    armBreathing();
  };

  function dispatch(command: SessionCommand): SessionRefusal | null {
    if (state.status === "ended") return null;
    const transition = sendSessionCommand(state, command, deps.clock.now());
    deliver(transition);
    return transition.rejected ?? null;
  }

  deliver(start);
  return {
    state: () => state,
    dispatch,
    replan: arm,
    dispose() {
      if (state.status !== "ended") {
        dispatch("end");
        deps.cues.stop();
      }
      // An ended session keeps its last words ("Stop now...") speaking.
      clearTimeout(timer);
      clearTimeout(breathTimer);
    },
  };
}
