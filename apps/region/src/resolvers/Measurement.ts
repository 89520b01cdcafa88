import type { GoalRow, MeasurementRow } from "@jamlik/db";
import { attainment, latestMeasurement, parsePeriod } from "@jamlik/domain";
import type { RegionContext } from "../context.ts";
import { sourced } from "./source.ts";

export const Measurement = {
  ...sourced,
  metric: (row: MeasurementRow) => ({ code: row.metricCode }),
  careUnit: (row: MeasurementRow, _: unknown, { loaders }: RegionContext) =>
    row.careUnitId === null ? null : loaders.careUnitById.load(row.careUnitId),
};

/** The newest total measurement up to the end of the goal's period. */
async function goalLatest(goal: GoalRow, { loaders }: RegionContext) {
  const end = parsePeriod(goal.period).end;
  const rows = await loaders.regionMeasurementsByMetric.load(goal.metricCode);
  return latestMeasurement(rows.filter((row) => row.periodEnd <= end)) ?? null;
}

export const Goal = {
  ...sourced,
  metric: (goal: GoalRow) => ({ code: goal.metricCode }),
  decision: (goal: GoalRow, _: unknown, { loaders }: RegionContext) =>
    goal.decisionId === null ? null : loaders.decisionById.load(goal.decisionId),
  latest: (goal: GoalRow, _: unknown, context: RegionContext) => goalLatest(goal, context),
  attainment: async (goal: GoalRow, _: unknown, context: RegionContext) =>
    attainment(goal, (await goalLatest(goal, context))?.value),
};
