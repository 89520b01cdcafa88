import { z } from "zod";
import { REGIONS, type RegionEntry } from "./regions.ts";
import { SYNTHETIC_REGIONS } from "./synthetic.ts";

/** The registries a deployment can run: the pilot (the real three) or the synthetic national one. */
export const REGISTRIES = {
  pilot: REGIONS,
  "synthetic-21": SYNTHETIC_REGIONS,
} as const;

export type RegistryName = keyof typeof REGISTRIES;

export const registryEnvSchema = z.object({
  /** Which registry this deployment serves (default: the pilot's three regions). */
  JAMLIK_REGISTRY: z.enum(Object.keys(REGISTRIES) as [RegistryName, ...RegistryName[]]).default("pilot"),
  /** Only the first N regions of the registry (the benchmark's curve). */
  JAMLIK_REGIONS_LIMIT: z.coerce.number().int().min(1).optional(),
});

export function selectRegistry(settings: z.infer<typeof registryEnvSchema>): readonly RegionEntry[] {
  const regions = REGISTRIES[settings.JAMLIK_REGISTRY];
  return settings.JAMLIK_REGIONS_LIMIT ? regions.slice(0, settings.JAMLIK_REGIONS_LIMIT) : regions;
}
