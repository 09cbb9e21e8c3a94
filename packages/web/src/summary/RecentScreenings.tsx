/** Earlier screenings (after the latest), newest first: when, the outcome, and which questions were yes. */

import { ScrollRegion } from "../app/ScrollRegion";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import type { ScreeningRecord } from "../storage/screening-record";
import { OUTCOME_WORDS } from "./ScreeningAnswers";

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const EARLIER_SHOWN = 5;

export function RecentScreenings({ screenings }: { screenings: readonly ScreeningRecord[] }) {
  const earlier = screenings.slice(1, 1 + EARLIER_SHOWN);
  if (earlier.length === 0) return null;
  return (
    <ScrollRegion label="Earlier screenings">
      <table class="trend-table stacks" data-testid="summary-earlier-screenings">
        <caption>Earlier screenings</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Outcome</th>
            <th scope="col">Answered yes</th>
          </tr>
        </thead>
        <tbody>
          {earlier.map((s) => (
            <tr key={s.id}>
              <th scope="row">{when.format(Date.parse(s.at))}</th>
              <td data-label="Outcome">
                {OUTCOME_WORDS[s.decision.outcome]}
                {s.stoppedAt && " (stopped at the first emergency answer)"}
                {s.retracted &&
                  ` (earlier yes said to be a mistake: ${s.retracted.map((c) => SYMPTOM_LABELS[c]).join("; ")})`}
              </td>
              <td data-label="Answered yes">
                {s.decision.reasons.map((r) => SYMPTOM_LABELS[r.code]).join("; ") || "nothing"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
