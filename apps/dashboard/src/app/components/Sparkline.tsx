import { DemoTag } from "@jamlik/ui";
import { formatValue } from "../format.ts";
import type { MetricUnit } from "../graphql/fragmentTypes.ts";
import { periodMidpoint } from "../periods.ts";
import { linear } from "./chartScale.ts";

export interface SparklineProps {
  points: { period: string; value: number }[];
  unit: MetricUnit | null;
  /** Any point is demo data: said in the text alternative and next to the line. */
  demo: boolean;
  /** What the trend is of, for its text alternative. */
  label: string;
}

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/** A small trend line; its text alternative lists every value. Needs two values to be a trend. */
export function Sparkline({ points, unit, label, demo }: SparklineProps) {
  const located = points.flatMap((p) => {
    const x = periodMidpoint(p.period);
    return x === undefined ? [] : [{ ...p, x }];
  });
  if (located.length < 2) return null;
  const xs = located.map((p) => p.x);
  const values = located.map((p) => p.value);
  const x = linear({ min: Math.min(...xs), max: Math.max(...xs) }, PAD, WIDTH - PAD);
  const low = Math.min(0, ...values);
  const high = Math.max(...values);
  const y = linear({ min: low, max: high === low ? low + 1 : high }, HEIGHT - PAD, PAD);
  const path = located.map((p) => `${x(p.x).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const last = located.at(-1);
  const text = `Trend för ${label}${demo ? " (demodata)" : ""}: ${located.map((p) => `${p.period} ${formatValue(p.value, unit)}`).join(", ")}`;
  return (
    <span class="sparkline-wrap" data-demo={String(demo)}>
      <svg
        class="sparkline"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={text}
      >
        <title>{text}</title>
        <polyline
          points={path}
          fill="none"
          stroke="currentColor"
          stroke-width="1.75"
          stroke-linejoin="round"
        />
        {last && <circle cx={x(last.x)} cy={y(last.value)} r="2.5" fill="currentColor" />}
      </svg>
      {demo && <DemoTag />}
    </span>
  );
}
