/**
 * The session gate's decision from a safety state already assessed: a session may start only when nothing
 * is left that is not acknowledged (design: "Safety state", "Session rules"). How the state was assessed is
 * the caller's: gate.ts validates its input (any caller), trusted-gate.ts reads the device's own record.
 */
import type { SafetyInput, SafetyLevel, SafetyReason, SafetyState } from "../safety/safety-model";

/** The safety state's input: the latest screening, the journal, acknowledgements, the time zone and the clock. */
export type GateInput = SafetyInput;

export type GateRefusal = {
  /** The safety state's level: never "ready" when refused. */
  readonly level: Exclude<SafetyLevel, "ready">;
  /** Every reason of the safety state, most severe first. */
  readonly reasons: readonly SafetyReason[];
  /** While a rest after a stop for pain stands: when it ends. */
  readonly restUntil?: string;
  /** The most severe reason's code and message, for a one-line answer. */
  readonly reason: string;
  readonly message: string;
};
export type GateResult =
  | { readonly ok: true; readonly safety: SafetyState }
  | ({ readonly ok: false } & GateRefusal);

export function gateDecision(safety: SafetyState): GateResult {
  // sessionAllowed is exactly "no reason left that is not acknowledged"; the first such reason answers why.
  const [blocking] = safety.reasons.filter((reason) => !(reason.acknowledgeable && reason.acknowledged));
  if (!blocking) return { ok: true, safety };
  return {
    ok: false,
    level: safety.level as Exclude<SafetyLevel, "ready">,
    reasons: safety.reasons,
    ...(safety.restUntil ? { restUntil: safety.restUntil } : {}),
    reason: blocking.code,
    message: blocking.message,
  };
}
