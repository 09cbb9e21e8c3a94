/**
 * Local wall-clock times in an IANA time zone, through the platform's Intl (no time-zone tables of our own):
 * the instant a local date and time names, and the local date, weekday and time of an instant. A local time
 * skipped by a spring-forward change moves on by the gap (RFC 5545, 3.3.5); a repeated one takes the first.
 */
import { DAY_MS, HOUR_MS } from "../units";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "long",
    });
    // Bounded: a server sees few zones, but never let a caller grow this without end.
    if (formatters.size > 256) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export type LocalParts = {
  /** YYYY-MM-DD */
  readonly date: string;
  /** "monday".."sunday" */
  readonly weekday: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
};

function partsOf(epochMs: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second" | "weekday", string>;
}

/** The local date, weekday and minute of the day of an instant. */
export function localParts(epochMs: number, timeZone: string): LocalParts {
  const p = partsOf(epochMs, timeZone);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: p.weekday.toLowerCase(),
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = partsOf(epochMs, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant at which the clocks in `timeZone` show `date` (YYYY-MM-DD) at `minutes` past midnight. */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    minutes * 60_000;
  // Offsets before and after the wall time: they differ only near a change.
  const before = offsetAt(wall - 36 * HOUR_MS, timeZone);
  const after = offsetAt(wall + 36 * HOUR_MS, timeZone);
  const candidates = [wall - before, wall - after];
  // The first candidate whose local reading is the wall time (a repeated hour: the earlier instant).
  const exact = candidates.filter((at) => at + offsetAt(at, timeZone) === wall).sort((a, b) => a - b)[0];
  // None: the wall time falls in a spring-forward gap; read it with the offset before the gap.
  return exact ?? wall - before;
}

/** The local date `days` after `date` (YYYY-MM-DD; negative goes back): calendar arithmetic, no zone. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The next local date after `date` (YYYY-MM-DD). */
export const nextDate = (date: string): string => addDays(date, 1);

/**
 * The first instant of each local day in `timeZone` that begins within [fromMs, toMs]: where a chart draws
 * its day lines, on the same days the journal rules count (`localDay`).
 */
export function localMidnights(fromMs: number, toMs: number, timeZone: string): number[] {
  const midnights: number[] = [];
  for (let date = localParts(fromMs, timeZone).date; ; date = nextDate(date)) {
    const midnight = zonedInstant(date, 0, timeZone);
    if (midnight > toMs) return midnights;
    if (midnight >= fromMs) midnights.push(midnight);
  }
}
