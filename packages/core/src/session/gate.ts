/**
 * Whether a guided session may start: only when the safety state allows it (design: "Safety state", "Session
 * rules"). The engine refuses to start otherwise, whatever a screen shows, so no screen can let a person past
 * an emergency, a see-professional reason without its acknowledgement, a rest after a stop, or an old screening.
 *
 * This gate validates its input's journal with the journal contract, so input from anywhere is safe to pass.
 * The engine (`startSession`) reads the device's own record with trusted-gate.ts: the same decision on a valid
 * record, without a schema library. The decision itself: gate-decision.ts.
 */
import { assessSafety, SCREENING_VALID_MS } from "../safety/safety-state";
import { type GateInput, type GateResult, gateDecision } from "./gate-decision";

export type { GateInput, GateRefusal, GateResult } from "./gate-decision";
export { SCREENING_VALID_MS };

export function checkSessionGate(input: GateInput): GateResult {
  return gateDecision(assessSafety(input));
}
