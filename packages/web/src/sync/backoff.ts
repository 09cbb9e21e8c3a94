/** How long to wait before retrying after `attempts` failures: doubling from 1 s, capped at 5 min, jittered. */
export const BACKOFF = { firstMs: 1_000, maxMs: 5 * 60_000 } as const;

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, attempts - 1));
  // Full jitter between half and all of the ceiling, so many devices coming back online do not retry together.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
