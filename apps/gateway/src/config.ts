import { fileURLToPath } from "node:url";
import { envKey, GATEWAY, localUrl, NATIONAL, type RegionEntry } from "@jamlik/registry";
import { baseEnvSchema, parseEnv, portSchema } from "@jamlik/service";
import { z } from "zod";

const defaultSupergraph = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));

const envSchema = baseEnvSchema.extend({
  PORT: portSchema.default(GATEWAY.port),
  SUPERGRAPH_PATH: z.string().default(defaultSupergraph),
  /** Overrides the national subgraph URL of the supergraph. */
  NATIONAL_URL: z.url().optional(),
});

export type GatewayConfig = ReturnType<typeof parseConfig>;

/**
 * Subgraph URLs default to the local stack's; `REGION_URL_<CODE>` (for example
 * `REGION_URL_SE_BD`) and `NATIONAL_URL` override them per deployment.
 */
export function parseConfig(env: Record<string, string | undefined>, regions: readonly RegionEntry[]) {
  const urlKey = (region: RegionEntry) => `REGION_URL_${envKey(region.code)}`;
  // The region URLs are parsed with the rest of the environment so every problem is reported at once.
  const regionUrlsSchema = z.object(
    Object.fromEntries(regions.map((region) => [urlKey(region), z.url().default(localUrl(region.port))])),
  );
  const parsed = parseEnv(envSchema.and(regionUrlsSchema), env);
  const subgraphUrls: Record<string, string> = {
    [NATIONAL.subgraphName]: parsed.NATIONAL_URL ?? localUrl(NATIONAL.port),
  };
  for (const region of regions) {
    subgraphUrls[region.subgraphName] = parsed[urlKey(region)] ?? localUrl(region.port);
  }
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    production: parsed.NODE_ENV === "production",
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrls,
  };
}
