/** Emergency outcome: unmistakable, one instruction, the reasons, and no techniques offered. */
import type { Reason } from "@limber/core/screening/triage";
import { Reasons } from "./Reasons";

export function EmergencyOutcome({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <section class="outcome-emergency" data-testid="outcome-emergency" aria-labelledby="outcome-title">
      <div class="banner banner-emergency" role="alert">
        <h1 id="outcome-title">Call emergency services now</h1>
        <p class="emergency-call">
          Call your local emergency number now (for example 911, 112 or 999), or go to the nearest emergency
          department.
        </p>
        <p>Do not try any back technique. Tell them about the symptoms below.</p>
      </div>
      <h2>Why</h2>
      <Reasons reasons={reasons} />
      <p class="muted">
        Limber offers self-care guidance only and cannot assess you. Emergency staff, a physician or a
        physical therapist can.
      </p>
    </section>
  );
}
