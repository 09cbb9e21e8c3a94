/**
 * The latest screening's outcome, told through the one safety state so it agrees with every other screen:
 * an emergency (call now, no technique), see a professional (every reason, who to see, what to bring), or
 * self-care, which is only green when nothing else stands (a rest after a stop for pain, a journal flag).
 */

import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import { screenings } from "../storage/store";
import { ProfessionalOutcome } from "./ProfessionalOutcome";
import "./screening.css";
import { SelfCareOutcome } from "./SelfCareOutcome";

export default function OutcomeRoute() {
  const latest = screenings.value[0];
  const view = useSafetyState();
  if (view.status === "loading") {
    return (
      <p class="loading" aria-busy="true">
        Loading your result…
      </p>
    );
  }
  if (!latest || view.status === "unavailable") {
    return (
      <section>
        <h1>No screening yet</h1>
        <p>Answer the safety questions first; it takes about two minutes.</p>
        <p>
          <a class="button primary" href="#/screening">
            Answer the safety questions
          </a>
        </p>
      </section>
    );
  }
  const { state } = view;
  if (latest.decision.outcome === "emergency" || state.level === "emergency") {
    return (
      <section data-testid="outcome-emergency" class="outcome">
        <SafetyNotice state={state} heading="h1" />
        {latest.stoppedAt && (
          <p class="muted" data-testid="outcome-stopped">
            The safety check stopped at this answer: nothing you could answer next would make self-care safe
            today.
          </p>
        )}
      </section>
    );
  }
  if (latest.decision.outcome === "see-professional" || state.level === "see-professional") {
    return <ProfessionalOutcome state={state} />;
  }
  if (state.level !== "ready") {
    return (
      <section data-testid="outcome-self-care-held" class="outcome">
        <SafetyNotice state={state} heading="h1" />
        <p class="muted">You answered no to every safety question, but the reason above still stands.</p>
      </section>
    );
  }
  return <SelfCareOutcome at={latest.at} />;
}
