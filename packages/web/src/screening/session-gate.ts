/** The core's session gate over the device's record: may a session start now, and if not, why. */
import type { JournalEvent } from "@limber/core/journal/events";
import { checkSessionGate, type GateResult } from "@limber/core/session/gate";
import type { Instant } from "@limber/core/units";
import type { ScreeningRecord } from "../storage/store";

export function gateInput(screenings: readonly ScreeningRecord[], events: readonly JournalEvent[]) {
  const latest = screenings[0];
  return { lastScreening: latest ? { outcome: latest.decision.outcome, at: latest.at } : null, events };
}

export function sessionGate(
  screenings: readonly ScreeningRecord[],
  events: readonly JournalEvent[],
  now: Instant,
): GateResult {
  return checkSessionGate({ ...gateInput(screenings, events), now });
}
