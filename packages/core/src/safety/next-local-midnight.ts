/**
 * The first instant of the next local calendar day in an IANA time zone, read through `localDay` (the
 * platform's Intl), so a day of 23 or 25 hours, or a day whose midnight is skipped by a clock change, is right.
 */
import { localDay } from "../journal/local-day";
import { HOUR_MS } from "../units";

/** Every time zone offset in use is a whole number of quarter hours, so local days begin on this grid. */
const STEP_MS = HOUR_MS / 4;
/** A local day lasts at most 25 hours; 27 leaves room for the rounding to the grid. */
const LONGEST_SEARCH_MS = 27 * HOUR_MS;

export function nextLocalMidnight(epochMs: number, timeZone: string): number {
  const today = localDay(epochMs, timeZone);
  // Stryker disable next-line ArithmeticOperator: starting a step earlier only visits instants still on `today`.
  const first = Math.floor(epochMs / STEP_MS) * STEP_MS + STEP_MS;
  // Stryker disable next-line EqualityOperator: no local day ends exactly 27 h after an instant on it.
  for (let at = first; at <= epochMs + LONGEST_SEARCH_MS; at += STEP_MS) {
    if (localDay(at, timeZone) > today) return at;
  }
  // Unreachable for a real zone; a day that never ends would otherwise rest forever.
  // Stryker disable next-line all: unreachable with a real time zone, kept so a broken platform fails loudly.
  throw new Error(`no local midnight within 27 hours of ${new Date(epochMs).toISOString()} in ${timeZone}`);
}
