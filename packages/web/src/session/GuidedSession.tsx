/**
 * The guided session: illustration, instruction, a large timer, progress, the tight-spot pacer, and the
 * controls. "Stop: sharp pain" is on screen in every state and bound to Escape (P13).
 */
import { DURING_SESSION_GUIDANCE } from "@limber/core/content/safety";
import type { Transition } from "@limber/core/session/machine";
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { Illustration } from "../illustrations/Illustration";
import { settings } from "../storage/store";
import { BreathingPacer } from "./BreathingPacer";
import { SessionTimer } from "./SessionTimer";
import { SoundSwitches } from "./SoundSwitches";
import { type SessionEngineDeps, useSessionEngine } from "./use-session-engine";

export function GuidedSession({ start, deps }: { start: Transition; deps: SessionEngineDeps }) {
  const { view, dispatch, replan, notice } = useSessionEngine(start, deps);
  const chimeOn = settings.value.chime;
  const { step, status } = view;
  const heading = useRef<HTMLHeadingElement>(null);

  // A layout effect, so Escape stops the session from its first frame on, even before the page paints again.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        dispatch("stop-for-pain");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [dispatch]);

  // Switching the chime off (or on) mid-hold takes effect for the chime already planned, too.
  useEffect(() => replan(), [chimeOn, replan]);

  // A new step replaces its controls; if focus was on one that vanished, start the keyboard at the step.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [view.stepIndex, status]);

  const paused = status === "paused";
  const tightSpot = status === "tight-spot";
  const isLast = view.stepIndex === view.stepCount - 1;
  const nextLabel = step.kind === "rolling" ? "Done rolling" : isLast ? "Finish" : "Next step";

  return (
    <section
      class="session"
      aria-labelledby="session-step-title"
      data-testid="guided-session"
      data-status={status}
    >
      <p class="session-technique">
        {view.technique.name}
        {step.side && (
          <span class="session-side" data-testid="session-side">
            {" · "}
            {step.side === "left" ? "Left side" : "Right side"}
          </span>
        )}
      </p>
      <h1 id="session-step-title" ref={heading} tabIndex={-1} data-testid="session-step-title">
        <span class="session-step-count">
          Step {view.stepIndex + 1} of {view.stepCount}:
        </span>{" "}
        {step.title}
      </h1>
      <label class="session-progress">
        <span class="visually-hidden">Session progress</span>
        <progress max={1} value={view.progress} data-testid="session-progress" />
      </label>

      {/* Timer first: on a phone on the floor it is what the eye looks for. */}
      <div class="session-stage">
        <SessionTimer view={view} />
        {tightSpot && view.breathing ? <BreathingPacer breathing={view.breathing} /> : null}
        <Illustration scene={step.illustration} active={status === "running"} />
      </div>

      <p class="session-instruction" data-testid="session-instruction">
        {step.instruction} <span class="source">({step.source})</span>
      </p>
      {step.feel && <p class="muted">You should feel: {step.feel}</p>}
      {paused && (
        <p class="session-paused" data-testid="session-paused">
          Paused. The timer is stopped. Resume when you are ready.
        </p>
      )}
      {notice && (
        <p class="session-notice" data-testid="session-notice">
          {notice}
        </p>
      )}

      <div class="actions session-controls">
        {view.canTightSpot && (
          <button
            type="button"
            class="primary"
            onClick={() => dispatch("tight-spot")}
            data-testid="session-tight-spot"
          >
            Tight spot: pause here
          </button>
        )}
        {tightSpot && (
          <button
            type="button"
            class="primary"
            onClick={() => dispatch("release")}
            disabled={!view.canRelease}
            data-testid="session-release"
          >
            {view.canRelease ? "Release" : `Release in ${Math.ceil(view.minRemainingMs / 1000)} s`}
          </button>
        )}
        {!tightSpot && (
          <button
            type="button"
            class={view.canAdvance ? "primary" : ""}
            onClick={() => dispatch("next")}
            disabled={paused}
            aria-describedby={view.canAdvance ? undefined : "session-min-remaining"}
            data-testid="session-next"
          >
            {nextLabel}
          </button>
        )}
        {paused ? (
          <button type="button" onClick={() => dispatch("resume")} data-testid="session-resume">
            Resume
          </button>
        ) : (
          <button type="button" onClick={() => dispatch("pause")} data-testid="session-pause">
            Pause
          </button>
        )}
        <button type="button" onClick={() => dispatch("end")} data-testid="session-end">
          End session
        </button>
      </div>
      {!view.canAdvance && !tightSpot && view.minRemainingMs > 0 && (
        <p id="session-min-remaining" class="muted">
          You can move on in {Math.ceil(view.minRemainingMs / 1000)} seconds.
        </p>
      )}

      <div class="session-stop">
        <button
          type="button"
          class="danger stop-button"
          onClick={() => dispatch("stop-for-pain")}
          aria-keyshortcuts="Escape"
          data-testid="session-stop-pain"
        >
          Stop: sharp pain
        </button>
      </div>
      <ul class="session-guidance">
        {DURING_SESSION_GUIDANCE.map((item) => (
          <li key={item.id}>
            {item.text} <span class="source">({item.source})</span>
          </li>
        ))}
      </ul>

      <details class="card">
        <summary>Sound and voice</summary>
        <SoundSwitches testIdPrefix="session-setting-" />
      </details>
    </section>
  );
}
