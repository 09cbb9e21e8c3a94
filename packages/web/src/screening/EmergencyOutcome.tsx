/** Emergency outcome: unmistakable, one instruction, the reasons, and no techniques offered. */
import { ESCALATION } from "@limber/core/content/escalation";
import type { Reason } from "@limber/core/screening/triage";
import { Reasons } from "./Reasons";

const EMERGENCY = ESCALATION.emergency;

export function EmergencyOutcome({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <section class="outcome-emergency" data-testid="outcome-emergency" aria-labelledby="outcome-title">
      <div class="banner banner-emergency" role="alert">
        <h1 id="outcome-title">Call emergency services now</h1>
        <p class="emergency-call">{EMERGENCY.action}</p>
        <p>
          {EMERGENCY.why} <span class="source">({EMERGENCY.source})</span>
        </p>
      </div>
      <h2>Why</h2>
      <Reasons reasons={reasons} />
      <p class="muted">
        Limber offers self-care guidance only and cannot assess you. Tell the emergency team about the
        symptoms above.
      </p>
    </section>
  );
}
