/**
 * The time a device says it recorded something (a journal event, a safety fact, a screening's `authored`),
 * checked against the server's clock. A phone's clock may run a little fast; further ahead is a wrong clock.
 */
import type { Clock } from "@limber/core/clock";
import { invalidInput } from "../errors/api-error";
import { INSTANT_RANGE_MESSAGE, isStorableInstant } from "./storable-instant";

/** How far ahead of the server's clock a device's clock may run before its times are refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export const AHEAD_OF_CLOCK_MESSAGE = "is in the future; check the device's clock";

/** Whether a recorded time lies further ahead of the clock than skew allows. */
export function isAheadOfClock(atMs: number, clock: Clock): boolean {
  return atMs > clock.wallNow() + CLOCK_SKEW_MS;
}

/** Refuses (400) a recorded `at` the database cannot store or that lies ahead of the clock. */
export function checkRecordedAt(at: string, clock: Clock): void {
  if (!isStorableInstant(at)) {
    throw invalidInput([{ code: "invalid_date", path: "at", message: INSTANT_RANGE_MESSAGE }]);
  }
  if (isAheadOfClock(Date.parse(at), clock)) {
    throw invalidInput([{ code: "event_after_now", path: "at", message: AHEAD_OF_CLOCK_MESSAGE }]);
  }
}
