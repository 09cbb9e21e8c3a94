/** How long a share lasts, as large radio cards: 1 day, 1 week, 2 weeks (the default) or 90 days. */
import { DURATIONS } from "./share-words";

type DurationChoiceProps = {
  readonly days: number;
  readonly onChange: (days: number) => void;
};

export function DurationChoice({ days, onChange }: DurationChoiceProps) {
  return (
    <fieldset class="share-durations">
      <legend>How long may they open it?</legend>
      <div class="share-duration-grid">
        {DURATIONS.map((duration) => (
          <label class="share-duration" key={duration.days} data-testid={`share-days-${duration.days}`}>
            <input
              type="radio"
              name="share-days"
              value={duration.days}
              checked={days === duration.days}
              onChange={() => onChange(duration.days)}
            />
            <span>
              <strong>{duration.label}</strong>
              <span class="muted">{duration.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
