/**
 * Local calendar days in any IANA time zone, through the platform's Intl (no time-zone tables of our own).
 * Formatters are cached by the zone's canonical name in a small LRU, so the thousands of letter-case
 * variants of one zone a client may send ("europe/LONDON"...) share one formatter and memory stays bounded.
 */

/** How many formatters (and raw-name aliases) are kept; more zones than this are simply rebuilt. */
export const ZONE_CACHE_LIMIT = 256;

/** A Map used as a least-recently-used cache: reading an entry moves it to the end; the oldest goes first. */
class RecentlyUsed<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }
  get size(): number {
    return this.entries.size;
  }
}

const byCanonicalZone = new RecentlyUsed<Intl.DateTimeFormat>(ZONE_CACHE_LIMIT);
const byRequestedName = new RecentlyUsed<Intl.DateTimeFormat>(ZONE_CACHE_LIMIT);

const newFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  // Zone names are case-insensitive (ECMA-402), so every letter-case variant is one alias.
  const name = timeZone.toLowerCase();
  const known = byRequestedName.get(name);
  if (known) return known;
  const fresh = newFormatter(timeZone); // throws RangeError for a name that is not a zone
  const canonical = fresh.resolvedOptions().timeZone;
  const formatter = byCanonicalZone.get(canonical) ?? fresh;
  byCanonicalZone.set(canonical, formatter);
  byRequestedName.set(name, formatter);
  return formatter;
}

/** How many formatters and aliases the cache holds now (each at most ZONE_CACHE_LIMIT): for tests and benchmarks. */
export function zoneCacheSize(): { formatters: number; names: number } {
  return { formatters: byCanonicalZone.size, names: byRequestedName.size };
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDay(epochMs: number, timeZone: string): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}
