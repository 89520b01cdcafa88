import type { Attainment, Comparator } from "./generated/enums.ts";
import { parsePeriod } from "./periods.ts";

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
  /** The part of the region the value covers; only null (the whole region) is a total. */
  scope?: string | null;
  /** The period's bounds when stored with the row (YYYY-MM-DD); parsed from `period` otherwise. */
  periodStart?: string;
  periodEnd?: string;
}

/**
 * The newest row (by `comparePeriods`) that has a value and is a total: sex null or "T", not
 * per care unit (careUnitId null) and not for a part of the region (scope null). Of rows with equal periods the first one given wins.
 * Undefined when no row qualifies; throws `PeriodError` if a qualifying row has an invalid period.
 */
export function latestMeasurement<T extends MeasurementLike>(rows: readonly T[]): T | undefined {
  let latest: T | undefined;
  let latestBounds: readonly [end: string, start: string] | undefined;
  for (const row of rows) {
    if (row.value === null || row.careUnitId !== null || (row.scope ?? null) !== null) continue;
    if (row.sex !== null && row.sex !== "T") continue;
    const bounds = boundsOf(row);
    // Newer means a later end; on the same end, a later start (the shorter period) — as comparePeriods.
    if (
      latestBounds === undefined ||
      bounds[0] > latestBounds[0] ||
      (bounds[0] === latestBounds[0] && bounds[1] > latestBounds[1])
    ) {
      latest = row;
      latestBounds = bounds;
    }
  }
  return latest;
}

/** A row's period bounds: its stored columns when it has them (no parsing), else parsed. */
function boundsOf(row: MeasurementLike): readonly [end: string, start: string] {
  if (row.periodEnd !== undefined && row.periodStart !== undefined) return [row.periodEnd, row.periodStart];
  const { start, end } = parsePeriod(row.period);
  return [end, start];
}

/**
 * The measurement a goal is judged by: the newest total (see `latestMeasurement`) that lies wholly
 * within the goal's period. None outside it counts: a 2019 value says nothing about a 2020 goal.
 */
export function measurementForGoal<T extends MeasurementLike>(
  goalPeriod: string,
  rows: readonly T[],
): T | undefined {
  const { start, end } = parsePeriod(goalPeriod);
  return latestMeasurement(
    rows.filter((row) => {
      const [rowEnd, rowStart] = boundsOf(row);
      return rowStart >= start && rowEnd <= end;
    }),
  );
}
