/**
 * `#/journal`: the assessment first (what to do), then the urge button, a check-in link, and the trend of
 * stiffness and pain over the last two weeks with sessions and stops marked.
 */
import { useState } from "preact/hooks";
import { wallNow } from "../app/clock";
import { events } from "../storage/store";
import { AssessmentBanner } from "./AssessmentBanner";
import { assessEvents } from "./assessment";
import { TrendChart } from "./TrendChart";
import { TrendTable } from "./TrendTable";
import { lastDays } from "./trend";
import { UrgeButton } from "./UrgeButton";
import "./journal.css";
import { Cite } from "../sources/Cite";

const PERIODS = [7, 14, 30, 90] as const;

export default function JournalRoute() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>(14);
  const nowMs = wallNow();
  const window = lastDays(nowMs, days);
  const all = events.value;
  const shown = all.filter((e) => {
    const t = Date.parse(e.at);
    return t >= window.fromMs && t <= window.toMs;
  });
  const result = assessEvents(all, nowMs);
  const urges = shown.filter((e) => e.type === "adjust-urge").length;
  return (
    <article class="journal">
      <h1>Your journal</h1>
      {result.ok ? (
        <AssessmentBanner assessment={result.assessment} />
      ) : (
        <p class="field-error">{result.message}</p>
      )}
      <div class="actions">
        <a class="button primary" href="#/check-in" data-testid="journal-check-in">
          Check in now
        </a>
        <a class="button" href="#/summary" data-testid="journal-summary">
          Visit summary to share
        </a>
      </div>
      <UrgeButton />
      <h2>Trend</h2>
      <fieldset class="periods">
        <legend>Show the last</legend>
        {PERIODS.map((n) => (
          <label key={n} class="period">
            <input type="radio" name="period" checked={days === n} onChange={() => setDays(n)} />
            <span>{n} days</span>
          </label>
        ))}
      </fieldset>
      <TrendChart
        events={shown}
        fromMs={window.fromMs}
        toMs={window.toMs}
        title={`Stiffness and pain over the last ${days} days`}
      />
      <p class="muted">
        Urges to crack your back in this period: {urges}. Feeling that urge several times a day is a reason to
        see a physical therapist or physician. <Cite source="P20" />
      </p>
      <TrendTable events={shown} caption={`Check-ins and sessions, last ${days} days`} />
    </article>
  );
}
