import { regionSchema as t } from "@jamlik/db";
import { withValidTo } from "@jamlik/domain";
import DataLoader from "dataloader";
import { and, asc, type Column, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { RegionDb } from "./db.ts";

/** The federated schema serves published records only. */
const live = (table: { publication: Column }): SQL => eq(table.publication, "PUBLISHED");

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= load();
    return result;
  };
}

function groupBy<K, V>(rows: V[], key: (row: V) => K, keys: readonly K[]): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

function byId<V extends { id: number }>(rows: V[], ids: readonly number[]): (V | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

const swedish = new Intl.Collator("sv");

/**
 * Per-request loaders of published records: every list is fetched with one set-based statement
 * however many care units, offerings or recommendations a query touches (no N+1).
 */
export function createLoaders(db: RegionDb) {
  return {
    careUnits: once(async () =>
      (await db.select().from(t.careUnits).where(live(t.careUnits))).sort(
        (a, b) => swedish.compare(a.municipalityName, b.municipalityName) || swedish.compare(a.name, b.name),
      ),
    ),
    careUnitById: new DataLoader(async (ids: readonly number[]) =>
      byId(
        await db
          .select()
          .from(t.careUnits)
          .where(and(live(t.careUnits), inArray(t.careUnits.id, [...ids]))),
        ids,
      ),
    ),
    offeringsByUnit: new DataLoader(async (ids: readonly number[]) =>
      groupBy(
        await db
          .select()
          .from(t.offerings)
          .where(and(live(t.offerings), inArray(t.offerings.careUnitId, [...ids])))
          .orderBy(asc(t.offerings.serviceCode), asc(t.offerings.validFrom)),
        (row) => row.careUnitId,
        ids,
      ),
    ),
    allOfferings: once(() => db.select().from(t.offerings).where(live(t.offerings))),
    basutbud: once(async () => {
      const [versions, services] = await Promise.all([
        db.select().from(t.basutbudVersions).where(live(t.basutbudVersions)),
        db.select().from(t.basutbudServices).orderBy(asc(t.basutbudServices.position)),
      ]);
      const rows = versions.map((version) => ({
        ...version,
        services: services.filter((s) => s.versionId === version.id).map((s) => s.serviceCode),
      }));
      return withValidTo(rows);
    }),
    decisions: once(() =>
      db.select().from(t.decisions).where(live(t.decisions)).orderBy(asc(t.decisions.id)),
    ),
    decisionById: new DataLoader(async (ids: readonly number[]) =>
      byId(
        await db
          .select()
          .from(t.decisions)
          .where(and(live(t.decisions), inArray(t.decisions.id, [...ids]))),
        ids,
      ),
    ),
    audits: once(() => db.select().from(t.audits).where(live(t.audits)).orderBy(asc(t.audits.id))),
    auditById: new DataLoader(async (ids: readonly number[]) =>
      byId(
        await db
          .select()
          .from(t.audits)
          .where(and(live(t.audits), inArray(t.audits.id, [...ids]))),
        ids,
      ),
    ),
    recommendations: once(() =>
      db
        .select()
        .from(t.recommendations)
        .where(live(t.recommendations))
        .orderBy(asc(t.recommendations.auditId), asc(t.recommendations.ordinal)),
    ),
    recommendationsByAudit: new DataLoader(async (ids: readonly number[]) =>
      groupBy(
        await db
          .select()
          .from(t.recommendations)
          .where(and(live(t.recommendations), inArray(t.recommendations.auditId, [...ids])))
          .orderBy(asc(t.recommendations.ordinal)),
        (row) => row.auditId,
        ids,
      ),
    ),
    decisionsByRecommendation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(
        await db
          .select({ recommendationId: t.recommendationDecisions.recommendationId, decision: t.decisions })
          .from(t.recommendationDecisions)
          .innerJoin(t.decisions, eq(t.decisions.id, t.recommendationDecisions.decisionId))
          .where(and(live(t.decisions), inArray(t.recommendationDecisions.recommendationId, [...ids])))
          .orderBy(asc(t.decisions.id)),
        (row) => row.recommendationId,
        ids,
      ).map((rows) => rows.map((row) => row.decision)),
    ),
    activitiesByRecommendation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(
        await db
          .select({ recommendationId: t.recommendationActivities.recommendationId, activity: t.activities })
          .from(t.recommendationActivities)
          .innerJoin(t.activities, eq(t.activities.id, t.recommendationActivities.activityId))
          .where(and(live(t.activities), inArray(t.recommendationActivities.recommendationId, [...ids])))
          .orderBy(asc(t.activities.actionPlanId), asc(t.activities.position)),
        (row) => row.recommendationId,
        ids,
      ).map((rows) => rows.map((row) => row.activity)),
    ),
    actionPlans: once(() =>
      db.select().from(t.actionPlans).where(live(t.actionPlans)).orderBy(asc(t.actionPlans.id)),
    ),
    activitiesByPlan: new DataLoader(async (ids: readonly number[]) =>
      groupBy(
        await db
          .select()
          .from(t.activities)
          .where(and(live(t.activities), inArray(t.activities.actionPlanId, [...ids])))
          .orderBy(asc(t.activities.position)),
        (row) => row.actionPlanId,
        ids,
      ),
    ),
    goals: once(() => db.select().from(t.goals).where(live(t.goals)).orderBy(asc(t.goals.id))),
    /** Region-level (not per care unit) measurements of each metric, oldest first. */
    regionMeasurementsByMetric: new DataLoader(async (codes: readonly string[]) =>
      groupBy(
        await db
          .select()
          .from(t.measurements)
          .where(
            and(
              live(t.measurements),
              inArray(t.measurements.metricCode, [...codes]),
              isNull(t.measurements.careUnitId),
            ),
          )
          .orderBy(asc(t.measurements.periodEnd), asc(t.measurements.periodStart)),
        (row) => row.metricCode,
        codes,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
