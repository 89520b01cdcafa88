import { isOverdue } from "@jamlik/domain";
import type { Loaders } from "../context.ts";
import type {
  ActionPlanResolvers,
  ActivityResolvers,
  AuditResolvers,
  DecisionResolvers,
  EventResolvers,
  FindingResolvers,
  RecommendationDecisionLinkResolvers,
  RecommendationResolvers,
} from "../generated/resolvers.ts";
import { todayFor } from "../publication/publishedAt.ts";
import { asOfArg } from "./args.ts";
import { sourced } from "./source.ts";

/** The decision a record refers to, if it refers to one that is served. */
const decisionOf = async (loaders: Loaders, id: number | null) =>
  id === null ? null : ((await loaders.decisionById.load(id)) ?? null);

export const Decision: DecisionResolvers = { ...sourced };

export const Audit: AuditResolvers = {
  ...sourced,
  recommendations: (audit, _, context) => context.loadersOf(audit).recommendationsByAudit.load(audit.id),
};

export const Recommendation: RecommendationResolvers = {
  ...sourced,
  // The snapshot serves a recommendation only with its audit.
  audit: async (rec, _, context) => {
    const loaders = context.loadersOf(rec);
    const audit = await loaders.auditById.load(rec.auditId);
    if (!audit) throw new Error(`recommendation ${rec.id} is served without its audit ${rec.auditId}`);
    return audit;
  },
  decisions: (rec, _, context) => context.loadersOf(rec).decisionsByRecommendation.load(rec.id),
  decisionLinks: (rec, _, context) => context.loadersOf(rec).decisionLinksByRecommendation.load(rec.id),
  activities: (rec, _, context) => context.loadersOf(rec).activitiesByRecommendation.load(rec.id),
};

export const RecommendationDecisionLink: RecommendationDecisionLinkResolvers = { ...sourced };

export const ActionPlan: ActionPlanResolvers = {
  ...sourced,
  decision: (plan, _, context) => decisionOf(context.loadersOf(plan), plan.decisionId),
  activities: (plan, _, context) => context.loadersOf(plan).activitiesByPlan.load(plan.id),
};

export const Activity: ActivityResolvers = {
  ...sourced,
  overdue: (activity, args) => isOverdue(activity, asOfArg(args.asOf ?? todayFor(activity))),
};

export const Finding: FindingResolvers = { ...sourced };

export const Event: EventResolvers = {
  ...sourced,
  decision: (event, _, context) => decisionOf(context.loadersOf(event), event.decisionId),
};
