import {
  type ActionPlanRow,
  type ActivityRow,
  type AuditRow,
  type CareUnitRow,
  type DecisionRow,
  type EventRow,
  type FindingRow,
  type GoalRow,
  type MeasurementRow,
  type OfferingRow,
  type RecommendationRow,
  regionSchema as t,
} from "@jamlik/db";
import { isPeriod, parsePeriod, withValidTo } from "@jamlik/domain";
import { asc, type Column, eq, type SQL } from "drizzle-orm";
import type { RegionDb } from "./db.ts";

/** The federated schema serves published records only. */
const live = (table: { publication: Column }): SQL => eq(table.publication, "PUBLISHED");

const swedish = new Intl.Collator("sv");

function groupBy<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const byId = <V extends { id: number }>(rows: readonly V[]) => new Map(rows.map((row) => [row.id, row]));

/** The rows whose parent (when they have one) is among `parents`. */
const withParent = <T>(rows: T[], parentOf: (row: T) => number | null, parents: Map<number, unknown>) =>
  rows.filter((row) => {
    const parent = parentOf(row);
    return parent === null || parents.has(parent);
  });

/** An entry of the region's timeline: a stored event, or a decision on its date. */
/** A recommendation's link to a decision that answers it, with the link's own note and source. */
export interface DecisionLink {
  decision: DecisionRow;
  note: string | null;
  sourceDocument: string | null;
  sourceDnr: string | null;
  sourceQuote: string | null;
}

export interface TimelineEvent {
  date: string;
  period: string | null;
  text: string;
  note: string | null;
  demo: boolean;
  sourceDocument: string | null;
  sourceDnr: string | null;
  sourceQuote: string | null;
  decisionId: number | null;
}

/** Stored events and dated decisions, oldest first; those without a readable date last. */
function timeline(events: readonly EventRow[], decisions: readonly DecisionRow[]): TimelineEvent[] {
  const entries: TimelineEvent[] = [
    ...events.map((event) => ({
      date: event.date,
      period: event.period,
      text: event.text,
      note: event.note,
      demo: event.demo,
      sourceDocument: event.sourceDocument,
      sourceDnr: event.sourceDnr,
      sourceQuote: event.sourceQuote,
      decisionId: null,
    })),
    ...decisions.flatMap((decision) =>
      decision.date === null
        ? []
        : [
            {
              date: decision.date,
              period: isPeriod(decision.date) ? decision.date : null,
              text: decision.title,
              note: decision.note,
              demo: decision.demo,
              sourceDocument: decision.sourceDocument,
              sourceDnr: decision.sourceDnr,
              sourceQuote: decision.sourceQuote,
              decisionId: decision.id,
            },
          ],
    ),
  ];
  const key = (entry: TimelineEvent) => (entry.period ? parsePeriod(entry.period).start : "9999-99-99");
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Runs lazy queries one after another: a transaction has one connection, which runs one at a time. */
async function inSeries<T extends readonly PromiseLike<unknown>[]>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/**
 * Everything the region publishes, read with one set-based statement per table: the federated
 * schema answers from it. Published data changes only by publishing, so one snapshot serves every
 * request until the region's publication version moves. Every list is in a total order (ties broken
 * by id), so one published state always gives the same answers, read now or rebuilt from the log.
 */
export async function loadSnapshot(db: RegionDb, options: { oneConnection?: boolean } = {}) {
  const queries = [
    db.select().from(t.careUnits).where(live(t.careUnits)),
    db
      .select()
      .from(t.offerings)
      .where(live(t.offerings))
      .orderBy(asc(t.offerings.serviceCode), asc(t.offerings.validFrom), asc(t.offerings.id)),
    db.select().from(t.basutbudVersions).where(live(t.basutbudVersions)),
    db.select().from(t.basutbudServices).orderBy(asc(t.basutbudServices.position)),
    db.select().from(t.decisions).where(live(t.decisions)).orderBy(asc(t.decisions.id)),
    db.select().from(t.audits).where(live(t.audits)).orderBy(asc(t.audits.id)),
    db
      .select()
      .from(t.recommendations)
      .where(live(t.recommendations))
      .orderBy(asc(t.recommendations.auditId), asc(t.recommendations.ordinal), asc(t.recommendations.id)),
    db.select().from(t.recommendationDecisions),
    db.select().from(t.recommendationActivities),
    db.select().from(t.actionPlans).where(live(t.actionPlans)).orderBy(asc(t.actionPlans.id)),
    db
      .select()
      .from(t.activities)
      .where(live(t.activities))
      .orderBy(asc(t.activities.actionPlanId), asc(t.activities.position), asc(t.activities.id)),
    db.select().from(t.goals).where(live(t.goals)).orderBy(asc(t.goals.id)),
    db
      .select()
      .from(t.measurements)
      .where(live(t.measurements))
      .orderBy(
        asc(t.measurements.metricCode),
        asc(t.measurements.periodEnd),
        asc(t.measurements.periodStart),
        asc(t.measurements.careUnitId),
        asc(t.measurements.sex),
        asc(t.measurements.id),
      ),
    db.select().from(t.findings).where(live(t.findings)).orderBy(asc(t.findings.id)),
    db.select().from(t.events).where(live(t.events)).orderBy(asc(t.events.id)),
  ] as const;
  const [
    careUnits,
    offerings,
    versions,
    basutbudServices,
    decisions,
    audits,
    recommendations,
    recommendationDecisions,
    recommendationActivities,
    actionPlans,
    activities,
    goals,
    measurements,
    findings,
    events,
  ] = options.oneConnection ? await inSeries(queries) : await Promise.all(queries);

  // Never an orphan: a record whose parent is not published is not served either (retract refuses
  // to leave one behind; this holds even if the database was changed some other way).
  const decisionById = byId<DecisionRow>(decisions);
  const unitIds = byId<CareUnitRow>(careUnits);
  const auditIds = byId<AuditRow>(audits);
  const servedPlans = withParent(actionPlans, (row) => row.decisionId, decisionById);
  const planIds = byId<ActionPlanRow>(servedPlans);
  const servedActivities = withParent(activities, (row) => row.actionPlanId, planIds);
  const servedRecommendations = withParent(recommendations, (row) => row.auditId, auditIds);
  const servedOfferings = withParent(offerings, (row) => row.careUnitId, unitIds);
  const servedVersions = withParent(versions, (row) => row.decisionId, decisionById);
  const servedGoals = withParent(goals, (row) => row.decisionId, decisionById);
  const activityById = byId<ActivityRow>(servedActivities);
  // A measurement of a care unit is served only while its unit is (never an orphan).
  const servedMeasurements = measurements.filter(
    (row) => row.careUnitId === null || unitIds.has(row.careUnitId),
  ) as MeasurementRow[];
  const servicesByVersion = groupBy(basutbudServices, (row) => row.versionId);
  // A recommendation's links to the decisions served (with each link's note and source); its
  // decisions are read from the same links, so both fields serve exactly the same decisions.
  const decisionLinksByRecommendation = new Map(
    [...groupBy(recommendationDecisions, (row) => row.recommendationId)].map(([id, links]) => [
      id,
      links
        .flatMap((link): DecisionLink[] => {
          const decision = decisionById.get(link.decisionId);
          return decision ? [{ ...link, decision }] : [];
        })
        .sort((a, b) => a.decision.id - b.decision.id),
    ]),
  );

  return {
    careUnits: [...careUnits].sort(
      (a, b) =>
        swedish.compare(a.municipalityName, b.municipalityName) ||
        swedish.compare(a.name, b.name) ||
        a.id - b.id,
    ),
    careUnitById: unitIds,
    offerings: servedOfferings as OfferingRow[],
    offeringsByUnit: groupBy<number, OfferingRow>(servedOfferings, (row) => row.careUnitId),
    basutbud: withValidTo(
      servedVersions.map((version) => ({
        ...version,
        services: (servicesByVersion.get(version.id) ?? []).map((s) => s.serviceCode),
      })),
    ),
    decisions: decisions as DecisionRow[],
    decisionById,
    audits: audits as AuditRow[],
    auditById: auditIds,
    recommendations: servedRecommendations as RecommendationRow[],
    recommendationsByAudit: groupBy<number, RecommendationRow>(servedRecommendations, (row) => row.auditId),
    decisionLinksByRecommendation,
    decisionsByRecommendation: new Map(
      [...decisionLinksByRecommendation].map(([id, links]) => [id, links.map((link) => link.decision)]),
    ),
    activitiesByRecommendation: new Map(
      [...groupBy(recommendationActivities, (row) => row.recommendationId)].map(([id, links]) => [
        id,
        links
          .map((link) => activityById.get(link.activityId))
          .filter((a): a is ActivityRow => a !== undefined)
          .sort((a, b) => a.actionPlanId - b.actionPlanId || a.position - b.position),
      ]),
    ),
    actionPlans: servedPlans as ActionPlanRow[],
    activitiesByPlan: groupBy<number, ActivityRow>(servedActivities, (row) => row.actionPlanId),
    goals: servedGoals as GoalRow[],
    findings: findings as FindingRow[],
    events: timeline(events, decisions),
    /** Every served measurement of each metric, oldest first (then by care unit and sex, none last). */
    measurementsByMetric: groupBy<string, MeasurementRow>(servedMeasurements, (row) => row.metricCode),
    /** Region-level (not per care unit) measurements of each metric, oldest first. */
    regionMeasurementsByMetric: groupBy<string, MeasurementRow>(
      servedMeasurements.filter((row) => row.careUnitId === null),
      (row) => row.metricCode,
    ),
    /** Results computed from this snapshot (coverage at a date, …), kept as long as it is served. */
    derived: new Map<string, unknown>(),
  };
}

export type Snapshot = Awaited<ReturnType<typeof loadSnapshot>>;
/** A basutbud version as served: its services and the day before the next version's validFrom. */
export type BasutbudVersion = Snapshot["basutbud"][number];

/** One snapshot per publication version, loaded once however many requests ask at the same time. */
export function snapshotCache(db: RegionDb, version: () => Promise<number>) {
  let current: { version: number; snapshot: Promise<Snapshot> } | undefined;
  return async (): Promise<Snapshot> => {
    const now = await version();
    if (!current || current.version !== now) {
      const snapshot = loadSnapshot(db);
      current = { version: now, snapshot };
      snapshot.catch(() => {
        if (current?.snapshot === snapshot) current = undefined;
      });
    }
    return current.snapshot;
  };
}
