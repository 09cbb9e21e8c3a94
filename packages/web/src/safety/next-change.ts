/**
 * When the safety state can next change by the clock alone: the end of a rest or of an emergency's day (local
 * midnight), a screening turning 24 hours old, an acknowledgement running out, or a journal event leaving the
 * 7-day window. The hook computes the state again then, so a screen left open never shows a state that has run out.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import { JOURNAL_THRESHOLDS } from "@limber/core/journal/thresholds";
import type { Acknowledgement, SafetyState } from "@limber/core/safety/safety-state";

export type ClockInputs = {
  readonly state: SafetyState;
  readonly latestScreeningAt: string | null;
  readonly events: readonly JournalEvent[];
  readonly acknowledgements: readonly Acknowledgement[];
  readonly now: number;
  /** The core's validity spans (`SCREENING_VALID_MS`, `ACKNOWLEDGEMENT_VALID_MS`). */
  readonly validity: { readonly screeningMs: number; readonly acknowledgementMs: number };
};

/** The earliest instant after `now` at which the state may change without any new record; null if none. */
export function nextChange(inputs: ClockInputs): number | null {
  const { state, latestScreeningAt, events, acknowledgements, now, validity } = inputs;
  const candidates: number[] = [];
  if (state.restUntil) candidates.push(Date.parse(state.restUntil));
  if (state.emergencyUntil) candidates.push(Date.parse(state.emergencyUntil));
  if (latestScreeningAt) candidates.push(Date.parse(latestScreeningAt) + validity.screeningMs);
  for (const ack of acknowledgements) candidates.push(Date.parse(ack.at) + validity.acknowledgementMs);
  for (const event of events) candidates.push(Date.parse(event.at) + JOURNAL_THRESHOLDS.recentWindowMs.value);
  const future = candidates.filter((at) => Number.isFinite(at) && at > now);
  return future.length > 0 ? Math.min(...future) : null;
}
