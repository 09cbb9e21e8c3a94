/**
 * The trend chart's data, derived purely from the journal: stiffness and pain lines from check-ins on the
 * 0-10 scale, and session markers (completed or stopped for pain) on their own lane below it, so a marker can
 * never read as a score. The x-axis is labelled up to today. The SVG only draws what this says.
 */

import { SCALE_MAX } from "@limber/core/journal/event-kinds";
import { compareEvents } from "@limber/core/journal/event-order";
import type { JournalEvent, SessionOutcome, TechniqueId } from "@limber/core/journal/events";
import { localMidnights } from "@limber/core/plan/zoned-time";
import { DAY_MS } from "@limber/core/units";

export type TrendFrame = {
  readonly fromMs: number;
  readonly toMs: number;
  /** The journal's IANA zone: days begin at its midnights, the days the rules count. */
  readonly timeZone: string;
  readonly width: number;
  readonly height: number;
  /** Room around the plot (and its lane) for axis labels. */
  readonly inset: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Height of the sessions lane under the 0-10 scale. */
  readonly lane: number;
};

export type TrendPoint = {
  readonly id: string;
  readonly at: string;
  readonly x: number;
  readonly stiffness: { readonly value: number; readonly y: number };
  readonly pain: { readonly value: number; readonly y: number };
};

export type SessionMarker = {
  readonly id: string;
  readonly at: string;
  readonly x: number;
  readonly technique: TechniqueId;
  readonly outcome: SessionOutcome;
};

export type Trend = {
  readonly points: readonly TrendPoint[];
  readonly sessions: readonly SessionMarker[];
  /** SVG path data for each line; empty when there are no check-ins in the window. */
  readonly stiffnessPath: string;
  readonly painPath: string;
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  readonly xTicks: readonly { readonly epochMs: number; readonly x: number }[];
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** The sessions lane: below the scale's 0 line, markers centred on `y`. */
  readonly lane: { readonly top: number; readonly bottom: number; readonly y: number };
};

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Midnights in the journal's zone inside the window (core's days, not the device's), thinned so no more than
 * `max` labels crowd the axis, counted back from the last (today's), so the axis always reaches today.
 */
function dayStarts(frame: TrendFrame, max: number): number[] {
  const days = localMidnights(frame.fromMs, frame.toMs, frame.timeZone);
  const step = Math.max(1, Math.ceil(days.length / max));
  const last = days.length - 1;
  return days.filter((_, index) => (last - index) % step === 0);
}

export function deriveTrend(events: readonly JournalEvent[], frame: TrendFrame): Trend {
  const plot = {
    left: frame.inset.left,
    right: frame.width - frame.inset.right,
    top: frame.inset.top,
    bottom: frame.height - frame.inset.bottom - frame.lane,
  };
  // A gap of a quarter of the lane keeps the markers clear of the scale's 0 line.
  const laneTop = plot.bottom + frame.lane / 4;
  const lane = {
    top: laneTop,
    bottom: plot.bottom + frame.lane,
    y: round((laneTop + plot.bottom + frame.lane) / 2),
  };
  const span = Math.max(frame.toMs - frame.fromMs, 1);
  const xOf = (epochMs: number) =>
    round(plot.left + ((epochMs - frame.fromMs) / span) * (plot.right - plot.left));
  const yOf = (value: number) => round(plot.bottom - (value / SCALE_MAX) * (plot.bottom - plot.top));
  const inWindow = events
    .map((event) => ({ event, epochMs: Date.parse(event.at) }))
    .filter(({ epochMs }) => epochMs >= frame.fromMs && epochMs <= frame.toMs)
    .sort((a, b) => compareEvents(a.event, b.event));

  const points: TrendPoint[] = [];
  const sessions: SessionMarker[] = [];
  for (const { event, epochMs } of inWindow) {
    if (event.type === "check-in") {
      points.push({
        id: event.id,
        at: event.at,
        x: xOf(epochMs),
        stiffness: { value: event.stiffness, y: yOf(event.stiffness) },
        pain: { value: event.pain, y: yOf(event.pain) },
      });
    } else if (event.type === "session") {
      sessions.push({
        id: event.id,
        at: event.at,
        x: xOf(epochMs),
        technique: event.technique,
        outcome: event.outcome,
      });
    }
  }
  const path = (pick: (p: TrendPoint) => number) =>
    points.map((p, index) => `${index === 0 ? "M" : "L"}${p.x} ${pick(p)}`).join(" ");
  const maxLabels = Math.max(2, Math.floor((plot.right - plot.left) / 60));
  return {
    points,
    sessions,
    stiffnessPath: path((p) => p.stiffness.y),
    painPath: path((p) => p.pain.y),
    yTicks: [0, 2, 4, 6, 8, 10].map((value) => ({ value, y: yOf(value) })),
    xTicks: dayStarts(frame, maxLabels).map((epochMs) => ({ epochMs, x: xOf(epochMs) })),
    plot,
    lane,
  };
}

export type Span = { readonly fromMs: number; readonly toMs: number };

/** The last `days` days up to `nowMs`. */
export function lastDays(nowMs: number, days: number): Span {
  return { fromMs: nowMs - days * DAY_MS, toMs: nowMs };
}

/** The events within `span`, both ends included, in their order. */
export function eventsWithin<E extends { readonly at: string }>(events: readonly E[], span: Span): E[] {
  return events.filter((event) => {
    const t = Date.parse(event.at);
    return t >= span.fromMs && t <= span.toMs;
  });
}
