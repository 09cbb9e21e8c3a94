import type { Clock } from "@limber/core/clock";

/** The clock's calendar reading as a `Date`, for the SQL and JSON edges (timestamptz columns, ISO strings). */
export function wallDate(clock: Clock): Date {
  return new Date(clock.wallNow());
}
