/**
 * One day, everywhere: a person whose device is set to another zone than their journal's (travelling, or a
 * clinician reading a shared record) sees the same local days in the chart, the visit summary and the rules.
 */
import { assessJournal } from "@limber/core/journal/assess";
import type { JournalEvent } from "@limber/core/journal/events";
import { localDay } from "@limber/core/journal/local-day";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tallySessions } from "../summary/session-tally";
import { deriveTrend, lastDays, type TrendFrame } from "./trend";

const JOURNAL_ZONE = "Asia/Tokyo";
const DEVICE_ZONE = "America/Los_Angeles";
const NOW = Date.parse("2026-11-24T12:00:00Z");
const frame: TrendFrame = {
  ...lastDays(NOW, 10),
  timeZone: JOURNAL_ZONE,
  width: 2000,
  height: 150,
  inset: { top: 10, right: 10, bottom: 10, left: 10 },
  lane: 30,
};
// 00:30 and 23:30 on 20 November in Tokyo: one day there, but 19 and 20 November in Los Angeles.
const urges: JournalEvent[] = [
  { type: "adjust-urge", id: "00000000-0000-4000-8000-000000000001", at: "2026-11-19T15:30:00Z" },
  { type: "adjust-urge", id: "00000000-0000-4000-8000-000000000002", at: "2026-11-20T14:30:00Z" },
];
/** The chart's day a moment falls in: the last x-axis midnight at or before it. */
const chartDayOf = (ticks: readonly { epochMs: number }[], epochMs: number) =>
  ticks.filter((tick) => tick.epochMs <= epochMs).at(-1)?.epochMs;

let savedZone: string | undefined;
beforeAll(() => {
  savedZone = process.env.TZ;
  process.env.TZ = DEVICE_ZONE;
});
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe("a device in another zone than the journal", () => {
  it("is really in another zone for these tests", () => {
    expect(localDay(Date.parse(urges[0]?.at ?? ""), JOURNAL_ZONE)).toBe("2026-11-20");
    expect(new Date(urges[0]?.at ?? "").getDate()).toBe(19);
  });

  it("starts the chart's days at midnight in the journal's zone, not the device's", () => {
    const ticks = deriveTrend([], frame).xTicks;
    expect(ticks.length).toBe(10);
    for (const tick of ticks) {
      expect(localDay(tick.epochMs - 1, JOURNAL_ZONE)).not.toBe(localDay(tick.epochMs, JOURNAL_ZONE));
    }
    expect(localDay(ticks.at(-1)?.epochMs ?? 0, JOURNAL_ZONE)).toBe(localDay(NOW, JOURNAL_ZONE));
  });

  it("puts on one chart day the urges the rules count on one day, and the summary agrees", () => {
    const rules = assessJournal({ timeZone: JOURNAL_ZONE, now: new Date(NOW).toISOString(), events: urges });
    expect(rules.ok && rules.value.flags.map((flag) => flag.code)).toEqual(["frequent-adjusting"]);
    const ticks = deriveTrend([], frame).xTicks;
    const [first, second] = urges.map((urge) => chartDayOf(ticks, Date.parse(urge.at)));
    expect(first).toBeDefined();
    expect(first).toBe(second);
    expect(tallySessions(urges, JOURNAL_ZONE).mostUrgesInADay).toBe(2);
  });

  it("keeps apart urges the rules see on two days", () => {
    const apart = [urges[1], { ...urges[0], at: "2026-11-20T15:30:00Z" }] as JournalEvent[];
    const rules = assessJournal({ timeZone: JOURNAL_ZONE, now: new Date(NOW).toISOString(), events: apart });
    expect(rules.ok && rules.value.flags).toEqual([]);
    const ticks = deriveTrend([], frame).xTicks;
    const [first, second] = apart.map((urge) => chartDayOf(ticks, Date.parse(urge.at)));
    expect(first).not.toBe(second);
    expect(tallySessions(apart, JOURNAL_ZONE).mostUrgesInADay).toBe(1);
  });
});
