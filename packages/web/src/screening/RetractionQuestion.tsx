/**
 * Asked when a "yes" from a screening less than an hour ago is now "no" (C-retraction-confirmed): a
 * person may be tempted to undo the answer that stood between them and a session. Either way both
 * screenings are kept; a confirmed mistake is recorded on the new one. Neither choice is styled as the
 * expected one, and the safer one comes first.
 */
import { type ScreeningLinkId, screeningItem } from "@limber/core/screening/questionnaire";
import { useEffect, useRef } from "preact/hooks";

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
  const first = retracted[0];
  return (
    <section
      class="screening retraction"
      aria-labelledby="retraction-title"
      data-testid="retraction-question"
    >
      <h1 id="retraction-title" ref={heading} tabIndex={-1}>
        Did you answer by mistake?
      </h1>
      <p>
        Less than an hour ago you answered yes to{" "}
        {retracted.length === 1 ? "this question" : "these questions"}:
      </p>
      <ul class="retraction-items">
        {retracted.map((linkId) => (
          <li key={linkId} data-retracted={linkId}>
            {screeningItem(linkId).question}
          </li>
        ))}
      </ul>
      <p>
        Now you answered no. If the earlier yes was right, self-care is not advised for you today. Both
        answers stay on your record.
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
            disabled={saving}
            onClick={() => onChange(first)}
            data-testid="retraction-change"
          >
            No, the earlier yes was right
          </button>
        )}
        <button type="button" disabled={saving} onClick={onMistake} data-testid="retraction-mistake">
          Yes, the earlier yes was a mistake
        </button>
      </div>
    </section>
  );
}
