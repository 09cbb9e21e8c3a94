/**
 * The guided session in session mode: one screen that never scrolls, readable from the floor, with the step
 * title, its one clock, the figure and the stop control always in view together (C-stop-in-view), the step's
 * whole instruction below them (what to feel and the sound switches behind one disclosure), and at most three
 * other controls in a thumb-reach dock. A step the article does not time waits for "I'm in position" (also
 * Space or Enter). "Stop: sharp pain" works in every state and from the Escape key (P13); ending any other way
 * asks why (C-end-asks-why); browser back pauses and asks (C-back-pauses).
 */
import { DURING_SESSION_GUIDANCE } from "@limber/core/content/safety";
import { TIGHT_SPOT_PAUSE } from "@limber/core/content/tight-spot";
import type { SessionCommand, Transition } from "@limber/core/session/session-state";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { DisclosureChevron } from "../app/DisclosureChevron";
import { useSpeechVoice } from "../hands-free/use-speech-voice";
import { Illustration, prepareSceneWhenIdle } from "../illustrations/Illustration";
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

  const voice = useSpeechVoice();
  const waiting = status === "running" && step.waitsForPerson && !step.tightSpot;
  const waitingRef = useRef(false);
  waitingRef.current = waiting && !asking;

  // A layout effect, so Escape stops the session from its first frame on, even before the page paints again.
  // Space or Enter says "I'm in position" when no control has the focus (on a control they press it).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        dispatch("stop-for-pain");
        return;
      }
      const onControl = (event.target as Element | null)?.closest?.(
        "button, a, input, select, textarea, summary",
      );
      if ((event.key === " " || event.key === "Enter") && waitingRef.current && !onControl && !event.repeat) {
        event.preventDefault();
        dispatch("next");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [dispatch]);

  // The next step's picture is worked out while the person is busy with this one, not in the tap that
  // moves on to it.
  const next = view.technique.steps[view.stepIndex + 1];
  useEffect(() => (next ? prepareSceneWhenIdle(next.illustration, next.side) : undefined), [next]);

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

      <div class="session-words" data-testid="session-words">
        {view.easedOff && !asking && (
          <p class="session-paused" data-testid="session-eased-off">
            {TIGHT_SPOT_PAUSE.easeOffCue}{" "}
            <span class="session-paused-more">
              Pausing ended the tight-spot pause; rolling goes on when you resume.
            </span>
          </p>
        )}
        {paused && !view.easedOff && !asking && (
          <p class="session-paused" data-testid="session-paused">
            Paused. The timer is stopped. Resume when you are ready.
          </p>
        )}
        {notice && (
          <p class="session-notice" data-testid="session-notice">
            {notice}
          </p>
        )}
        {/* P5: during a tight-spot pause the breathing pacer and the pause's own words take the step's place. */}
        {tightSpot && view.breathing ? (
          <>
            <BreathingPacer breathing={view.breathing} />
            <p class="session-instruction" data-testid="session-instruction">
              {TIGHT_SPOT_PAUSE.instruction} <Cite source={TIGHT_SPOT_PAUSE.source} />
            </p>
          </>
        ) : (
          <p class="session-instruction" data-testid="session-instruction">
            {step.instruction} <Cite source={step.source} />
          </p>
        )}
        {/* Said where the session starts (it waits there); afterwards inside "More about this step". */}
        {voice === "none" && settings.value.speech && waiting && view.stepIndex === 0 && (
          <p class="session-no-voice" data-testid="session-no-voice">
            {noVoiceLine(chimeOn)}
          </p>
        )}
        <details class="session-more" data-testid="session-more">
          <summary>
            More about this step
            <DisclosureChevron class="session-more-chevron" />
          </summary>
          {step.feel && <p class="session-feel">You should feel: {step.feel}</p>}
          {voice === "none" && settings.value.speech && (
            <p class="session-no-voice">{noVoiceLine(chimeOn)}</p>
          )}
          <ul class="session-guidance">
            {DURING_SESSION_GUIDANCE.slice(1).map((item) => (
              <li key={item.id}>
                {item.text} <Cite source={item.source} />
              </li>
            ))}
          </ul>
          <SoundSwitches testIdPrefix="session-setting-" />
        </details>
      </div>

      <div class="session-stop">
        <p class="session-pain-line" data-testid="session-pain-line">
          {DURING_SESSION_GUIDANCE[0].text} <Cite source={DURING_SESSION_GUIDANCE[0].source} />
        </p>
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

/** Issue 15: said plainly when the device cannot speak, so silence is not mistaken for a fault. */
function noVoiceLine(chime: boolean): string {
  return chime
    ? "This device has no speech voice, so nothing is spoken: follow the words here. A chime marks the start and end of every hold and tight spot."
    : "This device has no speech voice and the chime is off: follow the words here.";
}
