import type { SeriesMeasurement } from "./graphql/fragmentTypes.ts";
import { comparePeriods } from "./periods.ts";

const notSplit = (m: SeriesMeasurement) => m.careUnit === null && m.sex !== "K" && m.sex !== "M";

/**
 * The region's own totals (not split by sex, not per care unit, not for a part of the region),
 * oldest first: what trends, charts and comparisons show.
 */
export function totals<T extends SeriesMeasurement>(measurements: readonly T[], metric?: string): T[] {
  return measurements
    .filter((m) => (metric === undefined || m.metric.code === metric) && notSplit(m) && m.scope === null)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** Values for a part of the region only (for example närsjukvården), oldest first: shown, never compared. */
export function scoped<T extends SeriesMeasurement>(measurements: readonly T[], metric?: string): T[] {
  return measurements
    .filter((m) => (metric === undefined || m.metric.code === metric) && notSplit(m) && m.scope !== null)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The mean of the values given, or undefined when there are none. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
