/**
 * `#/summary`: a printable page for a physical therapist or physician: the person's safety state, every
 * reason from the screening, check-ins, the journal and stops for pain, the latest screening answers, the
 * 30-day trend (chart and table), sessions and stops.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { TechniqueId } from "@limber/core/journal/events";
import { wallNow } from "../app/clock";
import { assessEvents } from "../journal/assessment";
import { TrendChart } from "../journal/TrendChart";
import { TrendTable } from "../journal/TrendTable";
import { eventsWithin, lastDays } from "../journal/trend";
import { planStore } from "../plan/plan";
import { WeekProgress } from "../progress/WeekProgress";
import { SafetyNotice } from "../safety/SafetyNotice";
import { deviceTimeZone } from "../safety/safety-input";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import { events, screenings } from "../storage/store";
import { ExportButtons } from "./ExportButtons";
import { RecentScreenings } from "./RecentScreenings";
import { ScreeningAnswers } from "./ScreeningAnswers";
import { tallySessions } from "./session-tally";
import { summaryReasons } from "./summary-reasons";
import "../journal/journal.css";
import "./summary.css";
import { ScrollRegion } from "../app/ScrollRegion";

const DAYS = 30;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export default function SummaryRoute() {
  const nowMs = wallNow();
  const window = lastDays(nowMs, DAYS);
  const shown = eventsWithin(events.value, window);
  const latest = screenings.value[0];
  const assessed = assessEvents(events.value, nowMs);
  const safety = useSafetyState();
  const state = safety.status === "known" ? safety.state : null;
  const tally = tallySessions(shown, deviceTimeZone());
  const reasons = summaryReasons({
    state,
    journalFlags: assessed.ok ? assessed.assessment.flags : [],
    stops: tally.stops,
    describeStop: (stop) =>
      `Stopped a session (${TECHNIQUES[stop.technique].name}) for sharp pain on ${when.format(Date.parse(stop.at))}.`,
  });
  return (
    <article class="summary">
      <h1>Visit summary</h1>
      {/* An emergency leads the page; every other reason is in "Reasons to see a professional" below. */}
      {state?.level === "emergency" && <SafetyNotice state={state} />}
      <p>
        For a physical therapist or physician. Prepared by the person from their Limber self-care app on{" "}
        {when.format(nowMs)}. This is a self-report, not a diagnosis.
      </p>
      <ExportButtons />
      <section class="card no-print summary-share" aria-labelledby="summary-share-title">
        <h2 id="summary-share-title">Share with my physical therapist or physician</h2>
        <p>
          Instead of carrying a file, give them a private, read-only link that ends when you choose. You can
          stop it at any time and see each time it was opened.
        </p>
        <p class="actions">
          <a class="button" href="#/share" data-testid="summary-share-link">
            Share with my physical therapist or physician
          </a>
        </p>
      </section>

      <section aria-labelledby="flags-title">
        <h2 id="flags-title">Reasons to see a professional</h2>
        {!assessed.ok && <p class="field-error">{assessed.message}</p>}
        {reasons.length === 0 ? (
          <p data-testid="summary-no-flags">
            None reported in the latest screening, the check-ins, the journal or the sessions.
          </p>
        ) : (
          <ul class="flags" data-testid="summary-flags">
            {reasons.map((reason) => (
              <li
                key={reason.key}
                data-reason={reason.code}
                data-from={reason.from}
                class={reason.urgent ? "is-urgent" : undefined}
              >
                {reason.urgent && <strong>Emergency: </strong>}
                {reason.text} <span class="muted">From the {reason.from}.</span>{" "}
                <Cite source={reason.source} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="screening-title">
        <h2 id="screening-title">Latest safety screening</h2>
        <ScreeningAnswers screening={latest} />
        <RecentScreenings screenings={screenings.value} />
      </section>

      <section aria-labelledby="trend-title-summary">
        <h2 id="trend-title-summary">Stiffness and pain, last {DAYS} days</h2>
        <TrendChart
          events={shown}
          fromMs={window.fromMs}
          toMs={window.toMs}
          timeZone={deviceTimeZone()}
          title={`Stiffness and pain over the last ${DAYS} days`}
        />
        <TrendTable events={shown} caption={`Check-ins and sessions, last ${DAYS} days`} />
      </section>

      <WeekProgress
        events={events.value}
        plan={planStore.plan.value}
        timeZone={deviceTimeZone()}
        now={wallNow()}
        whose="your"
      />

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions and stops, last {DAYS} days</h2>
        <ScrollRegion label="Guided sessions by technique">
          <table class="trend-table stacks" data-testid="summary-sessions">
            <caption>Guided sessions by technique</caption>
            <thead>
              <tr>
                <th scope="col">Technique</th>
                <th scope="col">Completed</th>
                <th scope="col">Stopped for pain</th>
                <th scope="col">Ended early</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(tally.byTechnique) as TechniqueId[]).map((id) => (
                <tr key={id}>
                  <th scope="row">{TECHNIQUES[id].name}</th>
                  <td data-label="Completed">{tally.byTechnique[id].completed}</td>
                  <td data-label="Stopped for pain">{tally.byTechnique[id].stopped}</td>
                  <td data-label="Ended early">{tally.byTechnique[id].abandoned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {tally.stops.length > 0 ? (
          <p>
            Stopped for sharp pain on:{" "}
            {tally.stops
              .map((s) => `${when.format(Date.parse(s.at))} (${TECHNIQUES[s.technique].name})`)
              .join("; ")}
            .
          </p>
        ) : (
          <p>No session was stopped for pain.</p>
        )}
        <p>
          Urges to crack the back recorded: {tally.urges} (most on one day: {tally.mostUrgesInADay}).
        </p>
      </section>
    </article>
  );
}
