/**
 * The completion moment (issue 8): a calm screen after a finished session with what was done, both sides
 * of the twist, and the time spent in each step; "Done"; and an optional short check-in (stiffness and
 * pain first, anything new behind a disclosure). "How do you feel?" gives way to "Check-in saved".
 */
import type { Technique } from "@limber/core/content/techniques";
import type { CheckIn } from "@limber/core/journal/events";
import { useEffect, useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { CheckInForm } from "../journal/CheckInForm";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import type { HoldReceipt } from "../storage/record-store";
import { recordEvent } from "../storage/store";
import { SaveStatus } from "./SessionEnded";
import { formatSeconds } from "./SessionTimer";
import type { StepTime } from "./step-times";

export function SessionComplete(props: {
  technique: Technique;
  steps: readonly StepTime[];
  receipt: HoldReceipt | null;
  onDone: () => void;
}) {
  const { technique, steps, receipt, onDone } = props;
  const [saved, setSaved] = useState<CheckIn | null>(null);
  useEffect(() => document.getElementById("complete-title")?.focus(), []);
  const sides = technique.steps.filter((step) => step.side && step.timing?.chime);
  const doneSides = sides.filter((step) => steps.some((t) => technique.steps[t.stepIndex]?.id === step.id));
  const submit = async (checkIn: CheckIn) => {
    await recordEvent(checkIn);
    announce("Check-in saved.");
    setSaved(checkIn);
  };
  return (
    <section
      class="session-after session-complete"
      aria-labelledby="complete-title"
      data-testid="session-complete"
    >
      <div class="complete-hero">
        <span class="complete-mark" aria-hidden="true">
          ✓
        </span>
        <h1 id="complete-title" tabIndex={-1}>
          Session complete
        </h1>
        <p class="session-after-lead">Well done. Rest for a moment before you get up, then move slowly.</p>
      </div>
      <div class="card complete-summary">
        <h2>{technique.name}</h2>
        {sides.length > 0 && (
          <p class="complete-sides" data-testid="complete-sides">
            {doneSides.length === sides.length
              ? "Both sides done: left and right."
              : `${doneSides.length} of ${sides.length} sides done.`}
          </p>
        )}
        <ol class="complete-steps" data-testid="complete-steps">
          {technique.steps.map((step, index) => {
            const time = steps.find((t) => t.stepIndex === index);
            return (
              <li key={step.id}>
                <span>{step.title}</span>
                <span class="complete-time">{time ? formatSeconds(time.ms) : "–"}</span>
              </li>
            );
          })}
        </ol>
        <SaveStatus outcome="completed" receipt={receipt} />
      </div>
      {!saved && (
        <div class="actions">
          <button type="button" class="primary" onClick={onDone} data-testid="session-done">
            Done
          </button>
        </div>
      )}
      <p class="complete-plan">
        <a href="#/plan" data-testid="complete-plan-link">
          Plan your next check-ins
        </a>
      </p>
      {saved ? (
        <CheckInSaved checkIn={saved} onDone={onDone} />
      ) : (
        <div class="complete-check-in">
          <h2 id="check-in-title">How do you feel?</h2>
          <p class="muted">Optional: a quick check-in for your journal.</p>
          <CheckInForm onSubmit={submit} symptomsOpen={false} />
        </div>
      )}
    </section>
  );
}

function CheckInSaved({ checkIn, onDone }: { checkIn: CheckIn; onDone: () => void }) {
  const safety = useSafetyState();
  useEffect(() => document.getElementById("check-in-saved")?.focus(), []);
  return (
    <div class="complete-check-in" data-testid="check-in-saved">
      <h2 id="check-in-saved" tabIndex={-1}>
        Check-in saved
      </h2>
      <p class="muted">
        Stiffness {checkIn.stiffness} of 10, pain {checkIn.pain} of 10
        {checkIn.symptoms.length > 0
          ? `, ${checkIn.symptoms.length} new sign${checkIn.symptoms.length > 1 ? "s" : ""}`
          : ""}
        .
      </p>
      {safety.status === "known" && <SafetyNotice state={safety.state} />}
      <div class="actions">
        <button type="button" class="primary" onClick={onDone} data-testid="session-done">
          Done
        </button>
      </div>
    </div>
  );
}
