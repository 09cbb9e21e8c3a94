/**
 * Asked when a "yes" from a screening less than an hour ago is now "no" (C-retraction-confirmed): a
 * person may be tempted to undo the answer that stood between them and a session. The question names each
 * sign in the person's own words, makes keeping the earlier yes the primary answer, asks about each sign on
 * its own (a tick per sign before "it was a mistake" can be chosen), and for an emergency sign shows the
 * call button and says the emergency stands for the rest of the day whatever is answered
 * (C-retraction-safer-first, C-emergency-stands-for-day). Either way both screenings are kept.
 */
import { type ScreeningLinkId, screeningItem } from "@limber/core/screening/questionnaire";
import { useEffect, useRef, useState } from "preact/hooks";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import { CallButton } from "../safety/CallButton";

export type RetractionQuestionProps = {
  readonly retracted: readonly ScreeningLinkId[];
  readonly saving: boolean;
  readonly error: string | null;
  readonly onMistake: () => void;
  readonly onChange: (linkId: ScreeningLinkId) => void;
};

export function RetractionQuestion({
  retracted,
  saving,
  error,
  onMistake,
  onChange,
}: RetractionQuestionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [confirmed, setConfirmed] = useState<ReadonlySet<ScreeningLinkId>>(new Set());
  const first = retracted[0];
  const emergency = retracted.some((linkId) => screeningItem(linkId).severity === "emergency");
  const allConfirmed = retracted.every((linkId) => confirmed.has(linkId));
  const toggle = (linkId: ScreeningLinkId, on: boolean) => {
    const next = new Set(confirmed);
    if (on) next.add(linkId);
    else next.delete(linkId);
    setConfirmed(next);
  };
  return (
    <section
      class="screening retraction"
      aria-labelledby="retraction-title"
      data-testid="retraction-question"
      data-emergency={emergency ? "true" : undefined}
    >
      <h1 id="retraction-title" ref={heading} tabIndex={-1}>
        Did you answer by mistake?
      </h1>
      <p>
        Less than an hour ago you told Limber you have {retracted.length === 1 ? "this sign" : "these signs"}.
        Now you answered no.
      </p>
      {emergency && (
        <div class="call-first" data-testid="retraction-emergency">
          <p>
            <strong>If you have any of these signs, call emergency services now.</strong> Because you reported
            a sign that needs urgent help today, Limber keeps the call button and offers no session until
            tomorrow, whatever you answer here.
          </p>
          <CallButton />
        </div>
      )}
      <ul class="retraction-items">
        {retracted.map((linkId) => (
          <li key={linkId} data-retracted={linkId}>
            <strong data-testid={`retracted-sign-${linkId}`}>{SYMPTOM_LABELS[linkId]}</strong>
            <label class="retraction-confirm">
              <input
                type="checkbox"
                checked={confirmed.has(linkId)}
                disabled={saving}
                onChange={(event) => toggle(linkId, event.currentTarget.checked)}
                data-testid={`retraction-confirm-${linkId}`}
              />{" "}
              I do not have this: my yes was a mistake
            </label>
          </li>
        ))}
      </ul>
      <p>
        If the earlier yes was right, self-care is not advised for you today. Both answers stay on your
        record.
      </p>
      {error && (
        <p class="field-error" role="alert" data-testid="screening-error">
          {error}
        </p>
      )}
      <div class="actions screening-confirm">
        {first && (
          <button
            type="button"
            class="primary"
            disabled={saving}
            onClick={() => onChange(first)}
            data-testid="retraction-change"
          >
            Change my answer back to yes
          </button>
        )}
        <button
          type="button"
          class="quiet"
          disabled={saving || !allConfirmed}
          onClick={onMistake}
          data-testid="retraction-mistake"
        >
          {retracted.length === 1 ? "Record that it was a mistake" : "Record that each was a mistake"}
        </button>
      </div>
      {!allConfirmed && (
        <p class="muted" data-testid="retraction-tick-each">
          To record a mistake, tick each sign you do not have.
        </p>
      )}
    </section>
  );
}
