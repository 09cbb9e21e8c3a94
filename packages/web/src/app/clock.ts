/**
 * The one clock the web app reads time from. Wall time is derived from `performance.now()` so it is
 * monotonic within a page (a changed system clock cannot jump a hold) and browser tests can drive it with
 * Playwright's clock API, which controls both `performance` and `Date`.
 */
import { type Instant, instant } from "@limber/core/units";

export function now(): Instant {
  return instant(performance.timeOrigin + performance.now());
}

/** Milliseconds from now until `at` (negative when it has passed). */
export function untilInstant(at: Instant): number {
  return at - now();
}
