/**
 * Stiffness and pain over time as an SVG line chart, with sessions marked (a stop for pain drawn as a
 * red cross). The SVG is summarised for screen readers; the table beside it carries every value.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import { deriveTrend, type TrendFrame } from "./trend";

// A compact canvas so labels stay legible when the chart shrinks to a phone's width.
const SIZE = { width: 480, height: 240, inset: { top: 18, right: 14, bottom: 36, left: 34 } } as const;

const dayLabel = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

type TrendChartProps = {
  readonly events: readonly JournalEvent[];
  readonly fromMs: number;
  readonly toMs: number;
  readonly title: string;
};

export function TrendChart({ events, fromMs, toMs, title }: TrendChartProps) {
  const frame: TrendFrame = { fromMs, toMs, ...SIZE };
  const trend = deriveTrend(events, frame);
  const { plot } = trend;
  const stops = trend.sessions.filter((s) => s.outcome === "stopped-for-pain").length;
  const summary =
    trend.points.length === 0
      ? "No check-ins in this period yet."
      : `${trend.points.length} check-ins. Latest stiffness ${trend.points.at(-1)?.stiffness.value} of 10, pain ${trend.points.at(-1)?.pain.value} of 10. ${trend.sessions.length} sessions, ${stops} stopped for pain. Every value is in the table below.`;
  return (
    <figure class="trend">
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-labelledby="trend-title trend-desc"
        data-testid="trend-chart"
      >
        <title id="trend-title">{title}</title>
        <desc id="trend-desc">{summary}</desc>
        {trend.yTicks.map((tick) => (
          <g key={tick.value}>
            <line class="grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text class="axis" x={plot.left - 8} y={tick.y + 4} text-anchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {trend.xTicks.map((tick) => (
          <text key={tick.epochMs} class="axis" x={tick.x} y={plot.bottom + 22} text-anchor="middle">
            {dayLabel.format(tick.epochMs)}
          </text>
        ))}
        {trend.sessions.map((s) =>
          s.outcome === "stopped-for-pain" ? (
            <g key={s.id} class="marker-stop" data-outcome={s.outcome}>
              <line x1={s.x} x2={s.x} y1={plot.top} y2={plot.bottom} />
              <path d={`M${s.x - 6} ${plot.top - 6} l12 12 m0 -12 l-12 12`} />
            </g>
          ) : (
            <g key={s.id} class="marker-session" data-outcome={s.outcome}>
              <line x1={s.x} x2={s.x} y1={plot.top} y2={plot.bottom} />
              <circle cx={s.x} cy={plot.top} r={5} />
            </g>
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
      <figcaption class="legend">
        <span class="key key-stiffness">Stiffness (circles, solid line)</span>
        <span class="key key-pain">Pain (squares, dashed line)</span>
        <span class="key key-session">Session</span>
        <span class="key key-stop">Stopped for pain</span>
      </figcaption>
    </figure>
  );
}
