import type { JournalEvent } from "@limber/core/journal/events";
import { describe, expect, it } from "vitest";
import { deriveTrend, eventsWithin, lastDays, type TrendFrame } from "./trend";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const frame: TrendFrame = {
  ...lastDays(NOW, 10),
  timeZone: "Europe/Madrid",
  width: 300,
  height: 150,
  inset: { top: 10, right: 10, bottom: 10, left: 10 },
  lane: 30,
};
const checkIn = (id: string, at: string, stiffness: number, pain: number): JournalEvent => ({
  type: "check-in",
  id,
  at,
  stiffness,
  pain,
  symptoms: [],
});

describe("the trend chart's data", () => {
  it("places a check-in at its time along x and its score along y, 0 at the bottom and 10 at the top", () => {
    const trend = deriveTrend(
      [checkIn("a", "2026-11-14T12:00:00Z", 10, 0), checkIn("b", "2026-11-24T12:00:00Z", 0, 5)],
      frame,
    );
    expect(trend.points.map((p) => [p.x, p.stiffness.y, p.pain.y])).toEqual([
      [10, 10, 110],
      [290, 110, 60],
    ]);
    expect(trend.stiffnessPath).toBe("M10 10 L290 110");
  });

  it("orders points by time even when the journal is not", () => {
    const trend = deriveTrend(
      [checkIn("late", "2026-11-20T12:00:00Z", 3, 3), checkIn("early", "2026-11-18T12:00:00Z", 5, 5)],
      frame,
    );
    expect(trend.points.map((p) => p.id)).toEqual(["early", "late"]);
  });

  it("marks sessions with their outcome so a stop for pain stands out", () => {
    const trend = deriveTrend(
      [
        {
          type: "session",
          id: "s1",
          at: "2026-11-19T12:00:00Z",
          technique: "thoracic-foam-roll",
          outcome: "completed",
        },
        {
          type: "session",
          id: "s2",
          at: "2026-11-20T12:00:00Z",
          technique: "supine-spinal-twist",
          outcome: "stopped-for-pain",
        },
        { type: "adjust-urge", id: "u", at: "2026-11-20T13:00:00Z" },
      ],
      frame,
    );
    expect(trend.sessions.map((s) => [s.id, s.outcome, s.x])).toEqual([
      ["s1", "completed", 150],
      ["s2", "stopped-for-pain", 178],
    ]);
    expect(trend.points).toEqual([]);
    expect(trend.stiffnessPath).toBe("");
  });

  it("leaves out events outside the window", () => {
    const trend = deriveTrend([checkIn("old", "2026-11-01T12:00:00Z", 5, 5)], frame);
    expect(trend.points).toEqual([]);
  });

  it("labels at most one tick per 60 px of axis", () => {
    const narrow = deriveTrend([], { ...frame, ...lastDays(NOW, 60) });
    expect(narrow.xTicks.length).toBeLessThanOrEqual(Math.floor(280 / 60));
    expect(narrow.xTicks.length).toBeGreaterThan(0);
  });

  it("draws sessions and stops on their own lane below the 0-10 scale, never on it", () => {
    const trend = deriveTrend(
      [
        {
          type: "session",
          id: "s",
          at: "2026-11-19T12:00:00Z",
          technique: "thoracic-foam-roll",
          outcome: "completed",
        },
        {
          type: "session",
          id: "x",
          at: "2026-11-20T12:00:00Z",
          technique: "supine-spinal-twist",
          outcome: "stopped-for-pain",
        },
      ],
      frame,
    );
    expect(trend.lane.top).toBeGreaterThan(trend.plot.bottom);
    expect(trend.lane.bottom).toBeLessThanOrEqual(frame.height - frame.inset.bottom);
    for (const tick of trend.yTicks) expect(tick.y).toBeLessThan(trend.lane.top);
    expect(trend.lane.y).toBeGreaterThan(trend.lane.top);
    expect(trend.lane.y).toBeLessThan(trend.lane.bottom);
  });

  it.each([7, 14, 30, 90])("labels the x-axis up to today over the last %i days", (days) => {
    for (const width of [300, 480, 900]) {
      const trend = deriveTrend([], { ...frame, ...lastDays(NOW, days), width });
      // Today began at midnight in Madrid, 23:00 UTC the day before.
      expect(trend.xTicks.at(-1)?.epochMs).toBe(Date.parse("2026-11-23T23:00:00Z"));
      expect(trend.xTicks.length).toBeLessThanOrEqual(Math.max(2, Math.floor((width - 20) / 60)));
    }
  });
});

describe("the events within a span", () => {
  it("keeps the events at both ends and drops those just outside, in their order", () => {
    const at = (ms: number) => ({ at: new Date(ms).toISOString() });
    const span = lastDays(Date.parse("2026-11-24T12:00:00Z"), 7);
    const events = [at(span.fromMs - 1), at(span.fromMs), at(span.toMs), at(span.toMs + 1)];
    expect(eventsWithin(events, span)).toEqual([events[1], events[2]]);
  });
});
