import { regionSchema as t } from "@jamlik/db";
import { type RegionEntry, SYNTHETIC_POPULATION } from "@jamlik/registry";
import { generateSyntheticRegion, loadNationalSeed } from "@jamlik/seeds";
import { count } from "drizzle-orm";
import type { RegionDb } from "./db.ts";
import { insertDemoCareUnits } from "./seed.ts";
import { periodColumns, publishedNow } from "./seedRows.ts";

/** Fills an empty database with synthetic benchmark data for the region (all of it demo). */
export async function seedSynthetic(
  db: RegionDb,
  region: RegionEntry,
  careUnits?: number,
): Promise<{ seeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(t.careUnits);
  if ((existing?.n ?? 0) > 0) return { seeded: false };
  const published = publishedNow();
  const catalog = loadNationalSeed();
  const eServices = catalog.services.filter((s) => s.kind === "E_SERVICE").map((s) => s.code);
  const basutbud = [
    "FORNYA_RECEPT",
    "KONTAKTA_MIG",
    "AVBOKA_OMBOKA",
    "BESTALLA_TID",
    "RADGIVNING",
    "TELEFON_MOTTAGNING",
  ];
  const nationalPopulation = Object.values(SYNTHETIC_POPULATION).reduce((sum, p) => sum + p, 0);
  const data = generateSyntheticRegion({
    code: region.code,
    scbCode: region.scbCode,
    name: region.name,
    population: SYNTHETIC_POPULATION[region.code] ?? nationalPopulation / 21,
    nationalPopulation,
    careUnits,
    metrics: catalog.metrics.map((m) => ({ code: m.code, unit: m.unit, higherIsBetter: m.higherIsBetter })),
    basutbudServices: basutbud,
    otherServices: eServices.filter((code) => !basutbud.includes(code)),
  });

  await db.transaction(async (txn) => {
    const tx = txn as unknown as RegionDb;
    const [decision] = await tx
      .insert(t.decisions)
      .values({
        title: "Basutbud (syntetiskt)",
        date: "2020-12",
        body: "Regionstyrelsen",
        status: "ADOPTED",
        demo: true,
        ...published,
      })
      .returning({ id: t.decisions.id });
    const [version] = await tx
      .insert(t.basutbudVersions)
      .values({
        validFrom: data.basutbud.validFrom,
        decisionId: decision?.id ?? null,
        demo: true,
        note: "Syntetiska data",
        ...published,
      })
      .returning({ id: t.basutbudVersions.id });
    if (version) {
      await tx.insert(t.basutbudServices).values(
        data.basutbud.services.map((serviceCode, position) => ({
          versionId: version.id,
          serviceCode,
          position,
        })),
      );
    }
    for (let i = 0; i < data.measurements.length; i += 2000) {
      await tx.insert(t.measurements).values(
        data.measurements.slice(i, i + 2000).map((m) => ({
          metricCode: m.metric,
          ...periodColumns(m.period),
          value: m.value,
          demo: true,
          ...published,
        })),
      );
    }
    await tx.insert(t.goals).values(
      data.goals.map((g) => ({
        metricCode: g.metric,
        description: g.description,
        target: g.target,
        comparator: g.comparator,
        period: g.period,
        decisionId: decision?.id ?? null,
        demo: true,
        ...published,
      })),
    );
    const [audit] = await tx
      .insert(t.audits)
      .values({
        title: data.audit.title,
        year: data.audit.year,
        auditor: "Syntetisk",
        demo: true,
        ...published,
      })
      .returning({ id: t.audits.id });
    const recs = audit
      ? await tx
          .insert(t.recommendations)
          .values(
            data.audit.recommendations.map((r) => ({
              auditId: audit.id,
              ordinal: r.ordinal,
              text: r.text,
              demo: true,
              ...published,
            })),
          )
          .returning({ id: t.recommendations.id })
      : [];
    const [plan] = await tx
      .insert(t.actionPlans)
      .values({ title: data.actionPlan.title, decisionId: decision?.id ?? null, demo: true, ...published })
      .returning({ id: t.actionPlans.id });
    if (plan) {
      const activities = await tx
        .insert(t.activities)
        .values(
          data.actionPlan.activities.map((a, position) => ({
            actionPlanId: plan.id,
            position,
            ...a,
            demo: true,
            ...published,
          })),
        )
        .returning({ id: t.activities.id });
      const links = recs.flatMap((rec, i) =>
        activities[i] ? [{ recommendationId: rec.id, activityId: activities[i].id }] : [],
      );
      if (links.length > 0) await tx.insert(t.recommendationActivities).values(links);
      if (decision)
        await tx
          .insert(t.recommendationDecisions)
          .values(recs.map((rec) => ({ recommendationId: rec.id, decisionId: decision.id })));
    }
    await insertDemoCareUnits(tx, data.careUnits);
  });
  return { seeded: true };
}
