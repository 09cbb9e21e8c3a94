/**
 * After a session that did not complete. A stop for pain (P13) says what to do now, exactly what was saved
 * (C-stop-saved-first) and, in the safety state's own words, that no session follows before the next day
 * and a fresh screening (C-rest-until-next-day). A session ended early offers the check-in.
 */
import type { SessionOutcome } from "@limber/core/journal/events";
import { PERSISTENT_HOURS } from "@limber/core/journal/thresholds";
import { useEffect } from "preact/hooks";
import { checkInPath } from "../app/paths";
import { CallButton } from "../safety/CallButton";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import type { HoldReceipt } from "../storage/record-store";
import { persistence } from "../storage/store";
import { saveReport } from "./save-outcome";

export type EndedProps = {
  readonly outcome: Exclude<SessionOutcome, "completed">;
  readonly eventId: string;
  /** Null while the journal write runs. */
  readonly receipt: HoldReceipt | null;
};

export function SessionEnded(props: EndedProps) {
  // The session's controls are gone: start the keyboard and screen reader at this screen's heading.
  useEffect(() => document.getElementById("ended-title")?.focus(), []);
  return props.outcome === "stopped-for-pain" ? <Stopped {...props} /> : <EndedEarly {...props} />;
}

function Stopped({ eventId, receipt }: EndedProps) {
  return (
    <section class="session-after" aria-labelledby="ended-title" data-testid="session-stopped-for-pain">
      <div class="stop-hero">
        <h1 id="ended-title" tabIndex={-1}>
          You stopped because of pain
        </h1>
        <p class="session-after-lead">
          <strong>That was the right thing to do.</strong> Sharp, shooting or intense pain means stop{" "}
          <Cite source="P13" />.
        </p>
      </div>
      <SaveStatus outcome="stopped-for-pain" receipt={receipt} />
      <h2>What to do now</h2>
      <ul class="session-after-steps">
        <li>Move slowly into a position that feels comfortable, and rest.</li>
        <li>
          <strong>Do not try the technique again today.</strong> Limber offers the next session tomorrow at
          the earliest, after you answer the safety questions again.
        </li>
        <li data-testid="stopped-see-professional">
          If pain or stiffness lasts more than {PERSISTENT_HOURS} hours despite gentle stretching, see a
          physical therapist or physician <Cite source="P20" />. If you stop sessions for pain again, Limber
          will ask you to see one too <Cite source="Limber product rule" />.
        </li>
        <li>
          <EmergencySigns />
        </li>
      </ul>
      {/* The state before this stop is on record would be out of date (less safe): shown once it is. It is
          not even worked out before then, so the frame the stop is tapped in draws only these words. */}
      {receipt !== null && <SafetyAfterStop />}
      <AfterSessionActions eventId={eventId} />
    </section>
  );
}

/** The safety state once the stop is on record (it says no session before tomorrow's fresh screening). */
function SafetyAfterStop() {
  const safety = useSafetyState();
  return safety.status === "known" ? <SafetyNotice state={safety.state} /> : null;
}

function EndedEarly({ eventId, receipt }: EndedProps) {
  return (
    <section class="session-after" aria-labelledby="ended-title" data-testid="session-ended">
      <h1 id="ended-title" tabIndex={-1}>
        Session ended
      </h1>
      <p class="session-after-lead">You ended the session early. Rest for a moment before you get up.</p>
      <SaveStatus outcome="abandoned" receipt={receipt} />
      <div class="session-after-emergency">
        <EmergencySigns />
      </div>
      <AfterSessionActions eventId={eventId} />
    </section>
  );
}

/** The emergency signs in a line, with the call button beside them (C-call-wherever-emergency). */
function EmergencySigns() {
  return (
    <>
      Numbness around your genitals or bottom, new bladder or bowel problems, weakness or numbness in both
      legs <Cite source='NHS "Cauda equina syndrome" page: symptoms needing A&E or 999' />, or chest pain{" "}
      <Cite source='NHS "Back pain" page: when to get urgent help' />: call emergency services now.{" "}
      <a href="#/explain/help">When to get help</a>
      <CallButton />
    </>
  );
}

export function SaveStatus({ outcome, receipt }: { outcome: SessionOutcome; receipt: HoldReceipt | null }) {
  if (receipt === null) {
    return (
      <p class="save-status" data-testid="session-save-status" data-saved="pending" aria-busy="true">
        Saving in your journal on this device…
      </p>
    );
  }
  const report = saveReport(outcome, receipt);
  if (!report) {
    return (
      <p class="save-status" data-testid="session-save-status" data-saved="true">
        {persistence.value === "device"
          ? "Saved in your journal on this device."
          : "Saved for now. This browser does not let Limber keep a journal after it closes; a note of it stays in the browser's storage."}
      </p>
    );
  }
  return (
    <p class="field-error save-status" role="alert" data-testid="session-save-status" data-saved="false">
      {report}
    </p>
  );
}

/** After a stop or an early end: the check-in first, then home. */
function AfterSessionActions({ eventId }: { readonly eventId: string }) {
  return (
    <div class="actions">
      <a class="button primary" href={`#${checkInPath(eventId)}`} data-testid="session-go-check-in">
        Record how you feel
      </a>
      <a class="button" href="#/">
        Home
      </a>
    </div>
  );
}
