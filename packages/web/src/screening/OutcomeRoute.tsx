/**
 * The latest screening's outcome: emergency (call now, no techniques), see a professional (who and why,
 * the visit summary to bring), or self-care (go on to a technique).
 */
import { screenings } from "../storage/store";
import { EmergencyOutcome } from "./EmergencyOutcome";
import { ProfessionalOutcome } from "./ProfessionalOutcome";
import "./screening.css";
import { SelfCareOutcome } from "./SelfCareOutcome";

export default function OutcomeRoute() {
  const latest = screenings.value[0];
  if (!latest) {
    return (
      <section>
        <h1>No screening yet</h1>
        <p>Answer the safety questions first; it takes about two minutes.</p>
        <p>
          <a class="button primary" href="#/screening">
            Start the screening
          </a>
        </p>
      </section>
    );
  }
  const { decision } = latest;
  switch (decision.outcome) {
    case "emergency":
      return <EmergencyOutcome reasons={decision.reasons} />;
    case "see-professional":
      return <ProfessionalOutcome reasons={decision.reasons} />;
    case "self-care":
      return <SelfCareOutcome at={latest.at} />;
  }
}
