/**
 * The safety facts in a shared record, for the clinician: each acknowledgement of a journal reason (which,
 * when, the words the person confirmed) and each earlier screening "yes" the person said was a mistake.
 * Listed, never counted: the safety state above still shows every journal reason (the safer reading).
 */
import { JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import type { AcknowledgementFact, RetractionFact } from "@limber/core/safety/safety-facts";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import { formatWhen } from "./share-words";

const TRIGGER_TEXT = new Map<string, string>(JOURNAL_TRIGGERS.map((t) => [t.code, t.text]));

export function SharedSafetyFacts(props: {
  readonly acknowledgements: readonly AcknowledgementFact[];
  readonly retractions: readonly RetractionFact[];
}) {
  const { acknowledgements, retractions } = props;
  return (
    <section aria-labelledby="shared-facts-title" class="shared-section" data-testid="shared-safety-facts">
      <h2 id="shared-facts-title">What your patient confirmed</h2>
      {acknowledgements.length === 0 && retractions.length === 0 ? (
        <p>Your patient has not acknowledged a journal reason or corrected a safety-check answer.</p>
      ) : (
        <ul class="shared-facts">
          {acknowledgements.map((fact) => (
            <li key={fact.id} data-testid="shared-acknowledgement">
              {formatWhen(fact.at)}: acknowledged “{TRIGGER_TEXT.get(fact.code) ?? fact.code}” with the words
              “{fact.words}”
            </li>
          ))}
          {retractions.map((fact) => (
            <li key={fact.id} data-testid="shared-retraction">
              {formatWhen(fact.at)}: said an earlier “yes” was a mistake (
              {fact.linkIds.map((linkId) => SYMPTOM_LABELS[linkId]).join("; ")}), with the words “{fact.words}
              ”
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
