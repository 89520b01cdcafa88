import type { GoalRow } from "@jamlik/db";
import { attainment, measurementForGoal } from "@jamlik/domain";
import type { RegionContext } from "../context.ts";
import type { GoalResolvers, MeasurementResolvers } from "../generated/resolvers.ts";
import { sourced } from "./source.ts";

export const Measurement: MeasurementResolvers = {
  ...sourced,
  metric: (row) => ({ code: row.metricCode }),
  careUnit: async (row, _, context) =>
    row.careUnitId === null
      ? null
      : ((await context.loadersOf(row).careUnitById.load(row.careUnitId)) ?? null),
};

/**
 * The newest total measurement within the goal's period: the one its attainment is judged by. Once
 * per goal and publication version.
 */
function goalLatest(goal: GoalRow, context: RegionContext) {
  return context.loadersOf(goal).derived(
    `goal latest ${goal.id}`,
    (snapshot) =>
      // A goal for no stated period is judged by no measurement.
      (goal.period !== null &&
        measurementForGoal(goal.period, snapshot.regionMeasurementsByMetric.get(goal.metricCode) ?? [])) ||
      null,
  );
}

export const Goal: GoalResolvers = {
  ...sourced,
  metric: (goal) => ({ code: goal.metricCode }),
  decision: async (goal, _, context) =>
    goal.decisionId === null
      ? null
      : ((await context.loadersOf(goal).decisionById.load(goal.decisionId)) ?? null),
  latest: (goal, _, context) => goalLatest(goal, context),
  attainment: async (goal, _, context) => attainment(goal, (await goalLatest(goal, context))?.value),
};
