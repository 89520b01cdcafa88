import type { CareUnitRow } from "@jamlik/db";
import { basutbudOn, type Coverage, offeringValidOn, unitOpenOn } from "@jamlik/domain";
import type {
  BasutbudResolvers,
  CareUnitResolvers,
  CoverageGapResolvers,
  MunicipalityCoverageResolvers,
  OfferingResolvers,
} from "../generated/resolvers.ts";
import { todayFor } from "../publication/publishedAt.ts";
import { asOfArg } from "./args.ts";
import { sourced } from "./source.ts";

const serviceRef = (code: string) => ({ code });

/** A care unit that misses basutbud services, with the unit itself. */
export interface CoverageGapValue {
  careUnit: CareUnitRow;
  missing: string[];
}

/** The basutbud coverage on a day, its gaps with their care units. */
export type CoverageValue = Omit<Coverage, "gaps"> & { gaps: CoverageGapValue[] };

export const CareUnit: CareUnitResolvers = {
  municipality: (unit) => ({
    code: unit.municipalityCode,
    name: unit.municipalityName,
    demo: unit.demo,
  }),
  offerings: async (unit, args, context) => {
    const loaders = context.loadersOf(unit);
    const offerings = await loaders.offeringsByUnit.load(unit.id);
    if (args.asOf === null || args.asOf === undefined) return offerings;
    const asOf = asOfArg(args.asOf ?? todayFor(unit));
    return offerings.filter((offering) => offeringValidOn(offering, asOf));
  },
  missingBasutbud: async (unit, args, context) => {
    const loaders = context.loadersOf(unit);
    const asOf = asOfArg(args.asOf ?? todayFor(unit));
    // A unit closed by then offers nothing and misses nothing: it is not there.
    if (!unitOpenOn(unit, asOf)) return [];
    const [offerings, versions] = await Promise.all([
      loaders.offeringsByUnit.load(unit.id),
      loaders.basutbud(),
    ]);
    const offered = new Set(offerings.filter((o) => offeringValidOn(o, asOf)).map((o) => o.serviceCode));
    return (basutbudOn(versions, asOf)?.services ?? []).filter((code) => !offered.has(code)).map(serviceRef);
  },
};

export const Offering: OfferingResolvers = {
  ...sourced,
  service: (offering) => serviceRef(offering.serviceCode),
};

export const Basutbud: BasutbudResolvers = {
  ...sourced,
  services: (version) => version.services.map(serviceRef),
  decision: async (version, _, context) =>
    version.decisionId === null
      ? null
      : ((await context.loadersOf(version).decisionById.load(version.decisionId)) ?? null),
};

const servicesOf = (parent: { missing: string[] }) => parent.missing.map(serviceRef);

export const CoverageGap: CoverageGapResolvers = { missing: servicesOf };

export const MunicipalityCoverage: MunicipalityCoverageResolvers = {
  municipality: (row) => ({
    code: row.code,
    name: row.name,
    demo: row.demo,
  }),
  missing: servicesOf,
};
