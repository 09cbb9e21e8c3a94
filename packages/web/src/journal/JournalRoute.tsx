/**
 * `#/journal`: the assessment first (what to do), then two actions side by side (check in, note an urge),
 * and the trend of stiffness and pain with sessions and stops marked: chart beside table on a wide screen.
 * The trend and the week's progress render in the tasks after the first (app/render-later.tsx): the
 * assessment and the actions come first. The screen itself reads no record: each part that shows it reads
 * it (and the time) itself, so a change to the record (it loads, a tap, sync, the rules arrive) renders
 * only those parts again, not the whole journal in one long task.
 */
import { useState } from "preact/hooks";
import { WipedNotice } from "../account/WipedNotice";
import { wallNow } from "../app/clock";
import { Later } from "../app/render-later";
import { planStore } from "../plan/plan";
import { WeekProgress } from "../progress/WeekProgress";
import { deviceTimeZone } from "../safety/safety-input";
import { Cite } from "../sources/Cite";
import { events } from "../storage/store";
import { AssessmentBanner } from "./AssessmentBanner";
import { assessEvents } from "./assessment";
import { KeepNotice } from "./KeepNotice";
import { prepareChartDates, TrendChart } from "./TrendChart";
import { TrendTable } from "./TrendTable";
import { eventsWithin, lastDays } from "./trend";
import { UrgeButton } from "./UrgeButton";
import "./journal.css";

const PERIODS = [7, 14, 30, 90] as const;
type Period = (typeof PERIODS)[number];

export default function JournalRoute() {
  const [days, setDays] = useState<Period>(14);
  return (
    <article class="journal">
      <h1>Your journal</h1>
      <WipedNotice />
      <JournalAssessment />
      {/* After what to do about the back: keeping the record matters, safety first. */}
      <KeepNotice />
      <div class="journal-actions">
        <section class="card journal-action" aria-labelledby="journal-check-in-title">
          <h2 id="journal-check-in-title">How is your back?</h2>
          <p class="muted">Stiffness and pain, 0 to 10, in a few taps.</p>
          <a class="button primary" href="#/check-in" data-testid="journal-check-in">
            Check in now
          </a>
        </section>
        <section class="card journal-action" aria-labelledby="journal-urge-title">
          <h2 id="journal-urge-title">Felt the urge to crack your back?</h2>
          <p class="muted">
            Note it, without judgement. Several times a day is a reason to see a physical therapist or
            physician. <Cite source="P20" />
          </p>
          <UrgeButton />
        </section>
      </div>
      <Later>
        <PrepareDates />
      </Later>
      <Later>
        <JournalTrend days={days} onDays={setDays} />
      </Later>
      <Later>
        <JournalWeek />
      </Later>
      <ul class="link-list journal-links">
        <li>
          <a href="#/summary" data-testid="journal-summary">
            Visit summary to share with your physical therapist or physician
          </a>
        </li>
      </ul>
    </article>
  );
}

/**
 * Reads the device's zone and makes the chart's date formatters in a task of their own, before the trend
 * and the week need them: the zone's first read loads the browser's zone data (100 ms or more on a phone),
 * and each formatter tens of ms, which would otherwise lengthen the trend's task by as much.
 */
function PrepareDates() {
  prepareChartDates(deviceTimeZone(), wallNow());
  return null;
}

/** What to do about the back, from the journal as it is now. */
function JournalAssessment() {
  const result = assessEvents(events.value, wallNow());
  return result.ok ? (
    <AssessmentBanner assessment={result.assessment} />
  ) : (
    <p class="field-error">{result.message}</p>
  );
}

function JournalWeek() {
  return (
    <WeekProgress
      events={events.value}
      plan={planStore.plan.value}
      timeZone={deviceTimeZone()}
      now={wallNow()}
      whose="your"
    />
  );
}

/** The trend of the last `days` days: the period's events are picked only when this part renders. */
function JournalTrend({ days, onDays }: { days: Period; onDays: (days: Period) => void }) {
  const window = lastDays(wallNow(), days);
  const shown = eventsWithin(events.value, window);
  const urges = shown.filter((e) => e.type === "adjust-urge").length;
  return (
    <section class="journal-trend" aria-labelledby="journal-trend-title">
      <div class="journal-trend-head">
        <h2 id="journal-trend-title">Trend</h2>
        <fieldset class="periods">
          <legend>Show the last</legend>
          <div class="period-options">
            {PERIODS.map((n) => (
              <label key={n} class="period">
                <input type="radio" name="period" checked={days === n} onChange={() => onDays(n)} />
                <span>{n} days</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div class="grid-2">
        <div class="card journal-chart">
          <TrendChart
            events={shown}
            fromMs={window.fromMs}
            toMs={window.toMs}
            timeZone={deviceTimeZone()}
            title={`Stiffness and pain over the last ${days} days`}
          />
          <p class="journal-urges">
            Urges to crack your back in this period: <strong>{urges}</strong>
          </p>
        </div>
        <div class="card journal-table">
          {/* Its own task after the chart's: a long journal makes a long table. */}
          <Later>
            <TrendTable events={shown} caption={`Check-ins and sessions, last ${days} days`} />
          </Later>
        </div>
      </div>
    </section>
  );
}
