/**
 * The guided session in session mode: one screen with the step title, a large timer, the illustration and
 * the stop control always in view together (C-stop-in-view), the step's words below them, and the other
 * controls in a thumb-reach dock. "Stop: sharp pain" works in every state and from the Escape key (P13);
 * ending any other way asks why (C-end-asks-why); browser back pauses and asks (C-back-pauses).
 */
import { DURING_SESSION_GUIDANCE } from "@limber/core/content/safety";
import type { SessionCommand, Transition } from "@limber/core/session/machine";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { DisclosureChevron } from "../app/DisclosureChevron";
import { Illustration } from "../illustrations/Illustration";
import { Cite } from "../sources/Cite";
import { settings } from "../storage/store";
import { BreathingPacer } from "./BreathingPacer";
import { EndQuestion, type EndQuestionKind } from "./EndQuestion";
import { SessionDock } from "./SessionDock";
import { SessionTimer } from "./SessionTimer";
import { SoundSwitches } from "./SoundSwitches";
import { useBackGuard } from "./use-back-guard";
import { type SessionEngineDeps, useSessionEngine } from "./use-session-engine";

export function GuidedSession({ start, deps }: { start: Transition; deps: SessionEngineDeps }) {
  const { view, dispatch, replan, notice } = useSessionEngine(start, deps);
  const chimeOn = settings.value.chime;
  const { step, status } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  const [asking, setAsking] = useState<{ kind: EndQuestionKind; resume: boolean } | null>(null);

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

  // A new step brings its title and timer into view; if focus was on a control that vanished, start the
  // keyboard at the step.
  useEffect(() => {
    globalThis.scrollTo?.(0, 0);
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [view.stepIndex, status]);

  const ended = status === "ended";
  /** Pauses (if running) and asks why the person is leaving. */
  const ask = (kind: EndQuestionKind) => {
    if (asking) return;
    const live = status === "running" || status === "tight-spot";
    if (live) dispatch("pause");
    setAsking({ kind, resume: live });
  };
  useBackGuard(!ended, () => ask("back"));
  // A link (a citation) would leave the session without a word: it asks first, like back does.
  const onClickCapture = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (!link || ended) return;
    event.preventDefault();
    ask("back");
  };
  const answer = (command: Extract<SessionCommand, "stop-for-pain" | "end"> | null) => {
    const resume = asking?.resume ?? false;
    setAsking(null);
    if (command) dispatch(command);
    else if (resume) dispatch("resume");
  };

  const paused = status === "paused";
  const tightSpot = status === "tight-spot";
  const sideLabel = step.side === "left" ? "Left side" : step.side === "right" ? "Right side" : null;

  return (
    <section
      class="session"
      aria-labelledby="session-step-title"
      data-testid="guided-session"
      data-status={status}
      onClickCapture={onClickCapture}
    >
      <header class="session-bar">
        <p class="session-technique">
          {view.technique.name}
          {sideLabel && (
            <span class="session-side" data-testid="session-side">
              {" · "}
              {sideLabel}
            </span>
          )}
        </p>
        <label class="session-progress">
          <span class="visually-hidden">Session progress</span>
          <progress max={1} value={view.progress} data-testid="session-progress" />
        </label>
      </header>

      <h1 id="session-step-title" ref={heading} tabIndex={-1} data-testid="session-step-title">
        <span class="session-step-count">
          Step {view.stepIndex + 1} of {view.stepCount}:
        </span>{" "}
        {step.title}
      </h1>

      {/* One column beside the words on wide and landscape screens; separate rows on a phone held upright. */}
      <div class="session-visual">
        <div class="session-time">
          <SessionTimer view={view} />
        </div>
        <div class="session-figure">
          <Illustration scene={step.illustration} active={status === "running"} side={step.side} />
        </div>
      </div>

      {/* P5: during a tight-spot pause the breathing pacer takes the words' place. */}
      {tightSpot && view.breathing ? (
        <div class="session-words session-breathing">
          <BreathingPacer breathing={view.breathing} />
          {notice && (
            <p class="session-notice" data-testid="session-notice">
              {notice}
            </p>
          )}
        </div>
      ) : (
        <div class="session-words" data-testid="session-words">
          {paused && !asking && (
            <p class="session-paused" data-testid="session-paused">
              Paused. The timer is stopped. Resume when you are ready.
            </p>
          )}
          {notice && (
            <p class="session-notice" data-testid="session-notice">
              {notice}
            </p>
          )}
          {!view.canAdvance && !tightSpot && !paused && view.minRemainingMs > 0 && (
            <p id="session-min-remaining" class="session-min">
              You can move on in {Math.ceil(view.minRemainingMs / 1000)} seconds.
            </p>
          )}
          <p class="session-instruction" data-testid="session-instruction">
            {step.instruction} <Cite source={step.source} />
          </p>
          {step.feel && <p class="session-feel">You should feel: {step.feel}</p>}
          <ul class="session-guidance">
            {DURING_SESSION_GUIDANCE.map((item) => (
              <li key={item.id}>
                {item.text} <Cite source={item.source} />
              </li>
            ))}
          </ul>
          <details class="session-sound">
            <summary>
              Sound and voice
              <DisclosureChevron class="session-sound-chevron" />
            </summary>
            <SoundSwitches testIdPrefix="session-setting-" />
          </details>
        </div>
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

      {asking ? (
        <EndQuestion
          kind={asking.kind}
          onPain={() => answer("stop-for-pain")}
          onDone={() => answer("end")}
          onStay={() => answer(null)}
        />
      ) : (
        <SessionDock view={view} onCommand={dispatch} onEnd={() => ask("end")} />
      )}
    </section>
  );
}
