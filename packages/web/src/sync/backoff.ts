/** How long to wait before retrying after `attempts` failures: doubling from 1 s, capped at 5 min, jittered. */
export const BACKOFF = { firstMs: 1_000, maxMs: 5 * 60_000 } as const;

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, attempts - 1));
  // Full jitter between half and all of the ceiling, so many devices coming back online do not retry together.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The wait before the next try: the backoff, or longer when the server asked for it (Retry-After on a 429 or
 * 503), since trying sooner only meets the same refusal. Never beyond the backoff's own cap, so a mistaken or
 * hostile header cannot stop the record syncing for hours.
 */
export function retryWaitMs(
  attempts: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number {
  const asked = Math.min(BACKOFF.maxMs, (retryAfterSeconds ?? 0) * 1_000);
  return Math.max(backoffMs(attempts, random), asked);
}
