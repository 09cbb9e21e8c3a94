/**
 * The clocks the web app reads time from.
 *
 * - `now()`: for timing a session. Derived from `performance.now()`, so it is monotonic within a page (a
 *   changed system clock cannot jump a hold) and browser tests drive it with Playwright's clock API.
 * - `wallNow()`: for anything recorded or compared with records (journal events, screenings, the session
 *   gate). `performance.now()` can fall behind the calendar (it may not advance while a device sleeps), and
 *   a stop for pain stamped earlier than the screening it follows would slip past the gate.
 */
import { type Instant, instant } from "@limber/core/units";

export function now(): Instant {
  return instant(performance.timeOrigin + performance.now());
}

export function wallNow(): Instant {
  return instant(Date.now());
}

/** The calendar time of an instant measured with `now()` (for stamping a record from a session moment). */
export function toWallTime(at: Instant): Instant {
  return instant(wallNow() - (now() - at));
}
