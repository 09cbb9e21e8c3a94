/**
 * Whether a guided session may start: only when the safety state allows it (design: "Safety state", "Session
 * rules"). The engine refuses to start otherwise, whatever a screen shows, so no screen can let a person past
 * an emergency, a see-professional reason without its acknowledgement, a rest after a stop, or an old screening.
 */
import {
  assessSafety,
  type SafetyInput,
  type SafetyLevel,
  type SafetyReason,
  type SafetyState,
  SCREENING_VALID_MS,
} from "../safety/safety-state";

export { SCREENING_VALID_MS };

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

export function checkSessionGate(input: GateInput): GateResult {
  const safety = assessSafety(input);
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
