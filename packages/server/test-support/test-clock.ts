/** A clock a test moves by hand: both of core's readings come from the one time the test sets. */
import { type Clock, clockFrom } from "@limber/core/clock";

export function testClock(read: () => number | string | Date): Clock {
  return clockFrom(() => new Date(read()).getTime());
}
