/**
 * One guided session: check the gate, show the safety reminder, run the session, record how it ended and
 * hand over to the check-in. The hands-free cues and the screen wake lock live exactly as long as the session.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import { type SessionOutcome, TECHNIQUE_IDS, type TechniqueId } from "@limber/core/journal/events";
import { startSession, type Transition } from "@limber/core/session/machine";
import type { Instant } from "@limber/core/units";
import { useEffect, useMemo, useState } from "preact/hooks";
import * as clock from "../app/clock";
import { announce } from "../app/live-region";
import { navigate } from "../app/router";
import { checkInPath, type RouteProps } from "../app/routes";
import { storeReady } from "../app/store-ready";
import { type HandsFree, prepareHandsFree } from "../hands-free/hands-free";
import { gateInput, sessionGate } from "../screening/session-gate";
import { events, recordEvent, screenings, settings } from "../storage/store";
import { GateRefused } from "./GateRefused";
import { GuidedSession } from "./GuidedSession";
import { SafetyReminder } from "./SafetyReminder";
import { SessionEnded } from "./SessionEnded";
import "./session.css";

const isTechniqueId = (value: string | undefined): value is TechniqueId =>
  (TECHNIQUE_IDS as readonly string[]).includes(value ?? "");

type Phase =
  | { kind: "reminder" }
  | { kind: "running"; start: Transition; handsFree: HandsFree }
  | { kind: "ended"; outcome: SessionOutcome; eventId: string | null; saveError: string | null };

export default function SessionRoute({ params }: RouteProps) {
  const techniqueId = params.technique;
  const [phase, setPhase] = useState<Phase>({ kind: "reminder" });

  if (!isTechniqueId(techniqueId)) {
    return (
      <section>
        <h1>Unknown technique</h1>
        <p>
          Limber guides two techniques. <a href="#/techniques">Choose one of them</a>.
        </p>
      </section>
    );
  }
  if (!storeReady.value) {
    return (
      <p class="loading" aria-busy="true">
        Loading your record…
      </p>
    );
  }

  if (phase.kind === "ended") return <SessionEnded {...phase} />;
  if (phase.kind === "running") return <Running phase={phase} techniqueId={techniqueId} onEnded={setPhase} />;

  const gate = sessionGate(screenings.value, events.value, clock.wallNow());
  if (!gate.ok) return <GateRefused reason={gate.reason} message={gate.message} />;
  return (
    <Reminder
      techniqueId={techniqueId}
      onStarted={(start, handsFree) => setPhase({ kind: "running", start, handsFree })}
    />
  );
}

/**
 * The safety reminder and the tap that starts the session. The session's audio is prepared while the
 * reminder shows (creating an audio context takes a few hundred milliseconds, which must not fall between
 * the tap and the first cue) and freed again if no session starts.
 */
function Reminder(props: {
  techniqueId: TechniqueId;
  onStarted: (start: Transition, handsFree: HandsFree) => void;
}) {
  const { techniqueId, onStarted } = props;
  const [startError, setStartError] = useState<string | null>(null);
  const prepared = useMemo(
    () => prepareHandsFree({ switches: () => settings.value, announce, now: clock.now }),
    [],
  );
  useEffect(() => () => prepared.discard(), [prepared]);

  const begin = () => {
    // The session's clock starts in the tap itself.
    const { autoAdvance, tightSpotSeconds, twistHoldSeconds } = settings.value;
    const started = startSession(techniqueId, {
      settings: { autoAdvance, tightSpotSeconds, twistHoldSeconds },
      gate: { ...gateInput(screenings.value, events.value), now: clock.wallNow() },
      now: clock.now(),
    });
    if (!started.ok) {
      setStartError(started.issues.map((issue) => issue.message).join(" "));
      return;
    }
    // Inside the tap, so the browser lets the audio start.
    onStarted(started.value, prepared.start());
  };

  return (
    <>
      <SafetyReminder technique={TECHNIQUES[techniqueId]} onStart={begin} />
      {startError && (
        <p class="field-error" role="alert">
          {startError}
        </p>
      )}
    </>
  );
}

function Running(props: {
  phase: Extract<Phase, { kind: "running" }>;
  techniqueId: TechniqueId;
  onEnded: (phase: Phase) => void;
}) {
  const { phase, techniqueId, onEnded } = props;
  const deps = useMemo(
    () => ({
      clock: { now: clock.now },
      cues: phase.handsFree.cues,
      onEnded: (outcome: SessionOutcome, at: Instant) => {
        phase.handsFree.release();
        void saveSession(techniqueId, outcome, at).then(({ eventId, saveError }) => {
          if (outcome === "completed" && eventId) navigate(checkInPath(eventId), { replace: true });
          else onEnded({ kind: "ended", outcome, eventId, saveError });
        });
      },
    }),
    [phase, techniqueId, onEnded],
  );
  return <GuidedSession start={phase.start} deps={deps} />;
}

async function saveSession(techniqueId: TechniqueId, outcome: SessionOutcome, at: Instant) {
  const eventId = crypto.randomUUID();
  try {
    await recordEvent({
      type: "session",
      id: eventId,
      at: new Date(clock.toWallTime(at)).toISOString(),
      technique: techniqueId,
      outcome,
    });
    return { eventId, saveError: null };
  } catch {
    return {
      eventId: null,
      saveError:
        "This session could not be saved on this device. Your next session still needs a fresh screening if you stopped for pain.",
    };
  }
}
