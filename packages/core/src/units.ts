/** Branded units so a timer cannot mix seconds and milliseconds, or an event id and a user id. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Seconds = Brand<number, "Seconds">;
export type Milliseconds = Brand<number, "Milliseconds">;
/** Milliseconds since the Unix epoch, as `Date.now()` returns. */
export type Instant = Brand<number, "Instant">;

export const seconds = (n: number) => n as Seconds;
export const milliseconds = (n: number) => n as Milliseconds;
export const instant = (n: number) => n as Instant;
export const toMilliseconds = (s: Seconds) => (s * 1000) as Milliseconds;
export const SECOND_MS = milliseconds(1000);
export const MINUTE_MS = milliseconds(60 * SECOND_MS);
export const HOUR_MS = milliseconds(60 * MINUTE_MS);
export const DAY_MS = milliseconds(24 * HOUR_MS);
