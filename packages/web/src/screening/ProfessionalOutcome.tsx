/** See-a-professional outcome: the reasons in plain words, who to see, and the visit summary to bring. */
import { ESCALATION } from "@limber/core/content/escalation";
import type { Reason } from "@limber/core/screening/triage";
import { Reasons } from "./Reasons";

const PROFESSIONAL = ESCALATION["see-professional"];

export function ProfessionalOutcome({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <section data-testid="outcome-see-professional" aria-labelledby="outcome-title">
      <div class="banner banner-warn">
        <h1 id="outcome-title">Please see a physical therapist or physician first</h1>
        <p>
          Based on your answers, self-care techniques are not right for you today. {PROFESSIONAL.why}{" "}
          <span class="source">({PROFESSIONAL.source})</span>
        </p>
      </div>
      <h2>Why</h2>
      <Reasons reasons={reasons} />
      <h2>Who to see</h2>
      <p data-testid="outcome-who">
        <strong>{PROFESSIONAL.who}.</strong> {PROFESSIONAL.action}
      </p>
      <h2>What to bring</h2>
      <p>
        Your visit summary holds your answers, your journal and any sessions you stopped. You can print it or
        save it as a file.
      </p>
      <div class="actions">
        <a class="button primary" href="#/summary" data-testid="open-visit-summary">
          Open the visit summary
        </a>
        <a class="button" href="#/explain/help">
          When to get help
        </a>
      </div>
      <p class="muted">
        If your symptoms get worse quickly, or you notice numbness around your genitals or bottom, new bladder
        or bowel problems, or chest pain, call emergency services now.
      </p>
    </section>
  );
}
