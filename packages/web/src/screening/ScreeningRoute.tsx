/**
 * The safety screening: one plain-language question per screen and one tap per answer. Large Yes and No
 * buttons answer and move on; the first emergency "yes" ends the screening and shows the emergency at once
 * (C-screening-stops-at-emergency). Each question has its own address, so the browser's back button walks
 * back through them with the answers kept. Changing an earlier "yes" to "no" within the hour asks first
 * (C-retraction-confirmed).
 */

import { findRetractedAnswers } from "@limber/core/safety/retracted-answers";
import {
  SCREENING_ITEMS,
  SCREENING_LINK_IDS,
  type ScreeningLinkId,
} from "@limber/core/screening/questionnaire";
import { type Answers, triage } from "@limber/core/screening/triage";
import { useEffect, useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import type { RouteProps } from "../app/paths";
import { location, navigate } from "../app/router";
import { recordScreening, recordStoppedScreening, type ScreeningRecord, screenings } from "../storage/store";
import { RetractionQuestion } from "./RetractionQuestion";
import "./screening.css";
import { answerQuestion, firstUnanswered, itemAt, QUESTION_COUNT, questionIndex } from "./screening-draft";
import { clearDraft, draftAnswers } from "./screening-draft-store";
import { goToPreviousQuestion, goToQuestion } from "./screening-navigation";
import { stoppedDecision } from "./stopped-decision";

/**
 * The latest screening's "yes" answers for the retraction check. A question never asked (the screening
 * stopped at an emergency) was not a "yes", so it cannot have been taken back.
 */
function earlierYes(latest: ScreeningRecord | undefined): { answers: Answers; at: string } | null {
  if (!latest) return null;
  const yes = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, latest.answers[id] === true]));
  return { answers: yes as Answers, at: latest.at };
}

type Pending = { readonly answers: Answers; readonly retracted: readonly ScreeningLinkId[] };

export default function ScreeningRoute({ query }: Pick<RouteProps, "query">) {
  const q = query.get("q");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const answers = draftAnswers.value;
  const index = questionIndex(q, answers);

  // "#/screening" starts a new screening; "?q=" beyond the first unanswered question goes back to it.
  useEffect(() => {
    if (q === null) clearDraft();
    if (q !== String(index + 1)) goToQuestion(index + 1, { replace: true });
  }, [q, index]);

  const save = async (write: () => Promise<unknown>) => {
    setSaving(true);
    setError(null);
    try {
      await write();
      clearDraft();
      // Only someone still at the questions is taken to the result; a person who has gone elsewhere while it
      // saved stays there (every screen shows the safety state the saved answers set).
      if (location.value.path === "/screening") navigate("/screening/result");
    } catch {
      setError("Your answers could not be saved on this device. Please try again.");
    } finally {
      setSaving(false);
    }
  };

  const saveComplete = (complete: Answers, retracted: readonly ScreeningLinkId[]) => {
    const decision = triage(complete);
    if (!decision.ok) {
      setError("Some answers are missing. Please go back and answer every question.");
      return;
    }
    void save(() => recordScreening(complete, decision.value, retracted));
  };

  const choose = (value: boolean) => {
    if (saving) return;
    const { answers: next, step } = answerQuestion(answers, index, value);
    draftAnswers.value = next;
    setError(null);
    if (step.kind === "next") {
      goToQuestion(step.index + 1, { from: index + 1 });
    } else if (step.kind === "emergency") {
      void save(() =>
        recordStoppedScreening(step.answers, step.stoppedAt, stoppedDecision(step.answers, step.stoppedAt)),
      );
    } else {
      finish(step.answers);
    }
  };

  const finish = (complete: Answers) => {
    const retracted = findRetractedAnswers(earlierYes(screenings.value[0]), complete, wallNow());
    if (retracted.length > 0) setPending({ answers: complete, retracted });
    else saveComplete(complete, []);
  };

  if (pending) {
    return (
      <RetractionQuestion
        retracted={pending.retracted}
        saving={saving}
        error={error}
        onMistake={() => saveComplete(pending.answers, pending.retracted)}
        onChange={(linkId) => {
          setPending(null);
          goToQuestion(SCREENING_ITEMS.findIndex((item) => item.linkId === linkId) + 1);
        }}
      />
    );
  }

  const item = itemAt(index);
  const chosen = answers[item.linkId];
  const step = index + 1;
  const allAnswered = firstUnanswered(answers) === QUESTION_COUNT;
  return (
    <section class="screening" aria-labelledby="screening-title">
      <header class="screening-header">
        <h1 id="screening-title" class="screening-eyebrow">
          Safety check
        </h1>
        <p class="screening-count" data-testid="screening-progress">
          Question {step} of {QUESTION_COUNT}
        </p>
      </header>
      <div
        class="screening-bar"
        role="progressbar"
        aria-label="Safety questions answered"
        aria-valuemin={0}
        aria-valuemax={QUESTION_COUNT}
        aria-valuenow={step - 1}
      >
        <span style={{ width: `${(step / QUESTION_COUNT) * 100}%` }} />
      </div>
      {step === 1 && (
        <p class="muted screening-intro">
          A few yes or no questions check that self-care is right for you today. It takes about two minutes.
          This is not a diagnosis.
        </p>
      )}
      <h2 class="screening-question" data-testid="screening-question" data-route-focus tabIndex={-1}>
        {item.question}
      </h2>
      <p class="muted screening-help" id={`help-${item.linkId}`}>
        {item.help}
      </p>
      <fieldset class="screening-answers" aria-describedby={`help-${item.linkId}`}>
        <legend class="visually-hidden">Your answer</legend>
        <button
          type="button"
          class="screening-answer"
          aria-pressed={chosen === true}
          disabled={saving}
          onClick={() => choose(true)}
          data-testid="screening-yes"
        >
          Yes
        </button>
        <button
          type="button"
          class="screening-answer"
          aria-pressed={chosen === false}
          disabled={saving}
          onClick={() => choose(false)}
          data-testid="screening-no"
        >
          No
        </button>
      </fieldset>
      {error && (
        <p class="field-error" role="alert" data-testid="screening-error">
          {error}
        </p>
      )}
      <div class="screening-nav">
        {index > 0 && (
          <button
            type="button"
            class="quiet screening-back"
            onClick={() => goToPreviousQuestion(step)}
            data-testid="screening-back"
          >
            Previous question
          </button>
        )}
        {allAnswered && step < QUESTION_COUNT && (
          <button
            type="button"
            class="primary"
            disabled={saving}
            onClick={() => finish(answers as Answers)}
            data-testid="screening-finish"
          >
            See my result
          </button>
        )}
      </div>
    </section>
  );
}
