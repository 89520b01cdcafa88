import { plural } from "@jamlik/ui";
import type { ActionPlan, Activity, ActivityStatus, Recommendation } from "./graphql/fragmentTypes.ts";

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
  if (filter.overdueOnly && activity.overdue !== true) return false;
  return true;
}

/** Deadlines passed, split by what is known: overdue, and not known whether done (with since when). */
export interface DeadlineCounts {
  overdue: number;
  unknown: number;
  /** The earliest date the unknown ones' status is known for, when every one has such a date. */
  unknownSince: string | undefined;
  /** Any row counted is, or derives from, demo data. */
  demo: boolean;
}

export function deadlineCounts(rows: readonly ActivityRow[]): DeadlineCounts {
  const overdue = rows.filter((r) => r.activity.overdue === true);
  const unknown = rows.filter((r) => r.activity.overdue === null);
  const since = unknown.map((r) => r.activity.statusAsOf);
  const dated = since.filter((s): s is string => s !== null);
  return {
    overdue: overdue.length,
    unknown: unknown.length,
    unknownSince: dated.length === since.length && dated.length > 0 ? [...dated].sort()[0] : undefined,
    demo: [...overdue, ...unknown].some((r) => r.activity.demo),
  };
}

/** "3 aktiviteter är försenade", "15 aktiviteter med okänd status sedan 2017": what is known, and what is not. */
export function deadlineSentences(counts: DeadlineCounts): string[] {
  const sentences = [
    `${plural(counts.overdue, "aktivitet", "aktiviteter")} ${counts.overdue === 1 ? "är försenad" : "är försenade"}`,
  ];
  if (counts.unknown > 0) {
    sentences.push(
      `${plural(counts.unknown, "aktivitet", "aktiviteter")} med passerad deadline och okänd status${counts.unknownSince ? ` sedan ${counts.unknownSince}` : ""}`,
    );
  }
  return sentences;
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
