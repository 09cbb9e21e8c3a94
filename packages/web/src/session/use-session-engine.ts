/**
 * Runs the core's session engine in the page. Every command is stamped with the clock's time; a timer is
 * armed for the engine's next deadline (the engine applies a late tick at its deadline, so a throttled or
 * hidden page never stretches a hold); the display re-reads the clock each animation frame.
 */
import type { SessionOutcome } from "@limber/core/journal/events";
import {
  nextDeadline,
  type SessionCommand,
  type SessionState,
  sendSessionCommand,
  type Transition,
  viewSession,
} from "@limber/core/session/machine";
import type { Clock, Instant } from "@limber/core/units";
import { useEffect, useRef, useState } from "preact/hooks";
import type { CueScheduler } from "../hands-free/cue-scheduler";

export type SessionEngineDeps = {
  readonly clock: Clock;
  readonly cues: CueScheduler;
  readonly onEnded: (outcome: SessionOutcome, at: Instant) => void;
};

// Guards against a timer firing a hair before the clock reaches the deadline.
const TIMER_SLACK_MS = 1;
// The display needs no more than ten frames a second (timer digits, breathing pacer); fewer renders leave
// the main thread free for the timers that drive the cues.
const FRAME_MS = 100;

export function useSessionEngine(start: Transition, deps: SessionEngineDeps) {
  const stateRef = useRef<SessionState>(start.state);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const [state, setState] = useState<SessionState>(start.state);
  const [notice, setNotice] = useState<string | null>(null);
  const [, setFrame] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const arm = () => {
    clearTimeout(timer.current);
    const deadline = nextDeadline(stateRef.current);
    depsRef.current.cues.plan(deadline);
    if (!deadline) return;
    const wait = Math.max(0, deadline.at - depsRef.current.clock.now()) + TIMER_SLACK_MS;
    timer.current = setTimeout(() => dispatch("tick"), wait);
  };

  const deliver = (transition: Transition) => {
    stateRef.current = transition.state;
    setState(transition.state);
    depsRef.current.cues.deliver(transition.effects);
    for (const effect of transition.effects) {
      if (effect.type === "ended") depsRef.current.onEnded(effect.outcome, effect.at);
    }
    arm();
  };

  function dispatch(command: SessionCommand) {
    if (stateRef.current.status === "ended") return;
    const transition = sendSessionCommand(stateRef.current, command, depsRef.current.clock.now());
    if (command !== "tick") setNotice(transition.rejected ?? null);
    deliver(transition);
  }

  useEffect(() => {
    deliver(start);
    // Back from the background: apply whatever fell due at its own time, then re-plan the chimes.
    const onVisible = () => {
      if (document.visibilityState === "visible") dispatch("tick");
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      // Leaving the screen mid-session ends it (recorded as abandoned) and silences what was planned; an
      // ended session keeps its last words ("Stop now...") speaking.
      if (stateRef.current.status !== "ended") {
        dispatch("end");
        depsRef.current.cues.stop();
      }
      clearTimeout(timer.current);
    };
    // Runs once per session: `start` is fixed for the component's life.
  }, []);

  const live = state.status === "running" || state.status === "tight-spot";
  useEffect(() => {
    if (!live) return;
    let last = 0;
    let frame = requestAnimationFrame(function draw(time) {
      if (time - last >= FRAME_MS) {
        last = time;
        setFrame((n) => n + 1);
      }
      frame = requestAnimationFrame(draw);
    });
    return () => cancelAnimationFrame(frame);
  }, [live]);

  return { state, view: viewSession(state, deps.clock.now()), dispatch, notice };
}
