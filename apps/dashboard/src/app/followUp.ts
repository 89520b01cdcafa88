import type { ActionPlan, Activity, ActivityStatus, Recommendation } from "./graphql/types.ts";

/** An activity with where it belongs, as the tables list it. */
export interface ActivityRow {
  regionCode: string;
  regionName: string;
  /** The plan's title, or the recommendation it answers. */
  plan: string;
  activity: Activity;
}

export interface ActivityFilter {
  status?: ActivityStatus | undefined;
  overdueOnly?: boolean;
}

export function matches(activity: Activity, filter: ActivityFilter): boolean {
  if (filter.status && activity.status !== filter.status) return false;
  if (filter.overdueOnly && !activity.overdue) return false;
  return true;
}

/** Every activity of a region: those of its action plans, then those tied only to a recommendation. */
export function activityRows(region: {
  code: string;
  name: string;
  actionPlans: ActionPlan[] | null;
  recommendations: Recommendation[] | null;
}): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const seen = new Set<string>();
  for (const plan of region.actionPlans ?? []) {
    for (const activity of plan.activities) {
      seen.add(`${activity.title}|${activity.due}`);
      rows.push({ regionCode: region.code, regionName: region.name, plan: plan.title, activity });
    }
  }
  for (const recommendation of region.recommendations ?? []) {
    for (const activity of recommendation.activities) {
      if (seen.has(`${activity.title}|${activity.due}`)) continue;
      rows.push({
        regionCode: region.code,
        regionName: region.name,
        plan: `Rekommendation ${recommendation.ordinal}`,
        activity,
      });
    }
  }
  return rows;
}
