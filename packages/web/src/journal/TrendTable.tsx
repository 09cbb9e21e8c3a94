/**
 * The trend as a table: every check-in and session in time order, the chart's accessible alternative. A
 * check-in shows the symptoms the person ticked, in words, and their note word for word: the journal, the
 * visit summary (and its print) and the clinician's view all read it here. Each cell carries its column's
 * name (`data-label`) so that a phone can stack a row as a small card instead of cutting off a column.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { CheckIn, JournalEvent, SessionOutcome } from "@limber/core/journal/events";
import { ScrollRegion } from "../app/ScrollRegion";
import { SYMPTOM_LABELS } from "./symptom-labels";

// Made when the first row is shown, not when the journal's code loads (a formatter costs a phone tens of ms).
let whenFormat: Intl.DateTimeFormat | undefined;
function when(epochMs: number): string {
  whenFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return whenFormat.format(epochMs);
}

export const OUTCOME_WORDS: Readonly<Record<SessionOutcome, string>> = {
  completed: "completed",
  "stopped-for-pain": "stopped for pain",
  abandoned: "ended early",
};

const COLUMNS = { entry: "Entry", stiffness: "Stiffness (0-10)", pain: "Pain (0-10)" } as const;

type TrendTableProps = {
  readonly events: readonly JournalEvent[];
  readonly caption: string;
};

function CheckInEntry({ checkIn }: { checkIn: CheckIn }) {
  return (
    <>
      <span class="entry-kind">Check-in</span>
      {checkIn.symptoms.length > 0 ? (
        <span class="entry-detail" data-testid="entry-symptoms">
          New since the safety check: {checkIn.symptoms.map((code) => SYMPTOM_LABELS[code]).join("; ")}
        </span>
      ) : null}
      {checkIn.note ? (
        <span class="entry-detail entry-note" data-testid="entry-note">
          Note: “{checkIn.note}”
        </span>
      ) : null}
    </>
  );
}

export function TrendTable({ events, caption }: TrendTableProps) {
  const rows = events.filter((e) => e.type !== "adjust-urge");
  if (rows.length === 0) return <p class="muted">No check-ins or sessions yet.</p>;
  return (
    <ScrollRegion label={caption}>
      <table class="trend-table stacks" data-testid="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">{COLUMNS.entry}</th>
            <th scope="col">{COLUMNS.stiffness}</th>
            <th scope="col">{COLUMNS.pain}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} data-outcome={e.type === "session" ? e.outcome : undefined}>
              <th scope="row">{when(Date.parse(e.at))}</th>
              {e.type === "check-in" ? (
                <>
                  <td data-label={COLUMNS.entry} class="stacks-full stacks-unlabelled">
                    <CheckInEntry checkIn={e} />
                  </td>
                  <td data-label={COLUMNS.stiffness}>{e.stiffness}</td>
                  <td data-label={COLUMNS.pain}>{e.pain}</td>
                </>
              ) : e.type === "session" ? (
                <>
                  <td data-label={COLUMNS.entry} class="stacks-full stacks-unlabelled">
                    {TECHNIQUES[e.technique].name}: {OUTCOME_WORDS[e.outcome]}
                  </td>
                  <td data-label={COLUMNS.stiffness} class="no-value">
                    -
                  </td>
                  <td data-label={COLUMNS.pain} class="no-value">
                    -
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
