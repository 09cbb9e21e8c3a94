/**
 * The session runner for a component: created once per session, ticked when the page comes back into view,
 * and re-rendered by time alone only when what the screen shows moves (`shownMoment`: the clock's digits, the
 * progress bar, the breathing pacer), at most ten times a second.
 */
import { currentStep, type SessionCommand, type Transition } from "@limber/core/session/session-state";
import { viewSession } from "@limber/core/session/view";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { refusalWords } from "./refusal-words";
import { createSessionRunner, type SessionRunner, type SessionRunnerDeps } from "./session-runner";
import { shownMoment } from "./shown-moment";

export type SessionEngineDeps = SessionRunnerDeps;

// Fewer renders leave the main thread free for the timers that drive the cues.
const FRAME_MS = 100;

export function useSessionEngine(start: Transition, deps: SessionEngineDeps) {
  const [state, setState] = useState(start.state);
  const [notice, setNotice] = useState<string | null>(null);
  const [, setFrame] = useState(0);
  const runner = useRef<SessionRunner | null>(null);

  // A layout effect runs right after the first render, not after paint: the first cue is spoken within
  // milliseconds of the moment the session's clock started.
  useLayoutEffect(() => {
    const created = createSessionRunner(start, deps, setState);
    runner.current = created;
    // Back from the background: apply whatever fell due at its own time, then re-plan the chimes.
    const onVisible = () => {
      if (document.visibilityState === "visible") created.dispatch("tick");
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      created.dispose();
      runner.current = null;
    };
    // One runner per session: `start` and `deps` are fixed for the component's life.
  }, []);

  const live = state.status === "running" || state.status === "tight-spot";
  // Issue 19: a render that draws the same screen again is a long task a tap ("Stop: sharp pain") can land
  // behind on a slow phone; a step that waits for the person draws nothing while it waits.
  useEffect(() => {
    if (!live) return;
    let last = 0;
    let shown = shownMoment(viewSession(state, deps.clock.now()));
    let frame = requestAnimationFrame(function draw(time) {
      if (time - last >= FRAME_MS) {
        last = time;
        const moment = shownMoment(viewSession(state, deps.clock.now()));
        if (moment !== shown) {
          shown = moment;
          setFrame((n) => n + 1);
        }
      }
      frame = requestAnimationFrame(draw);
    });
    return () => cancelAnimationFrame(frame);
  }, [state, live]);

  const controls = useMemo(
    () => ({
      dispatch: (command: SessionCommand) => {
        const refused = runner.current?.dispatch(command) ?? null;
        if (command === "tick") return;
        // The engine refuses with a code; the screen says it about the step the session is on.
        const rejected =
          refused && runner.current ? refusalWords(refused, currentStep(runner.current.state())) : null;
        setNotice(rejected);
        // Said as well as shown: someone not looking at the screen pressed a control that did nothing.
        if (rejected) announce(rejected);
      },
      replan: () => runner.current?.replan(),
    }),
    [],
  );

  return { state, view: viewSession(state, deps.clock.now()), notice, ...controls };
}
