/**
 * Ending a session asks why, in one tap (C-end-asks-why): "Pain" takes the stop-for-pain path; "I'm done
 * for now" ends it as abandoned; staying goes back to the session. Browser back mid-session asks the same
 * (C-back-pauses). The session is paused while the question shows.
 */
import { useEffect, useRef } from "preact/hooks";

export type EndQuestionKind = "end" | "back";

const TITLE: Record<EndQuestionKind, string> = {
  end: "Why are you ending the session?",
  back: "Leave the session?",
};

export function EndQuestion(props: {
  kind: EndQuestionKind;
  onPain: () => void;
  onDone: () => void;
  onStay: () => void;
}) {
  const { kind, onPain, onDone, onStay } = props;
  const title = useRef<HTMLHeadingElement>(null);
  // Focus moves to the question so a screen reader reads it out; the session is paused meanwhile.
  useEffect(() => title.current?.focus(), []);
  const back = kind === "back";
  return (
    <section
      class="end-question"
      role="alertdialog"
      aria-labelledby="end-question-title"
      aria-describedby="end-question-hint"
      data-testid="end-question"
      data-kind={kind}
    >
      <h2 id="end-question-title" ref={title} tabIndex={-1}>
        {TITLE[kind]}
      </h2>
      <p id="end-question-hint" class="end-question-hint">
        The session is paused.
      </p>
      <div class="end-question-answers">
        <button type="button" class="danger" onClick={onPain} data-testid="end-pain">
          {back ? "End: pain" : "Pain"}
        </button>
        <button type="button" onClick={onDone} data-testid="end-done">
          {back ? "End: done" : "I'm done for now"}
        </button>
        <button type="button" class="primary" onClick={onStay} data-testid="end-stay">
          {back ? "Stay" : "Keep going"}
        </button>
      </div>
    </section>
  );
}
