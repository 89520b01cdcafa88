import type { ActionPlanRow, ActivityRow, AuditRow, RecommendationRow } from "@jamlik/db";
import { isOverdue } from "@jamlik/domain";
import type { RegionContext } from "../context.ts";
import type { TimelineEvent } from "../snapshot.ts";
import { asOfArg } from "./args.ts";
import { sourced } from "./source.ts";

export const Decision = { ...sourced };

export const Audit = {
  ...sourced,
  recommendations: (audit: AuditRow, _: unknown, { loaders }: RegionContext) =>
    loaders.recommendationsByAudit.load(audit.id),
};

export const Recommendation = {
  ...sourced,
  audit: (rec: RecommendationRow, _: unknown, { loaders }: RegionContext) =>
    loaders.auditById.load(rec.auditId),
  decisions: (rec: RecommendationRow, _: unknown, { loaders }: RegionContext) =>
    loaders.decisionsByRecommendation.load(rec.id),
  activities: (rec: RecommendationRow, _: unknown, { loaders }: RegionContext) =>
    loaders.activitiesByRecommendation.load(rec.id),
};

export const ActionPlan = {
  ...sourced,
  decision: (plan: ActionPlanRow, _: unknown, { loaders }: RegionContext) =>
    plan.decisionId === null ? null : loaders.decisionById.load(plan.decisionId),
  activities: (plan: ActionPlanRow, _: unknown, { loaders }: RegionContext) =>
    loaders.activitiesByPlan.load(plan.id),
};

export const Activity = {
  ...sourced,
  overdue: (activity: ActivityRow, args: { asOf: string }) => isOverdue(activity, asOfArg(args.asOf)),
};

export const Finding = { ...sourced };

export const Event = {
  ...sourced,
  decision: (event: TimelineEvent, _: unknown, { loaders }: RegionContext) =>
    event.decisionId === null ? null : loaders.decisionById.load(event.decisionId),
};
