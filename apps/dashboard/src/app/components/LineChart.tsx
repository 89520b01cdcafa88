import { DemoTag, formatNumber } from "@jamlik/ui";
import { useId } from "preact/hooks";
import { formatValue, unitName } from "../format.ts";
import type { MetricUnit } from "../graphql/fragmentTypes.ts";
import { periodMidpoint, periodSpan } from "../periods.ts";
import { linear, ticks, valueDomain, yearDomain } from "./chartScale.ts";

export interface ChartSeries {
  key: string;
  name: string;
  points: { period: string; value: number }[];
  /** Any point of the series is demo data: the legend says so. */
  demo: boolean;
}

export interface ChartReference {
  label: string;
  value: number;
}

export interface LineChartProps {
  title: string;
  /** A sentence or two on what the chart shows; the data table beside it has every value. */
  description: string;
  /** Null when the documents do not state the unit. */
  unit: MetricUnit | null;
  series: ChartSeries[];
  /** Horizontal reference lines, for example a goal's target. */
  references?: ChartReference[];
}

const WIDTH = 720;
const HEIGHT = 340;
const MARGIN = { top: 16, right: 20, bottom: 52, left: 64 };

/** Colours with at least 4.5:1 against white, each paired with its own marker and dash so colour is never the only cue. */
export const SERIES_STYLES = [
  { color: "#0b57a4", marker: "circle", dash: "" },
  { color: "#b3261e", marker: "square", dash: "7 4" },
  { color: "#1d6b33", marker: "triangle", dash: "2 3" },
  { color: "#6f3aa6", marker: "diamond", dash: "10 3 2 3" },
  { color: "#8a4b00", marker: "circle", dash: "4 4" },
  { color: "#00656e", marker: "square", dash: "" },
  { color: "#4a4a4a", marker: "triangle", dash: "7 4" },
] as const;

export const seriesStyle = (index: number) =>
  SERIES_STYLES[index % SERIES_STYLES.length] ?? (SERIES_STYLES[0] as (typeof SERIES_STYLES)[number]);

export function Marker({ kind, x, y, color }: { kind: string; x: number; y: number; color: string }) {
  const r = 4.5;
  if (kind === "square") return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={color} />;
  if (kind === "triangle") {
    return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={color} />;
  }
  if (kind === "diamond") {
    return (
      <polygon
        points={`${x},${y - r - 1.5} ${x + r + 1.5},${y} ${x},${y + r + 1.5} ${x - r - 1.5},${y}`}
        fill={color}
      />
    );
  }
  return <circle cx={x} cy={y} r={r} fill={color} />;
}

/**
 * One metric over time for several regions: an SVG with axes, gridlines, units, a legend and a
 * text alternative (`<title>`, `<desc>`); written for this app, no chart library.
 */
export function LineChart({ title, description, unit, series, references = [] }: LineChartProps) {
  const id = useId();
  const spans = series.flatMap((s) => s.points.flatMap((p) => periodSpan(p.period) ?? []));
  const years = yearDomain(spans);
  const values = [...series.flatMap((s) => s.points.map((p) => p.value)), ...references.map((r) => r.value)];
  const yDomain = valueDomain(values, unit === "PERCENT");
  const x = linear(years, MARGIN.left, WIDTH - MARGIN.right);
  const y = linear(yDomain, HEIGHT - MARGIN.bottom, MARGIN.top);
  const yearCount = years.max - years.min;
  const labelEvery = yearCount > 24 ? 5 : yearCount > 12 ? 2 : 1;
  const yearTicks = Array.from({ length: yearCount + 1 }, (_, i) => years.min + i);
  const unitSuffix = unit === "PERCENT" ? " (%)" : unit === "MINUTES" ? " (min)" : "";
  const name = unitName(unit);
  const yTitle = `${name.charAt(0).toUpperCase()}${name.slice(1)}${unitSuffix}`;

  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g class="chart-grid">
          {ticks(yDomain, yDomain.step).map((value) => (
            <g key={`y${value}`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
              <text x={MARGIN.left - 8} y={y(value)} dy="0.32em" text-anchor="end" class="chart-tick">
                {formatNumber(value)}
              </text>
            </g>
          ))}
          {yearTicks.map((year) => (
            <line key={`x${year}`} x1={x(year)} x2={x(year)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
          ))}
        </g>
        <g class="chart-axis">
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={HEIGHT - MARGIN.bottom}
            y2={HEIGHT - MARGIN.bottom}
          />
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
          {yearTicks.slice(0, -1).map((year) =>
            (year - years.min) % labelEvery === 0 ? (
              <text
                key={`l${year}`}
                x={x(year + 0.5)}
                y={HEIGHT - MARGIN.bottom + 18}
                text-anchor="middle"
                class="chart-tick"
              >
                {year}
              </text>
            ) : null,
          )}
          <text
            x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
            y={HEIGHT - 8}
            text-anchor="middle"
            class="chart-axis-title"
          >
            År
          </text>
          <text
            transform={`translate(16 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
            text-anchor="middle"
            class="chart-axis-title"
          >
            {yTitle}
          </text>
        </g>
        {references.map((reference) => (
          <g key={reference.label} class="chart-reference">
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(reference.value)}
              y2={y(reference.value)}
            />
            <text x={WIDTH - MARGIN.right - 4} y={y(reference.value) - 6} text-anchor="end">
              {reference.label}: {formatValue(reference.value, unit)}
            </text>
          </g>
        ))}
        {series.map((s, index) => {
          const style = seriesStyle(index);
          const points = s.points.flatMap((p) => {
            const mid = periodMidpoint(p.period);
            return mid === undefined ? [] : [{ ...p, cx: x(mid), cy: y(p.value) }];
          });
          return (
            <g key={s.key} class="chart-series">
              {points.length > 1 && (
                <polyline
                  points={points.map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={style.color}
                  stroke-width="2.5"
                  stroke-dasharray={style.dash || undefined}
                  stroke-linejoin="round"
                />
              )}
              {points.map((p) => (
                <Marker key={p.period} kind={style.marker} x={p.cx} y={p.cy} color={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend" aria-label="Teckenförklaring">
          {series.map((s, index) => {
            const style = seriesStyle(index);
            return (
              <li key={s.key}>
                <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
                  <line
                    x1="2"
                    x2="34"
                    y1="7"
                    y2="7"
                    stroke={style.color}
                    stroke-width="2.5"
                    stroke-dasharray={style.dash || undefined}
                  />
                  <Marker kind={style.marker} x={18} y={7} color={style.color} />
                </svg>
                {s.name}
                {s.points.length === 0 && <span class="muted"> (inga mätvärden)</span>}
                {s.demo && (
                  <>
                    {" "}
                    <DemoTag />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
