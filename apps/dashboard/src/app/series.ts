import type { SeriesMeasurement } from "./graphql/types.ts";
import { comparePeriods } from "./periods.ts";

/** The region's own totals (not split by sex, not per care unit), oldest first: what trends and charts show. */
export function totals<T extends SeriesMeasurement>(measurements: readonly T[], metric?: string): T[] {
  return measurements
    .filter(
      (m) =>
        (metric === undefined || m.metric.code === metric) &&
        m.careUnit === null &&
        m.sex !== "K" &&
        m.sex !== "M",
    )
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The mean of the values given, or undefined when there are none. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
