import { basutbudOn, computeCoverage, dateOfInstant, latestMeasurement, parsePeriod } from "@jamlik/domain";
import { instantArg } from "@jamlik/schema";
import type { RegionContext } from "../context.ts";
import type { OwnRegionResolvers } from "../generated/resolvers.ts";
import { publishedChanges } from "../publication/publishedChanges.ts";
import { asOfArg, codeArg, periodArg } from "./args.ts";

/**
 * The region as an entity: the gateway names it by code and the instant it is read as published
 * at (null: now).
 */
export interface RegionRef {
  code: string;
  name?: string;
  publishedAsOf?: string | null;
}

/** Resolvers of the region's fields read what was published at the region's instant. */
const at = (region: RegionRef, context: RegionContext) => context.loadersAt(region.publishedAsOf);

/** A date argument; omitted, the date of the region's instant (today when read as published now). */
const dateArg = (value: string | null | undefined, region: RegionRef) =>
  asOfArg(value ?? (region.publishedAsOf ? dateOfInstant(region.publishedAsOf) : undefined));

/** Resolvers of the region's own object type (its name comes from the registry). */
export const Region: OwnRegionResolvers = {
  __resolveReference: async (ref, context) => {
    if (ref.code !== context.region.code) return null;
    if (!ref.publishedAsOf)
      return { code: context.region.code, name: context.region.name, publishedAsOf: null };
    const publishedAsOf = instantArg(ref.publishedAsOf, "asOf");
    // An instant the region cannot read (before its log begins) nulls the region once, not every field.
    await context.loadersAt(publishedAsOf).ready();
    return { code: context.region.code, name: context.region.name, publishedAsOf };
  },

  name: (_, __, { region }) => region.name,

  publishedAsOf: (region) => region.publishedAsOf ?? null,

  publicationVersion: (region, __, context) => context.publicationVersionAt(region.publishedAsOf),

  careUnits: async (parent, args, context) => {
    const loaders = at(parent, context);
    const units = await loaders.careUnits();
    const wanted = args.municipality?.trim().toLocaleLowerCase("sv");
    if (!wanted) return units;
    return units.filter(
      (unit) => unit.municipalityCode === wanted || unit.municipalityName.toLocaleLowerCase("sv") === wanted,
    );
  },

  municipalities: async (parent, __, context) => {
    const loaders = at(parent, context);
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

  basutbud: async (parent, args, context) =>
    basutbudOn(await at(parent, context).basutbud(), dateArg(args.asOf, parent)) ?? null,

  basutbudHistory: (parent, __, context) => at(parent, context).basutbud(),

  // Derived once per publication version and date: every later request of the version reuses it.
  coverage: async (parent, args, context) => {
    const asOf = dateArg(args.asOf, parent);
    return at(parent, context).derived(`coverage ${asOf}`, (snapshot) => {
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
  measurements: async (parent, args, context) => {
    const loaders = at(parent, context);
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

  latest: async (parent, args, context) => {
    const metric = codeArg(args.metric, "metric") ?? "";
    return at(parent, context).derived(
      `latest ${metric}`,
      (snapshot) => latestMeasurement(snapshot.regionMeasurementsByMetric.get(metric) ?? []) ?? null,
    );
  },

  latestValues: async (parent, __, context) => {
    const byMetric = await at(parent, context).regionMeasurementsByMetric.all();
    return [...byMetric.keys()]
      .sort()
      .flatMap((metric) => latestMeasurement(byMetric.get(metric) ?? []) ?? []);
  },

  goals: (parent, __, context) => at(parent, context).goals(),
  audits: (parent, __, context) => at(parent, context).audits(),
  recommendations: (parent, __, context) => at(parent, context).recommendations(),
  decisions: (parent, __, context) => at(parent, context).decisions(),
  actionPlans: (parent, __, context) => at(parent, context).actionPlans(),
  findings: async (parent, args, context) => {
    const findings = await at(parent, context).findings();
    return args.topic ? findings.filter((finding) => finding.topic === args.topic) : findings;
  },
  events: (parent, __, context) => at(parent, context).events(),

  // Read from the change history on each request: windows are asked for rarely, and never cached stale.
  changes: (_, args, { db }) =>
    publishedChanges(
      db,
      instantArg(args.from, "from"),
      args.to ? instantArg(args.to, "to", Number.POSITIVE_INFINITY) : new Date().toISOString(),
    ),
};
