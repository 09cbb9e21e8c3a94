/**
 * The safety screening, one plain-language question per step with its help text. Every question needs a
 * yes or a no before the next one appears; the decision comes from the core's triage rules.
 */
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { triage } from "@limber/core/screening/triage";
import { useEffect, useRef, useState } from "preact/hooks";
import { navigate } from "../app/router";
import { recordScreening } from "../storage/store";
import "./screening.css";
import {
  advance,
  answer,
  back,
  currentItem,
  type Draft,
  emptyDraft,
  isLast,
  QUESTION_COUNT,
} from "./screening-draft";

export default function ScreeningRoute() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const legend = useRef<HTMLLegendElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const item = currentItem(draft);
  const value = draft.answers[item.linkId];
  const step = draft.index + 1;

  // Focus the new question on every step so a screen reader reads it and the keyboard starts there.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    legend.current?.focus();
  }, [draft.index]);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const choose = (yes: boolean) => {
    setDraft(answer(draft, yes));
    setError(null);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const next = advance(draft);
    if (next.kind === "unanswered") {
      setDraft(next.draft);
      setError("Please answer yes or no to continue. Every question matters for your safety.");
      return;
    }
    setError(null);
    if (next.kind === "next") {
      setDraft(next.draft);
      return;
    }
    const decision = triage(next.answers);
    if (!decision.ok) {
      setError("Some answers are missing. Please go back and answer every question.");
      return;
    }
    setSaving(true);
    try {
      await recordScreening(next.answers, decision.value);
      navigate("/screening/result");
    } catch {
      setSaving(false);
      setError("Your answers could not be saved on this device. Please try again.");
    }
  };

  const helpId = `help-${item.linkId}`;
  const errorId = `error-${item.linkId}`;
  return (
    <section aria-labelledby="screening-title">
      <h1 id="screening-title">Safety screening</h1>
      <p class="muted">
        Before any technique, a few yes/no questions check that self-care is right for you today. This is not
        a diagnosis.
      </p>
      <p>
        <span data-testid="screening-progress">
          Question {step} of {QUESTION_COUNT}
        </span>
        <progress class="screening-progress" max={QUESTION_COUNT} value={step} aria-hidden="true" />
      </p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset
          class="question"
          aria-describedby={error ? `${helpId} ${errorId}` : helpId}
          aria-invalid={error ? true : undefined}
        >
          <legend ref={legend} tabIndex={-1} data-testid="screening-question">
            {item.question}
          </legend>
          <p id={helpId} class="muted">
            {item.help}
          </p>
          <div class="answer-choices">
            <label class="answer-choice">
              <input
                type="radio"
                name={item.linkId}
                checked={value === true}
                onChange={() => choose(true)}
                data-testid="screening-yes"
                required
              />
              Yes
            </label>
            <label class="answer-choice">
              <input
                type="radio"
                name={item.linkId}
                checked={value === false}
                onChange={() => choose(false)}
                data-testid="screening-no"
                required
              />
              No
            </label>
          </div>
          {error && (
            <p
              id={errorId}
              ref={errorRef}
              tabIndex={-1}
              class="field-error"
              role="alert"
              data-testid="screening-error"
            >
              {error}
            </p>
          )}
        </fieldset>
        <div class="actions">
          {draft.index > 0 && (
            <button type="button" onClick={() => setDraft(back(draft))} data-testid="screening-back">
              Back
            </button>
          )}
          <button type="submit" class="primary" disabled={saving} data-testid="screening-next">
            {isLast(draft) ? "See my result" : "Next question"}
          </button>
        </div>
      </form>
      <p class="source">
        Questions from the article's safety guidance ({sourcesLine()}) and NHS / NICE NG59 red flags.
      </p>
    </section>
  );
}

function sourcesLine(): string {
  const paragraphs = new Set(SCREENING_ITEMS.map((i) => i.source).filter((s) => /^P\d+$/.test(s)));
  return [...paragraphs].join(", ");
}
