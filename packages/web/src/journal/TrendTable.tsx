/** The trend as a table: every check-in and session in time order, the chart's accessible alternative. */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { JournalEvent, SessionOutcome } from "@limber/core/journal/events";
import { ScrollRegion } from "../app/ScrollRegion";

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export const OUTCOME_WORDS: Readonly<Record<SessionOutcome, string>> = {
  completed: "completed",
  "stopped-for-pain": "stopped for pain",
  abandoned: "ended early",
};

type TrendTableProps = {
  readonly events: readonly JournalEvent[];
  readonly caption: string;
};

export function TrendTable({ events, caption }: TrendTableProps) {
  const rows = events.filter((e) => e.type !== "adjust-urge");
  if (rows.length === 0) return <p class="muted">No check-ins or sessions yet.</p>;
  return (
    <ScrollRegion label={caption}>
      <table class="trend-table" data-testid="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Entry</th>
            <th scope="col">Stiffness (0-10)</th>
            <th scope="col">Pain (0-10)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} data-outcome={e.type === "session" ? e.outcome : undefined}>
              <th scope="row">{when.format(Date.parse(e.at))}</th>
              {e.type === "check-in" ? (
                <>
                  <td>Check-in{e.symptoms.length > 0 ? ` (new: ${e.symptoms.length})` : ""}</td>
                  <td>{e.stiffness}</td>
                  <td>{e.pain}</td>
                </>
              ) : e.type === "session" ? (
                <>
                  <td>
                    {TECHNIQUES[e.technique].name}: {OUTCOME_WORDS[e.outcome]}
                  </td>
                  <td>-</td>
                  <td>-</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
