/** The latest screening for the clinician: when, the outcome, and every question with the answer given. */
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { ScrollRegion } from "../app/ScrollRegion";
import { Cite } from "../sources/Cite";
import type { ScreeningRecord } from "../storage/screening-record";

export const OUTCOME_WORDS = {
  "self-care": "self-care appropriate",
  "see-professional": "see a physical therapist or physician",
  emergency: "emergency care",
} as const;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function ScreeningAnswers({ screening }: { screening: ScreeningRecord | undefined }) {
  if (!screening) return <p>No screening has been answered on this device yet.</p>;
  const yes = SCREENING_ITEMS.filter((item) => screening.answers[item.linkId]).length;
  return (
    <>
      <p>
        Answered {when.format(Date.parse(screening.at))}. Outcome:{" "}
        <strong data-testid="summary-outcome">{OUTCOME_WORDS[screening.decision.outcome]}</strong>. {yes} of{" "}
        {SCREENING_ITEMS.length} questions answered yes.
        {screening.stoppedAt &&
          " The screening stopped at the first emergency answer; later questions were not asked."}
      </p>
      <ScrollRegion label="Screening answers">
        <table class="answers-table">
          <caption>Screening answers</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {SCREENING_ITEMS.map((item) => {
              const answer = screening.answers[item.linkId];
              return (
                <tr
                  key={item.linkId}
                  class={answer ? "flagged" : undefined}
                  data-answer={answer === undefined ? "not-asked" : answer ? "yes" : "no"}
                >
                  <th scope="row">{item.question}</th>
                  <td>{answer === undefined ? "Not asked" : answer ? <strong>Yes</strong> : "No"}</td>
                  <td>
                    <Cite source={item.source} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
