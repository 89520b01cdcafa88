import { basutbudOn, computeCoverage, latestMeasurement, parsePeriod } from "@jamlik/domain";
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

  // Derived once per publication version and date: every later request of the version reuses it.
  coverage: async (_, args, { loaders }) => {
    const asOf = asOfArg(args.asOf);
    return loaders.derived(`coverage ${asOf}`, (snapshot) => {
      const basutbud = basutbudOn(snapshot.basutbud, asOf);
      const coverage = computeCoverage(
        snapshot.careUnits,
        snapshot.offerings,
        basutbud?.services ?? null,
        asOf,
        basutbud?.demo,
      );
      return {
        ...coverage,
        gaps: coverage.gaps.flatMap((gap) => {
          const careUnit = snapshot.careUnitById.get(gap.careUnitId);
          return careUnit ? [{ careUnit, missing: gap.missing }] : [];
        }),
      };
    });
  },

  // From the published snapshot: no statement per request once it is loaded.
  measurements: async (_, args, { loaders }) => {
    const metric = codeArg(args.metric, "metric");
    const from = periodArg(args.from, "from");
    const to = periodArg(args.to, "to");
    const start = from ? parsePeriod(from).start : undefined;
    const end = to ? parsePeriod(to).end : undefined;
    const rows = metric
      ? await loaders.measurementsByMetric.load(metric)
      : [...(await loaders.measurementsByMetric.all())]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .flatMap(([, list]) => list);
    return start === undefined && end === undefined
      ? rows
      : rows.filter(
          (row) =>
            (start === undefined || row.periodStart >= start) && (end === undefined || row.periodEnd <= end),
        );
  },

  latest: async (_, args, { loaders }) => {
    const metric = codeArg(args.metric, "metric") ?? "";
    return loaders.derived(
      `latest ${metric}`,
      (snapshot) => latestMeasurement(snapshot.regionMeasurementsByMetric.get(metric) ?? []) ?? null,
    );
  },

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
