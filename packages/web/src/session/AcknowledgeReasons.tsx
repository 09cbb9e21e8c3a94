/**
 * C-acknowledgement-required: when only journal trend flags stand between a person and a session, each is
 * shown in plain words with where it came from and its source, and each needs its own recorded "I
 * understand: I will see a physical therapist or physician about this" (P20). Only when every one is
 * recorded does "Continue" lead on, to the safety reminder.
 */
import type { SafetyReason, SafetyState } from "@limber/core/safety/safety-state";
import { useState } from "preact/hooks";
import { localDateTime, originLabel } from "../safety/reason-origin";
import { Cite } from "../sources/Cite";

// The words are part of the record (synced and exported with the acknowledgement), so they live in core.
export { ACKNOWLEDGE_WORDS } from "@limber/core/safety/safety-fact-words";

import { ACKNOWLEDGE_WORDS } from "@limber/core/safety/safety-fact-words";

/** True when acknowledging is the only thing left to do before a session. */
export function onlyAcknowledgementsMissing(state: SafetyState): boolean {
  return (
    !state.sessionAllowed &&
    state.reasons.length > 0 &&
    state.reasons.every((reason) => reason.acknowledgeable)
  );
}

export function AcknowledgeReasons(props: {
  state: SafetyState;
  acknowledge: (code: string) => Promise<unknown>;
  onContinue: () => void;
}) {
  const { state, acknowledge, onContinue } = props;
  const reasons = state.reasons.filter((reason) => reason.acknowledgeable);
  return (
    <section class="acknowledge" aria-labelledby="acknowledge-title" data-testid="acknowledge-reasons">
      <h1 id="acknowledge-title">Before you start: your journal says see a professional</h1>
      <p>
        Limber found {reasons.length === 1 ? "a pattern" : "patterns"} in your journal that a physical
        therapist or physician should look at <Cite source="P20" />. Gentle sessions can go on once you have
        said you understand {reasons.length === 1 ? "it" : "each one"}.
      </p>
      <ul class="acknowledge-list">
        {reasons.map((reason) => (
          <ReasonItem key={reason.code} reason={reason} acknowledge={acknowledge} />
        ))}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={onContinue}
          disabled={!state.sessionAllowed}
          aria-describedby={state.sessionAllowed ? undefined : "acknowledge-wait"}
          data-testid="acknowledge-continue"
        >
          Continue to the safety reminder
        </button>
        <a class="button" href="#/summary">
          Open the visit summary
        </a>
      </div>
      {!state.sessionAllowed && (
        <p id="acknowledge-wait" class="muted">
          Continue opens once each reason above is confirmed.
        </p>
      )}
    </section>
  );
}

function ReasonItem(props: { reason: SafetyReason; acknowledge: (code: string) => Promise<unknown> }) {
  const { reason, acknowledge } = props;
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const id = `acknowledge-${reason.code}`;
  const confirm = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await acknowledge(reason.code);
    } catch {
      setFailure("This could not be saved on this device, so it does not count yet. Try again.");
    } finally {
      setSaving(false);
    }
  };
  return (
    <li class="card acknowledge-item" data-reason={reason.code} data-testid={`acknowledge-${reason.code}`}>
      <p id={id} class="acknowledge-reason">
        <strong>{reason.message}</strong>
      </p>
      <p class="muted">
        From {originLabel(reason.origin)}
        {reason.since ? `, since ${localDateTime(reason.since)}` : ""}. <Cite source={reason.source} />
      </p>
      {reason.acknowledged ? (
        <p class="acknowledge-done" data-testid={`acknowledged-${reason.code}`}>
          <span aria-hidden="true">✓ </span>
          Recorded: you said you will see a physical therapist or physician about this.
        </p>
      ) : (
        <button
          type="button"
          class="acknowledge-button"
          onClick={confirm}
          disabled={saving}
          aria-describedby={id}
          data-testid={`acknowledge-button-${reason.code}`}
        >
          {saving ? "Saving…" : ACKNOWLEDGE_WORDS}
        </button>
      )}
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
