/**
 * The core's safety input from the device's record: the latest screening and those before it, the journal, the recorded
 * acknowledgements, the device's time zone and the wall clock.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { Acknowledgement, SafetyInput } from "@limber/core/safety/safety-state";
import type { Instant } from "@limber/core/units";
import type { ScreeningRecord } from "../storage/screening-record";

/** The safety input from the record, without the clock. Screenings newest first, as the store keeps them. */
export function recordSafetyInput(
  screenings: readonly ScreeningRecord[],
  events: readonly JournalEvent[],
  acknowledgements: readonly Acknowledgement[],
  timeZone: string,
): Omit<SafetyInput, "now"> {
  const [latest, ...earlier] = screenings;
  return {
    latestScreening: latest ? { decision: latest.decision, at: latest.at } : null,
    // An emergency answer in any of them stands for its local day (C-emergency-stands-for-day).
    earlierScreenings: earlier.map(({ decision, at }) => ({ decision, at })),
    events,
    acknowledgements,
    timeZone,
  };
}

/** The safety input from the record at `now`. */
export function safetyInputFrom(
  screenings: readonly ScreeningRecord[],
  events: readonly JournalEvent[],
  acknowledgements: readonly Acknowledgement[],
  timeZone: string,
  now: Instant,
): SafetyInput {
  return { ...recordSafetyInput(screenings, events, acknowledgements, timeZone), now };
}

let zoneRead: { readonly zone: string; readonly atMs: number } | null = null;
/** A zone read is reused this long: asking Intl costs a formatter (and, the first time, its ICU data). */
const ZONE_REREAD_MS = 60_000;

/**
 * The device's IANA time zone; UTC when the browser will not say (the safer choice is still a real zone).
 * Read once, then again at most once a minute (a device carried into another zone is noticed by the next
 * safety recheck, which runs at least that often), not at every render.
 */
export function deviceTimeZone(nowMs: number = Date.now()): string {
  if (zoneRead && Math.abs(nowMs - zoneRead.atMs) < ZONE_REREAD_MS) return zoneRead.zone;
  let zone = "UTC";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    // UTC, as above
  }
  zoneRead = { zone, atMs: nowMs };
  return zone;
}
