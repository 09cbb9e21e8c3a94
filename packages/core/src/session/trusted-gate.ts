/**
 * The session gate over the device's own record, whose events were validated with the journal contract when
 * they entered the store: the same decision as gate.ts (a property test keeps them equal on every valid
 * record) on the safety state the screens show (`assessTrustedSafety`), without zod, so the session screen's
 * first load evaluates no schema library. Input from anywhere else goes through `checkSessionGate`.
 */
import { assessTrustedSafety } from "../safety/trusted-safety-state";
import { type GateInput, type GateResult, gateDecision } from "./gate-decision";

export function checkTrustedSessionGate(input: GateInput): GateResult {
  return gateDecision(assessTrustedSafety(input));
}
