/**
 * The one clock shape, injected wherever time is read so tests drive it exactly. Two readings, because they
 * answer different questions:
 * - `wallNow()`: the calendar, for anything recorded or compared with records (journal events, screenings,
 *   the session gate, local days).
 * - `now()`: for timing a session; monotonic where the platform has one, so a changed system clock cannot
 *   jump a hold. It may drift from the calendar (it may not advance while a device sleeps).
 */
import { type Instant, instant } from "./units";

export type Clock = {
  readonly now: () => Instant;
  readonly wallNow: () => Instant;
};

/** The platform's calendar clock for both readings (a server, the CLI, tests). */
export const systemClock: Clock = { now: () => instant(Date.now()), wallNow: () => instant(Date.now()) };

/** The calendar time of a moment read with `clock.now()` (to stamp a record from a session moment). */
export function wallTimeOf(clock: Clock, at: Instant): Instant {
  return instant(clock.wallNow() - (clock.now() - at));
}

/** A clock whose two readings are both `read()`: for tests and tools that hold the time themselves. */
export function clockFrom(read: () => number): Clock {
  return { now: () => instant(read()), wallNow: () => instant(read()) };
}
