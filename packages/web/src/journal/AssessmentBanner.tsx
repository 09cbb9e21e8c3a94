/**
 * The journal's banner: the person's one safety state, as every screen shows it, so the journal never
 * reassures while a reason stands (C-messages-agree) and an emergency is the red notice alone. Only when
 * the state is ready does it say, quietly, that the journal shows no warning signs.
 */
import type { Assessment } from "@limber/core/journal/assess";
import { SafetyNotice } from "../safety/SafetyNotice";
import { useSafetyState } from "../safety/use-safety-state";
import { Cite } from "../sources/Cite";
import "./AssessmentBanner.css";

export function AssessmentBanner({ assessment }: { assessment: Assessment }) {
  const view = useSafetyState();
  if (view.status === "loading") {
    return (
      <p class="loading" aria-busy="true">
        Checking your journal…
      </p>
    );
  }
  if (view.status === "unavailable") {
    return (
      <p class="field-error">
        Your journal could not be checked for warning signs. Reload the page to try again.
      </p>
    );
  }
  const { state } = view;
  if (state.level === "ready" && assessment.recommendation === "self-care") {
    return (
      <p class="assessment-quiet" data-testid="assessment-self-care">
        Your journal shows no warning signs right now. Keep stopping at once if a movement causes sharp,
        shooting or intense pain <Cite source="P13" />.
      </p>
    );
  }
  return (
    <div data-testid={`assessment-${state.level}`}>
      <SafetyNotice state={state} />
    </div>
  );
}
