/**
 * Stiffness and pain over time as an SVG line chart on the 0-10 scale, with sessions on their own lane below
 * it (a stop for pain as a red cross), so no marker can read as a score. The axis labels are HTML laid over
 * the drawing, so they keep their CSS size (12-16 px) however wide the chart is drawn, on paper too. The SVG
 * is summarised for screen readers; the table beside it carries every value.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import { localParts } from "@limber/core/plan/zoned-time";
import { deriveTrend, type TrendFrame } from "./trend";

// The drawing's own units: the axis labels live outside it, in the canvas's padding (journal.css).
const SIZE = {
  width: 480,
  height: 240,
  inset: { top: 10, right: 10, bottom: 0, left: 4 },
  lane: 36,
} as const;

const percent = (value: number, of: number) => `${Math.round((value / of) * 10_000) / 100}%`;

// A formatter is costly to make (the first for a zone loads its data: tens of ms on a phone): one per zone,
// made once (by prepareChartDates, or when the chart first draws), not at every render.
const dayLabels = new Map<string, Intl.DateTimeFormat>();
function dayLabelFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayLabels.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone });
    dayLabels.set(timeZone, format);
  }
  return format;
}

/**
 * Makes the formatters the chart's dates need in `timeZone` (its axis labels, and core's reading of local
 * days), so the journal can pay for them in a task before the chart's own.
 */
export function prepareChartDates(timeZone: string, nowMs: number): void {
  dayLabelFormat(timeZone);
  localParts(nowMs, timeZone);
}

type TrendChartProps = {
  readonly events: readonly JournalEvent[];
  readonly fromMs: number;
  readonly toMs: number;
  /** The journal's IANA zone: the chart's days are the days the rules count. */
  readonly timeZone: string;
  readonly title: string;
};

export function TrendChart({ events, fromMs, toMs, timeZone, title }: TrendChartProps) {
  const frame: TrendFrame = { fromMs, toMs, timeZone, ...SIZE };
  const dayLabel = dayLabelFormat(timeZone);
  const trend = deriveTrend(events, frame);
  const { plot, lane } = trend;
  const stops = trend.sessions.filter((s) => s.outcome === "stopped-for-pain").length;
  const summary =
    trend.points.length === 0
      ? "No check-ins in this period yet."
      : `${trend.points.length} check-ins. Latest stiffness ${trend.points.at(-1)?.stiffness.value} of 10, pain ${trend.points.at(-1)?.pain.value} of 10. ${trend.sessions.length} sessions, ${stops} stopped for pain. Every value is in the table below.`;
  return (
    <figure class="trend">
      <div class="trend-canvas">
        <div class="trend-drawing">
          <svg
            viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
            role="img"
            aria-labelledby="trend-title trend-desc"
            data-testid="trend-chart"
          >
            <title id="trend-title">{title}</title>
            <desc id="trend-desc">{summary}</desc>
            {trend.yTicks.map((tick) => (
              <line key={tick.value} class="grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            ))}
            <line class="lane-line" x1={plot.left} x2={plot.right} y1={lane.y} y2={lane.y} />
            {trend.sessions.map((s) =>
              s.outcome === "stopped-for-pain" ? (
                <path
                  key={s.id}
                  class="marker-stop"
                  data-outcome={s.outcome}
                  d={`M${s.x - 6} ${lane.y - 6} l12 12 m0 -12 l-12 12`}
                />
              ) : (
                <circle
                  key={s.id}
                  class="marker-session"
                  data-outcome={s.outcome}
                  cx={s.x}
                  cy={lane.y}
                  r={5}
                />
              ),
            )}
            <path class="line-stiffness" d={trend.stiffnessPath} />
            <path class="line-pain" d={trend.painPath} />
            {trend.points.map((p) => (
              <g key={p.id}>
                <circle class="dot-stiffness" cx={p.x} cy={p.stiffness.y} r={4} />
                <rect class="dot-pain" x={p.x - 4} y={p.pain.y - 4} width={8} height={8} />
              </g>
            ))}
          </svg>
          <div class="trend-labels" aria-hidden="true">
            {trend.yTicks.map((tick) => (
              <span
                key={tick.value}
                class="trend-label trend-label-y"
                style={{ top: percent(tick.y, SIZE.height) }}
              >
                {tick.value}
              </span>
            ))}
            <span
              class="trend-label trend-label-y trend-label-lane"
              style={{ top: percent(lane.y, SIZE.height) }}
            >
              Sessions
            </span>
            {trend.xTicks.map((tick, index) => (
              <span
                key={tick.epochMs}
                class={`trend-label trend-label-x${index === trend.xTicks.length - 1 && tick.x > plot.right - 40 ? " trend-label-end" : ""}`}
                style={{ left: percent(tick.x, SIZE.width) }}
              >
                {dayLabel.format(tick.epochMs)}
              </span>
            ))}
          </div>
        </div>
      </div>
      <figcaption class="legend">
        <span class="key key-stiffness">Stiffness (circles, solid line)</span>
        <span class="key key-pain">Pain (squares, dashed line)</span>
        <span class="key key-session">Session (dot, on the lane below the scale)</span>
        <span class="key key-stop">Stopped for pain (cross, on the same lane)</span>
      </figcaption>
    </figure>
  );
}
