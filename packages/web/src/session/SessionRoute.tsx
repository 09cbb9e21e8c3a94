/**
 * One guided session: the safety state decides whether it may start (a refusal shows the safety notice;
 * journal flags alone ask for an acknowledgement of each), then the P13 reminder, then the session in
 * session mode, then how it ended: the completion moment, or the stop, saved before anything else.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import { type SessionOutcome, TECHNIQUE_IDS, type TechniqueId } from "@limber/core/journal/event-kinds";
import type { Transition } from "@limber/core/session/session-state";
import type { Instant } from "@limber/core/units";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import * as clock from "../app/clock";
import type { RouteProps } from "../app/paths";
import { navigate } from "../app/router";
import { storeReady } from "../app/store-ready";
import type { HandsFree } from "../hands-free/hands-free";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import type { HoldReceipt } from "../storage/record-store";
import { acknowledge, recordEventOrHold } from "../storage/store";
import { AcknowledgeReasons, onlyAcknowledgementsMissing } from "./AcknowledgeReasons";
import { GuidedSession } from "./GuidedSession";
import { Reminder } from "./Reminder";
import { SessionComplete } from "./SessionComplete";
import { SessionEnded } from "./SessionEnded";
import { saveOutcome } from "./save-outcome";
import { sessionMode } from "./session-mode";
import type { StepTime } from "./step-times";
import "./session.css";

const isTechniqueId = (value: string | undefined): value is TechniqueId =>
  (TECHNIQUE_IDS as readonly string[]).includes(value ?? "");

type Phase =
  | { kind: "before" }
  | { kind: "running"; start: Transition; handsFree: HandsFree }
  | {
      kind: "ended";
      outcome: SessionOutcome;
      eventId: string;
      /** Null while the journal write runs (the stop is already held in the browser's storage by then). */
      receipt: HoldReceipt | null;
      steps: StepTime[];
    };

export default function SessionRoute({ params }: RouteProps) {
  const techniqueId = params.technique;
  const [phase, setPhase] = useState<Phase>({ kind: "before" });
  // Session mode lasts exactly as long as the session runs (and ends if the route is left).
  const running = phase.kind === "running";
  useEffect(() => {
    sessionMode.value = running;
    return () => {
      sessionMode.value = false;
    };
  }, [running]);

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
  if (phase.kind === "running") {
    return <Running phase={phase} techniqueId={techniqueId} onEnded={setPhase} />;
  }
  if (phase.kind === "ended") {
    if (phase.outcome === "completed") {
      return (
        <SessionComplete
          technique={TECHNIQUES[techniqueId]}
          steps={phase.steps}
          receipt={phase.receipt}
          onDone={() => navigate("/")}
        />
      );
    }
    return <SessionEnded outcome={phase.outcome} eventId={phase.eventId} receipt={phase.receipt} />;
  }
  return (
    <Gate
      techniqueId={techniqueId}
      onStarted={(start, handsFree) => setPhase({ kind: "running", start, handsFree })}
    />
  );
}

/** Before a session: the safety state's answer, any acknowledgement it needs, then the reminder. */
function Gate(props: {
  techniqueId: TechniqueId;
  onStarted: (start: Transition, handsFree: HandsFree) => void;
}) {
  const safety = useSafetyState();
  // Set while the person works through the acknowledgements, so the last one does not jump straight on.
  const [acknowledging, setAcknowledging] = useState(false);
  const needsAcknowledgement = safety.status === "known" && onlyAcknowledgementsMissing(safety.state);
  useEffect(() => {
    if (needsAcknowledgement) setAcknowledging(true);
  }, [needsAcknowledgement]);

  if (!storeReady.value || safety.status === "loading") {
    return (
      <p class="loading" aria-busy="true">
        Loading your record…
      </p>
    );
  }
  if (safety.status === "unavailable") {
    return (
      <section aria-labelledby="gate-title" data-testid="session-gate-refused">
        <h1 id="gate-title">No session right now</h1>
        <p>
          Limber could not check your safety record on this device, so it offers no session. Reload the page
          to try again.
        </p>
      </section>
    );
  }
  const { state } = safety;
  if (needsAcknowledgement || (acknowledging && state.sessionAllowed)) {
    return (
      <AcknowledgeReasons
        state={state}
        acknowledge={acknowledge}
        onContinue={() => setAcknowledging(false)}
      />
    );
  }
  if (!state.sessionAllowed) {
    return (
      <div data-testid="session-gate-refused" data-level={state.level}>
        <SafetyNotice state={state} heading="h1" />
      </div>
    );
  }
  return <Reminder techniqueId={props.techniqueId} safety={state} onStarted={props.onStarted} />;
}

function Running(props: {
  phase: Extract<Phase, { kind: "running" }>;
  techniqueId: TechniqueId;
  onEnded: (phase: Phase) => void;
}) {
  const { phase, techniqueId, onEnded } = props;
  const steps = useRef<StepTime[]>([]);
  const deps = useMemo(
    () => ({
      clock: clock.browserClock,
      cues: phase.handsFree.cues,
      onStepsFinished: (finished: StepTime[]) => {
        steps.current = [...steps.current, ...finished];
      },
      // Saved before anything else: the runner speaks the ending only once this settles. The screen
      // changes at once: by then the stop is held in the browser's storage (recordEventOrHold holds it
      // before its first await), and the screen says what became of the journal write when it settles.
      onEnded: (outcome: SessionOutcome, at: Instant) => {
        const eventId = crypto.randomUUID();
        const saving = saveOutcome(recordEventOrHold, {
          technique: techniqueId,
          outcome,
          at: new Date(clock.toWallTime(at)).toISOString(),
          id: eventId,
        });
        const ended = { kind: "ended", outcome, eventId, steps: steps.current } as const;
        onEnded({ ...ended, receipt: null });
        void saving.then(({ receipt }) => {
          phase.handsFree.release();
          onEnded({ ...ended, steps: steps.current, receipt });
        });
        return saving;
      },
    }),
    [phase, techniqueId, onEnded],
  );
  return <GuidedSession start={phase.start} deps={deps} />;
}
