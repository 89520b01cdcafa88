import { regionSchema as t } from "@jamlik/db";
import { basutbudOn, computeCoverage, latestMeasurement, parsePeriod } from "@jamlik/domain";
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { RegionContext } from "../context.ts";
import { asOfArg, codeArg, periodArg } from "./args.ts";

interface RegionRef {
  code: string;
}

/** Resolvers of the region's own object type (its name comes from the registry). */
export const Region = {
  __resolveReference: (ref: RegionRef, { region }: RegionContext) =>
    ref.code === region.code ? { code: region.code, name: region.name } : null,

  careUnits: async (_: RegionRef, args: { municipality?: string | null }, { loaders }: RegionContext) => {
    const units = await loaders.careUnits();
    const wanted = args.municipality?.trim().toLocaleLowerCase("sv");
    if (!wanted) return units;
    return units.filter(
      (unit) => unit.municipalityCode === wanted || unit.municipalityName.toLocaleLowerCase("sv") === wanted,
    );
  },

  municipalities: async (_: RegionRef, __: unknown, { loaders }: RegionContext) => {
    const seen = new Map<string, { code: string; name: string; demo: boolean }>();
    for (const unit of await loaders.careUnits()) {
      const known = seen.get(unit.municipalityCode);
      // Known from real units is not demo, however many demo units share the municipality.
      seen.set(unit.municipalityCode, {
        code: unit.municipalityCode,
        name: unit.municipalityName,
        demo: (known?.demo ?? true) && unit.demo,
      });
    }
    return [...seen.values()];
  },

  basutbud: async (_: RegionRef, args: { asOf?: string | null }, { loaders }: RegionContext) =>
    basutbudOn(await loaders.basutbud(), asOfArg(args.asOf)) ?? null,

  basutbudHistory: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.basutbud(),

  coverage: async (_: RegionRef, args: { asOf?: string | null }, { loaders }: RegionContext) => {
    const asOf = asOfArg(args.asOf);
    const [units, offerings, versions] = await Promise.all([
      loaders.careUnits(),
      loaders.allOfferings(),
      loaders.basutbud(),
    ]);
    const basutbud = basutbudOn(versions, asOf);
    const coverage = computeCoverage(units, offerings, basutbud?.services ?? null, asOf, basutbud?.demo);
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    return {
      ...coverage,
      gaps: coverage.gaps.map((gap) => ({ careUnit: unitById.get(gap.careUnitId), missing: gap.missing })),
    };
  },

  measurements: (
    _: RegionRef,
    args: { metric?: string | null; from?: string | null; to?: string | null },
    { db }: RegionContext,
  ) => {
    const metric = codeArg(args.metric, "metric");
    const from = periodArg(args.from, "from");
    const to = periodArg(args.to, "to");
    // A measurement of a care unit is served only while its unit is (never an orphan).
    const liveUnits = db
      .select({ id: t.careUnits.id })
      .from(t.careUnits)
      .where(eq(t.careUnits.publication, "PUBLISHED"));
    const conditions: SQL[] = [
      eq(t.measurements.publication, "PUBLISHED"),
      or(isNull(t.measurements.careUnitId), inArray(t.measurements.careUnitId, liveUnits)) as SQL,
    ];
    if (metric) conditions.push(eq(t.measurements.metricCode, metric));
    if (from) conditions.push(gte(t.measurements.periodStart, parsePeriod(from).start));
    if (to) conditions.push(lte(t.measurements.periodEnd, parsePeriod(to).end));
    return db
      .select()
      .from(t.measurements)
      .where(and(...conditions))
      .orderBy(
        asc(t.measurements.metricCode),
        asc(t.measurements.periodEnd),
        asc(t.measurements.periodStart),
        asc(t.measurements.careUnitId),
        asc(t.measurements.sex),
      );
  },

  latest: async (_: RegionRef, args: { metric: string }, { loaders }: RegionContext) =>
    latestMeasurement(await loaders.regionMeasurementsByMetric.load(codeArg(args.metric, "metric") ?? "")) ??
    null,

  goals: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.goals(),
  audits: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.audits(),
  recommendations: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.recommendations(),
  decisions: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.decisions(),
  actionPlans: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.actionPlans(),
  findings: async (_: RegionRef, args: { topic?: string | null }, { loaders }: RegionContext) => {
    const findings = await loaders.findings();
    return args.topic ? findings.filter((finding) => finding.topic === args.topic) : findings;
  },
  events: (_: RegionRef, __: unknown, { loaders }: RegionContext) => loaders.events(),
};
