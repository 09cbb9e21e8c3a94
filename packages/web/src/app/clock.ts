/**
 * The web app's clock (core's `Clock`): `now()` from `performance.now()`, monotonic within a page (a changed
 * system clock cannot jump a hold; browser tests drive it with Playwright's clock API); `wallNow()` from the
 * calendar, for anything recorded or compared with records. `performance.now()` can fall behind the calendar
 * (it may not advance while a device sleeps), and a stop for pain stamped earlier than the screening it
 * follows would slip past the gate.
 */
import { type Clock, wallTimeOf } from "@limber/core/clock";
import { type Instant, instant } from "@limber/core/units";

export const browserClock: Clock = {
  now: () => instant(performance.timeOrigin + performance.now()),
  wallNow: () => instant(Date.now()),
};

export const { now, wallNow } = browserClock;

/** The calendar time of an instant measured with `now()` (for stamping a record from a session moment). */
export const toWallTime = (at: Instant): Instant => wallTimeOf(browserClock, at);
