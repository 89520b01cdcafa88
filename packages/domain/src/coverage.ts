import { addDays } from "./dates.ts";
import { percentShare } from "./percent.ts";
import { assertDate } from "./periods.ts";

export interface CareUnit {
  id: number;
  municipalityCode: string;
  municipalityName: string;
  /** First day the unit no longer exists (`YYYY-MM-DD`); null or absent while it is open. */
  closedOn?: string | null;
  /** A synthetic unit: everything computed from it is demo too. */
  demo?: boolean;
}

export interface Offering {
  careUnitId: number;
  serviceCode: string;
  /** First day the unit offers the service, `YYYY-MM-DD`. */
  validFrom: string;
  /** Last day (inclusive) the unit offers the service; null while still offered. */
  validTo: string | null;
  demo?: boolean;
}

export interface BasutbudVersion {
  /** Day the version comes into force, `YYYY-MM-DD`. */
  validFrom: string;
  /** Service codes of the basic offering, in their defined order. */
  services: string[];
}

export type WithValidTo<T> = T & {
  /** Day before the next version's `validFrom`; null for the newest version. */
  validTo: string | null;
};

export interface CoverageGap {
  careUnitId: number;
  /** Basutbud services the unit does not offer, in basutbud order. */
  missing: string[];
}

export interface MunicipalityCoverage {
  code: string;
  name: string;
  unitsTotal: number;
  unitsComplete: number;
  share: number | null;
  /** Union of the services missing at any of the municipality's units, in basutbud order. */
  missing: string[];
  /** True when any unit, offering or the basutbud it is computed from is demo data. */
  demo: boolean;
}

export interface Coverage {
  asOf: string;
  unitsTotal: number;
  unitsComplete: number;
  /** Percent (0–100, one decimal) of units offering every basutbud service; null without units or basutbud. */
  share: number | null;
  /** Units missing at least one basutbud service, in the order the units were given. */
  gaps: CoverageGap[];
  /** One entry per municipality, sorted by name in Swedish collation (Å, Ä, Ö after Z). */
  municipalities: MunicipalityCoverage[];
  /** True when any unit, offering or the basutbud it is computed from is demo data. */
  demo: boolean;
}

/**
 * Versions sorted oldest first, each with `validTo` = the day before the next version's `validFrom`
 * (null for the newest). Throws `PeriodError` on an invalid `validFrom` and `RangeError` when two
 * versions share a `validFrom`. Does not mutate the input.
 */
export function withValidTo<T extends Pick<BasutbudVersion, "validFrom">>(
  versions: readonly T[],
): WithValidTo<T>[] {
  for (const version of versions) assertDate(version.validFrom);
  const sorted = [...versions].sort((a, b) => compareCodes(a.validFrom, b.validFrom));
  return sorted.map((version, i) => {
    const next = sorted[i + 1];
    if (next?.validFrom === version.validFrom) {
      throw new RangeError(`Two basutbud versions are valid from ${version.validFrom}`);
    }
    return { ...version, validTo: next ? addDays(next.validFrom, -1) : null };
  });
}

/**
 * The basutbud version in force on `asOf`: the one with the latest `validFrom` ≤ `asOf`,
 * returned with its computed `validTo`. Undefined when no version is in force yet.
 */
export function basutbudOn<T extends Pick<BasutbudVersion, "validFrom">>(
  versions: readonly T[],
  asOf: string,
): WithValidTo<T> | undefined {
  assertDate(asOf);
  return withValidTo(versions).findLast((version) => version.validFrom <= asOf);
}

/** True when the offering is valid on `asOf` (validFrom ≤ asOf ≤ validTo, validTo null = open). */
export function offeringValidOn(offering: Pick<Offering, "validFrom" | "validTo">, asOf: string): boolean {
  return offering.validFrom <= asOf && (offering.validTo === null || asOf <= offering.validTo);
}

/** True when the unit exists on `asOf`: it has not closed on or before that day. */
export function unitOpenOn(unit: Pick<CareUnit, "closedOn">, asOf: string): boolean {
  return !unit.closedOn || asOf < unit.closedOn;
}

/** Service codes each care unit offers on `asOf`. */
function servicesByUnit(offerings: readonly Offering[], asOf: string): Map<number, Set<string>> {
  const byUnit = new Map<number, Set<string>>();
  for (const offering of offerings) {
    if (!offeringValidOn(offering, asOf)) continue;
    let services = byUnit.get(offering.careUnitId);
    if (!services) {
      services = new Set();
      byUnit.set(offering.careUnitId, services);
    }
    services.add(offering.serviceCode);
  }
  return byUnit;
}

/** Units with a demo offering valid on `asOf`. */
function unitsWithDemoOfferings(offerings: readonly Offering[], asOf: string): Set<number> {
  const units = new Set<number>();
  for (const offering of offerings) {
    if (offering.demo && offeringValidOn(offering, asOf)) units.add(offering.careUnitId);
  }
  return units;
}

/**
 * Basutbud coverage of the care units open on `asOf`: how many units offer every basutbud service,
 * which services each unit lacks, and the same per municipality.
 * With `basutbudServices` null (no basutbud in force) nothing can be complete: `unitsComplete` is 0,
 * every `share` is null and there are no gaps. Offerings of unknown units are ignored.
 * Demo propagates: a figure is demo when any unit, offering (valid on `asOf`) or the basutbud
 * (`basutbudDemo`) it is computed from is. Throws `PeriodError` when `asOf` is not a date.
 */
export function computeCoverage(
  units: readonly CareUnit[],
  offerings: readonly Offering[],
  basutbudServices: readonly string[] | null,
  asOf: string,
  basutbudDemo = false,
): Coverage {
  assertDate(asOf);
  const required = basutbudServices ? [...new Set(basutbudServices)] : null;
  const offered = servicesByUnit(offerings, asOf);
  const demoOfferings = unitsWithDemoOfferings(offerings, asOf);
  const gaps: CoverageGap[] = [];
  const byMunicipality = new Map<
    string,
    {
      code: string;
      name: string;
      unitsTotal: number;
      unitsComplete: number;
      missing: Set<string>;
      demo: boolean;
    }
  >();
  let unitsTotal = 0;
  let unitsComplete = 0;
  let demo = required !== null && basutbudDemo;

  for (const unit of units) {
    if (!unitOpenOn(unit, asOf)) continue;
    unitsTotal += 1;
    let municipality = byMunicipality.get(unit.municipalityCode);
    if (!municipality) {
      municipality = {
        code: unit.municipalityCode,
        name: unit.municipalityName,
        unitsTotal: 0,
        unitsComplete: 0,
        missing: new Set(),
        demo: required !== null && basutbudDemo,
      };
      byMunicipality.set(unit.municipalityCode, municipality);
    }
    municipality.unitsTotal += 1;
    if (unit.demo || demoOfferings.has(unit.id)) {
      municipality.demo = true;
      demo = true;
    }
    if (!required) continue;

    const services = offered.get(unit.id);
    const missing = required.filter((code) => !services?.has(code));
    if (missing.length === 0) {
      unitsComplete += 1;
      municipality.unitsComplete += 1;
    } else {
      gaps.push({ careUnitId: unit.id, missing });
      for (const code of missing) municipality.missing.add(code);
    }
  }

  const municipalities = [...byMunicipality.values()]
    .map((m) => ({
      code: m.code,
      name: m.name,
      unitsTotal: m.unitsTotal,
      unitsComplete: m.unitsComplete,
      share: required ? percentShare(m.unitsComplete, m.unitsTotal) : null,
      missing: required ? required.filter((code) => m.missing.has(code)) : [],
      demo: m.demo,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv") || compareCodes(a.code, b.code));

  return {
    asOf,
    unitsTotal,
    unitsComplete,
    share: required ? percentShare(unitsComplete, unitsTotal) : null,
    gaps,
    municipalities,
    demo,
  };
}

/** Plain code-unit order; for ISO dates and codes, where locale collation is not wanted. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Percent (0–100, one decimal) of the care units open on `asOf` that offer at least `minimum` distinct
 * services among `eServiceCodes`; null when there are no units. Throws `PeriodError` on a bad `asOf`.
 */
export function eServiceUnitsShare(
  units: readonly Pick<CareUnit, "id" | "closedOn">[],
  offerings: readonly Offering[],
  eServiceCodes: readonly string[],
  asOf: string,
  minimum = 4,
): number | null {
  assertDate(asOf);
  const codes = new Set(eServiceCodes);
  const offered = servicesByUnit(offerings, asOf);
  const open = units.filter((unit) => unitOpenOn(unit, asOf));
  let qualifying = 0;
  for (const unit of open) {
    let count = 0;
    for (const code of offered.get(unit.id) ?? []) if (codes.has(code)) count += 1;
    if (count >= minimum) qualifying += 1;
  }
  return percentShare(qualifying, open.length);
}
