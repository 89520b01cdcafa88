import { REGIONS, type RegionEntry } from "./regions.ts";

export class UnknownRegionError extends Error {
  constructor(readonly code: string) {
    super(`Unknown region code "${code}"; known: ${REGIONS.map((r) => r.code).join(", ")}`);
    this.name = "UnknownRegionError";
  }
}

export function findRegion(code: string): RegionEntry | undefined {
  return REGIONS.find((region) => region.code === code);
}

export function getRegion(code: string): RegionEntry {
  const region = findRegion(code);
  if (!region) throw new UnknownRegionError(code);
  return region;
}

/** Environment-variable-safe suffix for per-region settings, e.g. SE-BD → SE_BD. */
export function envKey(code: string): string {
  return code.replace(/-/g, "_");
}
