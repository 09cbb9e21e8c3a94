/**
 * The clinician's read-only view of a shared record, laid out for a 10-minute appointment: safety state
 * and every reason first, then the criteria met, the 30-day trend, the techniques done and the screenings.
 * Nothing here can change the record: there is no form and no write anywhere in this view.
 */

import { STEP_TIMINGS, TECHNIQUES } from "@limber/core/content/techniques";
import { TIGHT_SPOT_PAUSE } from "@limber/core/content/tight-spot";
import type { TechniqueId } from "@limber/core/journal/events";
import type { SafetyState } from "@limber/core/safety/safety-state";
import type { Source } from "@limber/core/source";
import { ScrollRegion } from "../app/ScrollRegion";
import { TrendChart } from "../journal/TrendChart";
import { TrendTable } from "../journal/TrendTable";
import { eventsWithin, lastDays } from "../journal/trend";
import { WeekProgress } from "../progress/WeekProgress";
import { deviceTimeZone } from "../safety/safety-input";
import { Cite } from "../sources/Cite";
import { RecentScreenings } from "../summary/RecentScreenings";
import { ScreeningAnswers } from "../summary/ScreeningAnswers";
import { tallySessions } from "../summary/session-tally";
import { SharedSafety } from "./SharedSafety";
import { SharedSafetyFacts } from "./SharedSafetyFacts";
import { formatWhen } from "./share-words";
import { criteriaMet, newestFirst, type SharedRecord } from "./shared-record";

const DAYS = 30;
// P5: 20 to 30 s on a tight spot; P7: at least 30 s each side. The guided session enforces both.
const HOLDS: Readonly<Record<TechniqueId, { text: string; source: Source }>> = {
  "thoracic-foam-roll": {
    text: `Pauses of ${TIGHT_SPOT_PAUSE.minSeconds} to ${TIGHT_SPOT_PAUSE.maxSeconds} s on tight spots, upper back only`,
    source: TIGHT_SPOT_PAUSE.source,
  },
  "supine-spinal-twist": {
    text: `Held at least ${STEP_TIMINGS["twist-hold"].minSeconds} s on each side, both sides`,
    source: STEP_TIMINGS["twist-hold"].source,
  },
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type SharedRecordViewProps = {
  readonly record: SharedRecord;
  readonly safety: SafetyState | null;
  readonly actions: preact.ComponentChildren;
};

export function SharedRecordView({ record, safety, actions }: SharedRecordViewProps) {
  const readMs = Date.parse(record.exportedAt);
  const window = lastDays(readMs, DAYS);
  const shown = eventsWithin(record.events, window);
  const screenings = newestFirst(record);
  const tally = tallySessions(shown, deviceTimeZone());
  const lastDone = (id: TechniqueId) =>
    shown.filter((e) => e.type === "session" && e.technique === id).at(-1)?.at;
  const criteria = safety ? criteriaMet(safety) : [];

  return (
    <article class="shared-view" data-testid="shared-view">
      <header class="shared-header">
        <p class="shared-eyebrow">Shared Limber record · read-only</p>
        <h1 data-testid="shared-title">Your patient's back self-care record</h1>
        <p class="shared-meta">
          Read {formatWhen(record.exportedAt)}. Self-reported in Limber, a self-care app for a stiff back: not
          a diagnosis. {count(record.events.length, "journal entry", "journal entries")},{" "}
          {count(record.screenings.length, "safety check", "safety checks")}.
        </p>
        <div class="actions no-print">{actions}</div>
      </header>

      {safety ? <SharedSafety state={safety} /> : <p class="loading">Working out the safety state…</p>}

      <section aria-labelledby="shared-criteria-title" class="shared-section">
        <h2 id="shared-criteria-title">Reasons to see a professional that this record meets</h2>
        {!safety ? null : criteria.length === 0 ? (
          <p data-testid="shared-criteria-none">
            None: no safety-check answer, check-in symptom or journal trend meets a reason Limber uses to send
            a person to a physical therapist or physician.
          </p>
        ) : (
          <ul class="shared-criteria" data-testid="shared-criteria">
            {criteria.map((c) => (
              <li key={`${c.code}-${c.from}`} data-level={c.level}>
                <strong>{c.text}</strong>{" "}
                <span class="muted">
                  ({c.from}
                  {c.since ? `; since ${formatWhen(c.since)}` : ""})
                </span>{" "}
                <Cite source={c.source} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="shared-trend-title" class="shared-section">
        <h2 id="shared-trend-title">Stiffness and pain, last {DAYS} days</h2>
        <TrendChart
          events={shown}
          fromMs={window.fromMs}
          toMs={window.toMs}
          timeZone={deviceTimeZone()}
          title={`Stiffness and pain over the last ${DAYS} days`}
        />
        <p data-testid="shared-urges">
          Urges to crack the back: <strong>{tally.urges}</strong> (most on one day: {tally.mostUrgesInADay}
          ). Several a day is a reason to be assessed <Cite source="P20" />.
        </p>
      </section>

      <WeekProgress
        events={record.events}
        plan={record.plan ?? undefined}
        timeZone={deviceTimeZone()}
        now={readMs}
        whose="their"
      />

      <section aria-labelledby="shared-techniques-title" class="shared-section">
        <h2 id="shared-techniques-title">Techniques done, last {DAYS} days</h2>
        <ScrollRegion label="Guided sessions by technique">
          <table class="trend-table stacks" data-testid="shared-techniques">
            <caption>Guided sessions by technique</caption>
            <thead>
              <tr>
                <th scope="col">Technique</th>
                <th scope="col">Completed</th>
                <th scope="col">Stopped for pain</th>
                <th scope="col">Ended early</th>
                <th scope="col">Last done</th>
                <th scope="col">Holds, as guided</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(tally.byTechnique) as TechniqueId[]).map((id) => {
                const last = lastDone(id);
                return (
                  <tr key={id}>
                    <th scope="row">
                      {TECHNIQUES[id].name} <Cite source={TECHNIQUES[id].source} />
                    </th>
                    <td data-label="Completed">{tally.byTechnique[id].completed}</td>
                    <td data-label="Stopped for pain">{tally.byTechnique[id].stopped}</td>
                    <td data-label="Ended early">{tally.byTechnique[id].abandoned}</td>
                    <td data-label="Last done">{last ? formatWhen(last) : "not in this period"}</td>
                    <td data-label="Holds, as guided" class="stacks-full">
                      {HOLDS[id].text} <Cite source={HOLDS[id].source} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="shared-screening-title" class="shared-section">
        <h2 id="shared-screening-title">Safety checks</h2>
        {screenings[0] ? (
          <>
            <ScreeningAnswers screening={screenings[0]} />
            <RecentScreenings screenings={screenings} />
          </>
        ) : (
          <p>No safety check has reached the server yet.</p>
        )}
      </section>

      <SharedSafetyFacts
        acknowledgements={record.acknowledgements ?? []}
        retractions={record.retractions ?? []}
      />

      <section aria-labelledby="shared-entries-title" class="shared-section">
        <h2 id="shared-entries-title">Every check-in and session, last {DAYS} days</h2>
        <TrendTable events={shown} caption={`Check-ins and sessions, last ${DAYS} days`} />
      </section>
    </article>
  );
}
