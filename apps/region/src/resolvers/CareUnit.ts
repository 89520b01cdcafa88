import type { BasutbudVersionRow, CareUnitRow, OfferingRow } from "@jamlik/db";
import { basutbudOn, offeringValidOn } from "@jamlik/domain";
import type { RegionContext } from "../context.ts";
import { asOfArg } from "./args.ts";
import { sourced } from "./source.ts";

const serviceRef = (code: string) => ({ code });

export const CareUnit = {
  municipality: (unit: CareUnitRow) => ({
    code: unit.municipalityCode,
    name: unit.municipalityName,
    demo: unit.demo,
  }),
  offerings: async (unit: CareUnitRow, args: { asOf?: string | null }, { loaders }: RegionContext) => {
    const offerings = await loaders.offeringsByUnit.load(unit.id);
    if (args.asOf === null || args.asOf === undefined) return offerings;
    const asOf = asOfArg(args.asOf);
    return offerings.filter((offering) => offeringValidOn(offering, asOf));
  },
  missingBasutbud: async (unit: CareUnitRow, args: { asOf?: string | null }, { loaders }: RegionContext) => {
    const asOf = asOfArg(args.asOf);
    const [offerings, versions] = await Promise.all([
      loaders.offeringsByUnit.load(unit.id),
      loaders.basutbud(),
    ]);
    const offered = new Set(offerings.filter((o) => offeringValidOn(o, asOf)).map((o) => o.serviceCode));
    return (basutbudOn(versions, asOf)?.services ?? []).filter((code) => !offered.has(code)).map(serviceRef);
  },
};

export const Offering = {
  ...sourced,
  service: (offering: OfferingRow) => serviceRef(offering.serviceCode),
};

type BasutbudParent = BasutbudVersionRow & { services: string[]; validTo: string | null };

export const Basutbud = {
  ...sourced,
  services: (version: BasutbudParent) => version.services.map(serviceRef),
  decision: (version: BasutbudParent, _: unknown, { loaders }: RegionContext) =>
    version.decisionId === null ? null : loaders.decisionById.load(version.decisionId),
};

const servicesOf = (parent: { missing: string[] }) => parent.missing.map(serviceRef);

export const CoverageGap = { missing: servicesOf };

export const MunicipalityCoverage = {
  municipality: (row: { code: string; name: string; demo: boolean }) => ({
    code: row.code,
    name: row.name,
    demo: row.demo,
  }),
  missing: servicesOf,
};
