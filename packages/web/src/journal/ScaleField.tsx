/** A 0-10 scale as a group of radio buttons: large targets, arrow keys move along it, no default value. */
import { SCALE_MAX, SCALE_MIN } from "@limber/core/journal/event-kinds";

type ScaleFieldProps = {
  readonly name: string;
  readonly legend: string;
  readonly hint: string;
  readonly value: number | null;
  readonly error: string | undefined;
  readonly onChange: (value: number) => void;
};

const VALUES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

export function ScaleField({ name, legend, hint, value, error, onChange }: ScaleFieldProps) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset
      class="scale"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <p id={hintId} class="muted">
        {hint}
      </p>
      <div class="scale-options">
        {VALUES.map((n) => (
          <label key={n} class="scale-option">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              data-testid={`${name}-${n}`}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p class="scale-ends" aria-hidden="true">
        <span>0 none</span>
        <span>10 worst imaginable</span>
      </p>
      {error ? (
        <p id={errorId} class="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
