import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDay } from "../journal/local-day";
import { HOUR_MS } from "../units";
import { nextLocalMidnight } from "./next-local-midnight";

const ms = (iso: string) => Date.parse(iso);
const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "America/Santiago",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
] as const;

describe("next local midnight: the first instant of the next local day", () => {
  it.each([
    ["an ordinary day in London", "Europe/London", "2026-11-24T15:00:00Z", "2026-11-25T00:00:00.000Z"],
    ["a summer day in London", "Europe/London", "2026-07-01T15:00:00Z", "2026-07-01T23:00:00.000Z"],
    [
      "the 23-hour day when London springs forward",
      "Europe/London",
      "2026-03-29T10:00:00Z",
      "2026-03-29T23:00:00.000Z",
    ],
    [
      "the 25-hour day when London falls back",
      "Europe/London",
      "2026-10-25T00:30:00Z",
      "2026-10-26T00:00:00.000Z",
    ],
    [
      "New York on its spring-forward day",
      "America/New_York",
      "2026-03-08T16:00:00Z",
      "2026-03-09T04:00:00.000Z",
    ],
    ["New York on its fall-back day", "America/New_York", "2026-11-01T12:00:00Z", "2026-11-02T05:00:00.000Z"],
    [
      "Santiago, where the clock skips midnight (the day starts at 01:00)",
      "America/Santiago",
      "2026-09-05T20:00:00Z",
      "2026-09-06T04:00:00.000Z",
    ],
    ["Kathmandu at +05:45", "Asia/Kathmandu", "2026-11-24T10:00:00Z", "2026-11-24T18:15:00.000Z"],
    ["one millisecond before midnight", "UTC", "2026-11-24T23:59:59.999Z", "2026-11-25T00:00:00.000Z"],
    ["exactly at midnight: the next one", "UTC", "2026-11-24T00:00:00.000Z", "2026-11-25T00:00:00.000Z"],
  ])("%s", (_, zone, at, expected) => {
    expect(new Date(nextLocalMidnight(ms(at), zone)).toISOString()).toBe(expected);
  });

  it("is after the instant, on the next local day, no more than 25 h away, and the day before it is today (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: ms("2020-01-01T00:00:00Z"), max: ms("2035-12-31T00:00:00Z") }),
        (zone, at) => {
          const midnight = nextLocalMidnight(at, zone);
          expect(midnight).toBeGreaterThan(at);
          expect(midnight - at).toBeLessThanOrEqual(25 * HOUR_MS);
          expect(localDay(midnight - 1, zone)).toBe(localDay(at, zone));
          expect(localDay(midnight, zone) > localDay(at, zone)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
