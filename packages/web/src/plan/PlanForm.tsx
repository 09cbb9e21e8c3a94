/**
 * The plan's form: which days, what time, and which technique or "whichever feels right". A free day is
 * suggested as a rest day; nothing here counts streaks or asks for more (a plan is an invitation to check
 * in, never a target).
 */
import { type PlanTechnique, suggestedRestDay, WEEKDAYS, type Weekday } from "@limber/core/plan/plan";
import { useState } from "preact/hooks";
import { DAY_NAMES, TECHNIQUE_CHOICES } from "./plan-words";

export type PlanChoice = {
  readonly days: Weekday[];
  readonly time: string;
  readonly technique: PlanTechnique;
};

type PlanFormProps = {
  readonly initial: PlanChoice;
  /** True while the plan shown is the one this form just saved. */
  readonly saved: boolean;
  readonly onSave: (choice: PlanChoice) => Promise<string | null>;
};

export function PlanForm({ initial, saved: justSaved, onSave }: PlanFormProps) {
  const [days, setDays] = useState<Weekday[]>(initial.days);
  const [time, setTime] = useState(initial.time);
  const [technique, setTechnique] = useState<PlanTechnique>(initial.technique);
  const [problem, setProblem] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const saved = justSaved && !edited;
  const setSaved = (value: boolean) => setEdited(!value);
  const toggle = (day: Weekday) => {
    setSaved(false);
    setDays((current) =>
      current.includes(day)
        ? current.filter((d) => d !== day)
        : WEEKDAYS.filter((d) => d === day || current.includes(d)),
    );
  };
  const rest = suggestedRestDay({ slots: days.map((day) => ({ day, time, technique })) });
  const everyDay = days.length === WEEKDAYS.length;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (days.length === 0) return setProblem("Choose at least one day.");
    if (!/^\d{2}:\d{2}$/.test(time)) return setProblem("Choose a time, such as 07:30.");
    const failure = await onSave({ days, time, technique });
    setProblem(failure);
    setSaved(failure === null);
  };
  return (
    <form class="plan-form card" onSubmit={submit} data-testid="plan-form">
      <fieldset class="plan-days">
        <legend>Which days?</legend>
        <div class="plan-day-grid">
          {WEEKDAYS.map((day) => (
            <label class="plan-day" key={day} data-testid={`plan-day-${day}`}>
              <input type="checkbox" checked={days.includes(day)} onChange={() => toggle(day)} />
              <span aria-hidden="true">{DAY_NAMES[day].short}</span>
              <span class="visually-hidden">{DAY_NAMES[day].long}</span>
            </label>
          ))}
        </div>
        <p class={everyDay ? "plan-rest is-asking" : "plan-rest muted"} data-testid="plan-rest-day">
          {everyDay
            ? `Every day is a lot for a sore back: we suggest keeping ${DAY_NAMES[rest].long} as a rest day.`
            : `${DAY_NAMES[rest].long} is a rest day. Rest days are part of the plan.`}
        </p>
      </fieldset>
      <label class="field plan-time">
        What time?
        <input
          type="time"
          value={time}
          required
          onInput={(event) => {
            setSaved(false);
            setTime(event.currentTarget.value);
          }}
          data-testid="plan-time"
        />
        <span class="muted plan-hint">
          Your local time, on this device's clock. It follows daylight saving.
        </span>
      </label>
      <fieldset class="plan-techniques">
        <legend>Which technique?</legend>
        {TECHNIQUE_CHOICES.map((choice) => (
          <label class="plan-technique" key={choice.value} data-testid={`plan-technique-${choice.value}`}>
            <input
              type="radio"
              name="plan-technique"
              checked={technique === choice.value}
              onChange={() => {
                setSaved(false);
                setTechnique(choice.value);
              }}
            />
            <span>
              <strong>{choice.label}</strong> <span class="muted">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p class="field-error" role="alert" data-testid="plan-problem">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="plan-save">
          Save my plan
        </button>
        {saved && (
          <span class="plan-saved" role="status" data-testid="plan-saved">
            Saved on this device.
          </span>
        )}
      </div>
    </form>
  );
}
