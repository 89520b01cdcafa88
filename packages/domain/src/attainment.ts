import type { Attainment, Comparator } from "./enums.ts";
import { comparePeriods } from "./periods.ts";

/** Absolute tolerance for the EQ comparator. */
export const EQ_TOLERANCE = 1e-9;

export interface GoalTarget {
  target: number | null;
  comparator: Comparator | null;
}

/**
 * Whether `latestValue` attains the goal: NO_TARGET when the target or comparator is missing
 * (checked first), NO_DATA when there is no value (null, undefined or NaN), otherwise MET or NOT_MET
 * by the comparator, read as "value <comparator> target" (GTE: value ≥ target). EQ allows |value − target| ≤ 1e-9.
 */
export function attainment(goal: GoalTarget, latestValue: number | null | undefined): Attainment {
  const { target, comparator } = goal;
  if (target === null || comparator === null) return "NO_TARGET";
  if (latestValue === null || latestValue === undefined || Number.isNaN(latestValue)) return "NO_DATA";
  return compare(latestValue, comparator, target) ? "MET" : "NOT_MET";
}

function compare(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case "GTE":
      return value >= target;
    case "LTE":
      return value <= target;
    case "GT":
      return value > target;
    case "LT":
      return value < target;
    case "EQ":
      return Math.abs(value - target) <= EQ_TOLERANCE;
  }
}

export interface MeasurementLike {
  period: string;
  value: number | null;
  sex: string | null;
  careUnitId: number | null;
}

/**
 * The newest row (by `comparePeriods`) that has a value and is a total: sex null or "T", and not
 * per care unit (careUnitId null). Of rows with equal periods the first one given wins.
 * Undefined when no row qualifies; throws `PeriodError` if a qualifying row has an invalid period.
 */
export function latestMeasurement<T extends MeasurementLike>(rows: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const row of rows) {
    if (row.value === null || row.careUnitId !== null) continue;
    if (row.sex !== null && row.sex !== "T") continue;
    if (latest === undefined || comparePeriods(row.period, latest.period) > 0) latest = row;
  }
  return latest;
}
