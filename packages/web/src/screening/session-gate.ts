/**
 * The core's session gate over the device's record: may a session start now, and if not, why. The gate
 * applies the same safety state the screens show (latest screening, journal, acknowledgements, time zone).
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { Acknowledgement } from "@limber/core/safety/safety-state";
import { checkSessionGate, type GateInput, type GateResult } from "@limber/core/session/gate";
import type { Instant } from "@limber/core/units";
import { recordedAcknowledgements } from "../safety/recorded-acknowledgements";
import { deviceTimeZone, recordSafetyInput } from "../safety/safety-input";
import type { ScreeningRecord } from "../storage/store";

/** The gate's input without the clock (the caller adds `now` from the clock it times the session with). */
export function gateInput(
  screenings: readonly ScreeningRecord[],
  events: readonly JournalEvent[],
  acknowledgements: readonly Acknowledgement[] = recordedAcknowledgements(),
  timeZone: string = deviceTimeZone(),
): Omit<GateInput, "now"> {
  return recordSafetyInput(screenings, events, acknowledgements, timeZone);
}

export function sessionGate(
  screenings: readonly ScreeningRecord[],
  events: readonly JournalEvent[],
  now: Instant,
): GateResult {
  return checkSessionGate({ ...gateInput(screenings, events), now });
}
