/** See-a-professional outcome: the safety state's reasons and who to see, then what to bring to the visit. */
import type { SafetyState } from "@limber/core/safety/safety-state";
import { SafetyNotice } from "../safety/SafetyNotice";

export function ProfessionalOutcome({ state }: { state: SafetyState }) {
  return (
    <section data-testid="outcome-see-professional" class="outcome">
      <SafetyNotice state={state} heading="h1" />
      <h2>What to bring</h2>
      <p>
        Your visit summary holds your answers, your journal and any sessions you stopped. You can print it or
        save it as a file.
      </p>
      <div class="actions">
        <a class="button" href="#/explain/help">
          When to get help
        </a>
      </div>
    </section>
  );
}
