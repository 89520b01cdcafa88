import type { GoalRow, MeasurementRow } from "@jamlik/db";
import { attainment, measurementForGoal } from "@jamlik/domain";
import type { RegionContext } from "../context.ts";
import { sourced } from "./source.ts";

export const Measurement = {
  ...sourced,
  metric: (row: MeasurementRow) => ({ code: row.metricCode }),
  careUnit: (row: MeasurementRow, _: unknown, { loaders }: RegionContext) =>
    row.careUnitId === null ? null : loaders.careUnitById.load(row.careUnitId),
};

/** The newest total measurement within the goal's period: the one its attainment is judged by. */
async function goalLatest(goal: GoalRow, { loaders }: RegionContext) {
  const rows = await loaders.regionMeasurementsByMetric.load(goal.metricCode);
  return measurementForGoal(goal.period, rows) ?? null;
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
