/** A whole number of seconds within limits; an out-of-range entry is explained, never silently clamped. */
import type { Source } from "@limber/core/source";
import { useState } from "preact/hooks";
import { Cite } from "../../sources/Cite";

export function SecondsField(props: {
  label: string;
  hint: string;
  /** Where the limits come from, shown as a citation after the hint. */
  source?: Source;
  /** A limit the source does not give, said after the source's citation (a product rule). */
  productLimit?: string;
  value: number;
  limits: { readonly min: number; readonly max: number };
  onSave: (seconds: number) => Promise<void>;
  testId: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const id = props.testId;
  const onChange = async (event: Event) => {
    const raw = (event.currentTarget as HTMLInputElement).value;
    const seconds = Number(raw);
    if (!Number.isInteger(seconds) || seconds < props.limits.min || seconds > props.limits.max) {
      setError(`Enter a whole number of seconds from ${props.limits.min} to ${props.limits.max}.`);
      return;
    }
    try {
      await props.onSave(seconds);
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "This setting could not be saved. Please try again.");
    }
  };
  return (
    <div class="field seconds-field">
      <label for={id}>{props.label}</label>
      <span class="seconds-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={props.limits.min}
          max={props.limits.max}
          step={1}
          value={props.value}
          onChange={onChange}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          data-testid={id}
        />
        <span aria-hidden="true">seconds</span>
      </span>
      <p id={`${id}-hint`} class="muted">
        {props.hint}
        {props.source ? (
          <>
            {" "}
            <Cite source={props.source} />
          </>
        ) : null}
        {props.productLimit ? (
          <>
            {" "}
            {props.productLimit} <Cite source="Limber product rule" />
          </>
        ) : null}
      </p>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
