/**
 * The quick check-in: stiffness and pain now (0-10, both required) first, then, behind "Anything new?",
 * the screening list and an optional note. Errors are shown beside their field and focus moves to the
 * first one.
 */

import { NOTE_MAX_LENGTH } from "@limber/core/journal/event-kinds";
import type { CheckIn } from "@limber/core/journal/events";
import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { useRef, useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import { type CheckInDraft, type CheckInErrors, EMPTY_CHECK_IN, toCheckIn } from "./check-in-form";
import { ScaleField } from "./ScaleField";
import { SYMPTOM_LABELS } from "./symptom-labels";
// The form's styles come with it, so it looks the same after a session as on the check-in screen.
import "./journal.css";
import "./check-in-form.css";
import { DisclosureChevron } from "../app/DisclosureChevron";

type CheckInFormProps = {
  readonly onSubmit: (event: CheckIn) => Promise<void>;
  /** Whether "Anything new?" starts open (the check-in screen) or closed (after a finished session). */
  readonly symptomsOpen?: boolean;
};

export function CheckInForm({ onSubmit, symptomsOpen = true }: CheckInFormProps) {
  const [draft, setDraft] = useState<CheckInDraft>(EMPTY_CHECK_IN);
  const [errors, setErrors] = useState<CheckInErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // A second tap before the first save finishes must not save a second check-in.
  const submitting = useRef(false);

  const change = (patch: Partial<CheckInDraft>) => setDraft({ ...draft, ...patch });
  const toggle = (linkId: ScreeningLinkId, on: boolean) =>
    change({ symptoms: on ? [...draft.symptoms, linkId] : draft.symptoms.filter((s) => s !== linkId) });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = toCheckIn(draft, crypto.randomUUID(), new Date(wallNow()).toISOString());
    if (!result.ok) {
      setErrors(result.errors);
      // Move focus to the first problem so keyboard and screen reader users land on it.
      queueMicrotask(() =>
        form.current
          ?.querySelector<HTMLElement>("[aria-invalid='true'] input, [aria-invalid='true']")
          ?.focus(),
      );
      return;
    }
    if (submitting.current) return;
    submitting.current = true;
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(result.event);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The check-in could not be saved; try again.");
    } finally {
      submitting.current = false;
      setSaving(false);
    }
  };

  return (
    <form ref={form} class="check-in" onSubmit={submit} noValidate>
      <ScaleField
        name="stiffness"
        legend="How stiff is your back now?"
        hint="0 means no stiffness, 10 the worst stiffness you can imagine."
        value={draft.stiffness}
        error={errors.stiffness}
        onChange={(stiffness) => change({ stiffness })}
      />
      <ScaleField
        name="pain"
        legend="How much pain do you feel now?"
        hint="0 means no pain, 10 the worst pain you can imagine."
        value={draft.pain}
        error={errors.pain}
        onChange={(pain) => change({ pain })}
      />
      <details
        class="anything-new"
        open={symptomsOpen || draft.symptoms.length > 0 || Boolean(errors.note)}
        data-testid="checkin-anything-new"
      >
        <summary>
          Anything new?
          <DisclosureChevron class="anything-new-chevron" />
        </summary>
        <fieldset class="symptoms">
          <legend>Anything new since your screening?</legend>
          <p class="muted">Tick any that apply. If none do, leave them all empty.</p>
          {SCREENING_ITEMS.map((item) => (
            <label key={item.linkId} class="check">
              <input
                type="checkbox"
                name="symptoms"
                value={item.linkId}
                checked={draft.symptoms.includes(item.linkId)}
                data-testid={`checkin-symptom-${item.linkId}`}
                onChange={(e) => toggle(item.linkId, e.currentTarget.checked)}
              />
              <span>{SYMPTOM_LABELS[item.linkId]}</span>
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>Note (optional, kept on this device unless you sign in)</span>
          <textarea
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={draft.note}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? "note-error" : undefined}
            onInput={(e) => change({ note: e.currentTarget.value })}
          />
        </label>
        {errors.note ? (
          <p id="note-error" class="field-error">
            {errors.note}
          </p>
        ) : null}
      </details>
      {failure ? (
        <p class="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button primary" data-testid="checkin-submit" disabled={saving}>
          {saving ? "Saving…" : "Save check-in"}
        </button>
      </div>
    </form>
  );
}
