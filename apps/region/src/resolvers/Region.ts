import { regionSchema as t } from "@jamlik/db";
import { basutbudOn, computeCoverage, latestMeasurement, parsePeriod } from "@jamlik/domain";
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { OwnRegionResolvers } from "../generated/resolvers.ts";
import { asOfArg, codeArg, periodArg } from "./args.ts";

/** The region as an entity: the gateway names it by code. */
export interface RegionRef {
  code: string;
  name?: string;
}

/** Resolvers of the region's own object type (its name comes from the registry). */
export const Region: OwnRegionResolvers = {
  __resolveReference: (ref, { region }) =>
    ref.code === region.code ? { code: region.code, name: region.name } : null,

  name: (_, __, { region }) => region.name,

  careUnits: async (_, args, { loaders }) => {
    const units = await loaders.careUnits();
    const wanted = args.municipality?.trim().toLocaleLowerCase("sv");
    if (!wanted) return units;
    return units.filter(
      (unit) => unit.municipalityCode === wanted || unit.municipalityName.toLocaleLowerCase("sv") === wanted,
    );
  },

  municipalities: async (_, __, { loaders }) => {
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

  basutbud: async (_, args, { loaders }) => basutbudOn(await loaders.basutbud(), asOfArg(args.asOf)) ?? null,

  basutbudHistory: (_, __, { loaders }) => loaders.basutbud(),

  coverage: async (_, args, { loaders }) => {
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
      gaps: coverage.gaps.flatMap((gap) => {
        const careUnit = unitById.get(gap.careUnitId);
        return careUnit ? [{ careUnit, missing: gap.missing }] : [];
      }),
    };
  },

  measurements: (_, args, { db }) => {
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

  latest: async (_, args, { loaders }) =>
    latestMeasurement(await loaders.regionMeasurementsByMetric.load(codeArg(args.metric, "metric") ?? "")) ??
    null,

  latestValues: async (_, __, { loaders }) => {
    const byMetric = await loaders.regionMeasurementsByMetric.all();
    return [...byMetric.keys()]
      .sort()
      .flatMap((metric) => latestMeasurement(byMetric.get(metric) ?? []) ?? []);
  },

  goals: (_, __, { loaders }) => loaders.goals(),
  audits: (_, __, { loaders }) => loaders.audits(),
  recommendations: (_, __, { loaders }) => loaders.recommendations(),
  decisions: (_, __, { loaders }) => loaders.decisions(),
  actionPlans: (_, __, { loaders }) => loaders.actionPlans(),
  findings: async (_, args, { loaders }) => {
    const findings = await loaders.findings();
    return args.topic ? findings.filter((finding) => finding.topic === args.topic) : findings;
  },
  events: (_, __, { loaders }) => loaders.events(),
};
