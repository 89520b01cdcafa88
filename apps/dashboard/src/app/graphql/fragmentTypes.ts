import type * as Generated from "./generated/graphql.ts";

/** The fragments of operations.graphql under the names the components know them by. */
export type Source = Generated.SourceFieldsFragment;
export type RegionStatus = Generated.RegionStatusFieldsFragment;
export type Metric = Generated.MetricFieldsFragment;
export type Measurement = Generated.LatestValueFieldsFragment;
export type SeriesMeasurement = Generated.MeasurementFieldsFragment;
export type Goal = Generated.GoalFieldsFragment;
export type Decision = Generated.DecisionFieldsFragment;
export type Activity = Generated.ActivityFieldsFragment;
export type MunicipalityCoverage = Generated.MunicipalityCoverageFieldsFragment;
export type Recommendation = Generated.RecommendationFieldsFragment;
export type ActionPlan = Generated.ActionPlanFieldsFragment;
export type Finding = Generated.FindingFieldsFragment;
export type TimelineEvent = Generated.EventFieldsFragment;
export type CareUnit = Generated.CareUnitFieldsFragment;
export type Service = { code: string; name: string };
export type RegionRef = { code: string; name: string };
export type { ActivityStatus, Attainment, FindingAuthor, MetricUnit } from "./generated/graphql.ts";
