import { REGIONS, type RegionEntry } from "./regions.ts";

export class UnknownRegionError extends Error {
  readonly code: string;
  constructor(code: string, regions: readonly RegionEntry[] = REGIONS) {
    super(`Unknown region code "${code}"; known: ${regions.map((r) => r.code).join(", ")}`);
    this.code = code;
    this.name = "UnknownRegionError";
  }
}

export function findRegion(code: string, regions: readonly RegionEntry[] = REGIONS): RegionEntry | undefined {
  return regions.find((region) => region.code === code);
}

export function getRegion(code: string, regions: readonly RegionEntry[] = REGIONS): RegionEntry {
  const region = findRegion(code, regions);
  if (!region) throw new UnknownRegionError(code, regions);
  return region;
}

/** Environment-variable-safe suffix for per-region settings, e.g. SE-BD → SE_BD. */
export function envKey(code: string): string {
  return code.replace(/-/g, "_");
}
