/** Shown instead of a session when the core's gate refuses: why, and the way back to a screening. */
import type { GateRefusal } from "@limber/core/session/gate";

export function GateRefused({ reason, message }: GateRefusal) {
  return (
    <section aria-labelledby="gate-title" data-testid="session-gate-refused" data-reason={reason}>
      <h1 id="gate-title">
        {reason === "not-self-care" ? "Self-care is not advised now" : "Screening needed"}
      </h1>
      <p>{message}</p>
      <div class="actions">
        {reason === "not-self-care" ? (
          <a class="button primary" href="#/screening/result">
            See your result and who to see
          </a>
        ) : (
          <a class="button primary" href="#/screening" data-testid="gate-start-screening">
            Answer the safety questions
          </a>
        )}
      </div>
    </section>
  );
}
