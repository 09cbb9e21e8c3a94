/**
 * Which help triggers apply to this person right now: every reason of their safety state (the latest
 * screening, check-in symptoms, journal trend flags), so "When to get help" marks exactly what the
 * notice on every other screen names.
 */
import type { SafetyState } from "@limber/core/safety/safety-state";

/** The trigger codes to mark "Applies to you"; clock and rest reasons are not triggers and are left out. */
export function flaggedTriggers(state: SafetyState, triggerCodes: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(state.reasons.map((reason) => reason.code).filter((code) => triggerCodes.has(code)));
}
