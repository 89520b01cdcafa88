import { buildRegistry, REGISTRY_FILE, type RegionEntry } from "./regions.ts";

/**
 * All 21 Swedish regions, for the national-scale benchmark only (JAMLIK_REGISTRY=synthetic-21):
 * the same regions file as the pilot, with a demo population that sizes their synthetic care units.
 */
export const SYNTHETIC_REGIONS: readonly RegionEntry[] = buildRegistry(REGISTRY_FILE, "synthetic-21");

/** Approximate population in thousands by region code (synthetic data only). */
export const SYNTHETIC_POPULATION: Record<string, number> = Object.fromEntries(
  REGISTRY_FILE.regions.map((region) => [region.code, region.syntheticPopulation]),
);
