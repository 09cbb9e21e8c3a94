/**
 * Whether a screen may offer the way into a session: when the safety state allows one, or when the only
 * reasons left are journal trend flags the person can acknowledge (the session route asks for each
 * acknowledgement before the safety reminder; the core's gate still decides).
 */
import type { SafetyState } from "@limber/core/safety/safety-state";

export function offersSession(state: SafetyState): boolean {
  return state.sessionAllowed || (state.reasons.length > 0 && state.reasons.every((r) => r.acknowledgeable));
}
