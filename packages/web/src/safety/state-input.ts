/**
 * The input each of the person's safety states was computed from, so a notice can say what ends each reason
 * (a date needs the journal and the time zone) from the state alone. `useSafetyState` records it; a state
 * without one (made elsewhere) is still shown, its reasons once each, without their ends.
 */
import type { SafetyInput, SafetyState } from "@limber/core/safety/safety-state";

const inputs = new WeakMap<SafetyState, SafetyInput>();

export function rememberInput(state: SafetyState, input: SafetyInput): SafetyState {
  inputs.set(state, input);
  return state;
}

export function inputOf(state: SafetyState): SafetyInput | undefined {
  return inputs.get(state);
}
