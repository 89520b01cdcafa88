import { regionSchema as t } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import {
  generateDemoCareUnits,
  loadNationalSeed,
  loadRegionSeed,
  type RegionSeed,
  type SeedSource,
} from "@jamlik/seeds";
import { count } from "drizzle-orm";
import type { RegionDb } from "./db.ts";
import { periodColumns, publishedNow } from "./seedRows.ts";

const sourceColumnsAt = (published: ReturnType<typeof publishedNow>) => (source: SeedSource | null) => ({
  sourceDocument: source?.document ?? null,
  sourceDnr: source?.dnr ?? null,
  sourceQuote: source?.quote ?? null,
  ...published,
});

function lookup(keys: Map<string, number>, key: string, what: string): number {
  const id = keys.get(key);
  if (id === undefined) throw new Error(`seed refers to unknown ${what} "${key}"`);
  return id;
}

export interface SeedResult {
  seeded: boolean;
  careUnits: number;
  measurements: number;
}

/**
 * Loads the region's facts from the source documents and a demo set of care units into an
 * empty database, in one transaction. A database that already holds data is left alone.
 */
export async function seedRegion(
  db: RegionDb,
  region: RegionEntry,
  seed: RegionSeed = loadRegionSeed(region.code),
): Promise<SeedResult> {
  const sourceColumns = sourceColumnsAt(publishedNow());
  const [existing] = await db.select({ n: count() }).from(t.decisions);
  const [existingUnits] = await db.select({ n: count() }).from(t.careUnits);
  if ((existing?.n ?? 0) > 0 || (existingUnits?.n ?? 0) > 0)
    return { seeded: false, careUnits: 0, measurements: 0 };

  const eServices = loadNationalSeed()
    .services.filter((service) => service.kind === "E_SERVICE")
    .map((service) => service.code);
  const basutbudServices = seed.basutbud.at(-1)?.services ?? [];
  const demoUnits = generateDemoCareUnits(
    region.scbCode,
    seed.demo,
    basutbudServices,
    eServices.filter((code) => !basutbudServices.includes(code)),
  );

  await db.transaction(async (tx) => {
    const decisionIds = new Map<string, number>();
    for (const decision of seed.decisions) {
      const [row] = await tx
        .insert(t.decisions)
        .values({
          dnr: decision.dnr,
          date: decision.date,
          body: decision.body,
          title: decision.title,
          text: decision.text,
          status: decision.status,
          note: decision.note,
          ...sourceColumns(decision.source),
        })
        .returning({ id: t.decisions.id });
      if (row) decisionIds.set(decision.key, row.id);
    }
    const decisionId = (key: string | null) => (key === null ? null : lookup(decisionIds, key, "decision"));

    for (const version of seed.basutbud) {
      const [row] = await tx
        .insert(t.basutbudVersions)
        .values({
          validFrom: version.validFrom,
          decisionId: decisionId(version.decision),
          note: version.note,
          demo: version.demo,
          ...sourceColumns(version.source),
        })
        .returning({ id: t.basutbudVersions.id });
      if (!row) continue;
      await tx
        .insert(t.basutbudServices)
        .values(
          version.services.map((serviceCode, position) => ({ versionId: row.id, serviceCode, position })),
        );
    }

    if (seed.measurements.length > 0) {
      await tx.insert(t.measurements).values(
        seed.measurements.map((m) => ({
          metricCode: m.metric,
          ...periodColumns(m.period),
          value: m.value,
          sex: m.sex,
          scope: m.scope,
          missing: m.missing,
          note: m.note,
          ...sourceColumns(m.source),
        })),
      );
    }

    if (seed.goals.length > 0) {
      await tx.insert(t.goals).values(
        seed.goals.map((goal) => ({
          metricCode: goal.metric,
          description: goal.description,
          target: goal.target,
          comparator: goal.comparator,
          period: goal.period,
          decisionId: decisionId(goal.decision),
          ...sourceColumns(goal.source),
        })),
      );
    }

    const activityIds = new Map<string, number>();
    for (const plan of seed.actionPlans) {
      const [row] = await tx
        .insert(t.actionPlans)
        .values({ title: plan.title, decisionId: decisionId(plan.decision), ...sourceColumns(plan.source) })
        .returning({ id: t.actionPlans.id });
      if (!row || plan.activities.length === 0) continue;
      const inserted = await tx
        .insert(t.activities)
        .values(
          plan.activities.map((activity, position) => ({
            actionPlanId: row.id,
            position,
            heading: activity.heading,
            title: activity.title,
            start: activity.start,
            due: activity.due,
            status: activity.status,
            statusAsOf: activity.statusAsOf,
            completedOn: activity.completedOn,
            note: activity.note,
            ...sourceColumns(activity.source),
          })),
        )
        .returning({ id: t.activities.id });
      plan.activities.forEach((activity, i) => {
        const id = inserted[i]?.id;
        if (id !== undefined) activityIds.set(activity.key, id);
      });
    }

    for (const audit of seed.audits) {
      const [row] = await tx
        .insert(t.audits)
        .values({
          title: audit.title,
          year: audit.year,
          yearInferred: audit.yearInferred,
          titleInferred: audit.titleInferred,
          auditor: audit.auditor,
          focus: audit.focus,
          conclusion: audit.conclusion,
          note: audit.note,
          ...sourceColumns(audit.source),
        })
        .returning({ id: t.audits.id });
      if (!row) continue;
      for (const rec of audit.recommendations) {
        const [recRow] = await tx
          .insert(t.recommendations)
          .values({ auditId: row.id, ordinal: rec.ordinal, text: rec.text, ...sourceColumns(rec.source) })
          .returning({ id: t.recommendations.id });
        if (!recRow) continue;
        if (rec.decisions.length > 0) {
          await tx.insert(t.recommendationDecisions).values(
            rec.decisions.map((link) => ({
              recommendationId: recRow.id,
              decisionId: lookup(decisionIds, link.decision, "decision"),
              note: link.note,
              sourceDocument: link.source?.document ?? null,
              sourceDnr: link.source?.dnr ?? null,
              sourceQuote: link.source?.quote ?? null,
            })),
          );
        }
        if (rec.activities.length > 0) {
          await tx.insert(t.recommendationActivities).values(
            rec.activities.map((key) => ({
              recommendationId: recRow.id,
              activityId: lookup(activityIds, key, "activity"),
            })),
          );
        }
      }
    }

    if (seed.findings.length > 0) {
      await tx.insert(t.findings).values(
        seed.findings.map((finding) => ({
          topic: finding.topic,
          statedBy: finding.statedBy,
          text: finding.text,
          period: finding.period,
          note: finding.note,
          ...sourceColumns(finding.source),
        })),
      );
    }
    if (seed.events.length > 0) {
      await tx.insert(t.events).values(
        seed.events.map((event) => ({
          date: event.date,
          period: event.period,
          text: event.text,
          note: event.note,
          ...sourceColumns(event.source),
        })),
      );
    }

    await insertDemoCareUnits(tx as unknown as RegionDb, demoUnits);
  });
  return { seeded: true, careUnits: demoUnits.length, measurements: seed.measurements.length };
}

export async function insertDemoCareUnits(
  db: RegionDb,
  units: ReturnType<typeof generateDemoCareUnits>,
): Promise<void> {
  if (units.length === 0) return;
  const published = publishedNow();
  const rows = await db
    .insert(t.careUnits)
    .values(
      units.map((unit) => ({
        hsaId: unit.hsaId,
        name: unit.name,
        municipalityCode: unit.municipalityCode,
        municipalityName: unit.municipalityName,
        kind: unit.kind,
        provider: unit.provider,
        demo: true,
        ...published,
      })),
    )
    .returning({ id: t.careUnits.id, hsaId: t.careUnits.hsaId });
  const idByHsa = new Map(rows.map((row) => [row.hsaId, row.id]));
  const offerings = units.flatMap((unit) =>
    unit.offerings.map((offering) => ({
      careUnitId: lookup(idByHsa, unit.hsaId, "care unit"),
      serviceCode: offering.serviceCode,
      validFrom: offering.validFrom,
      validTo: offering.validTo,
      demo: true,
      ...published,
    })),
  );
  // Chunked so a large demo set stays under the 65 535 bind parameters of one statement.
  for (let i = 0; i < offerings.length; i += 5000) {
    await db.insert(t.offerings).values(offerings.slice(i, i + 5000));
  }
}
