import { fileURLToPath } from "node:url";
import { findRegion, type RegionEntry, registryEnvSchema, selectRegistry } from "@jamlik/registry";
import { parseEnv, portSchema } from "@jamlik/service";
import { requireSubgraphSecrets, subgraphEnvSchema, subgraphSettings } from "@jamlik/service/subgraph";
import { z } from "zod";

const envSchema = (regions: readonly RegionEntry[]) =>
  subgraphEnvSchema.extend(registryEnvSchema.shape).extend({
    REGION_CODE: z
      .string({ error: "REGION_CODE is required (one of the registry codes)" })
      .refine((code) => findRegion(code, regions) !== undefined, {
        message: `must be one of ${regions.map((r) => r.code).join(", ")}`,
      }),
    PORT: portSchema.optional(),
    AUTH_ISSUER: z.string().min(1).default("jamlik-dev"),
    AUTH_AUDIENCE: z.string().min(1).default("jamlik-admin"),
    /** Production: verify admin tokens with the keys of this JWKS endpoint. */
    AUTH_JWKS_URL: z.url().optional(),
    /** The longest lifetime (exp − iat) an admin token may have, in seconds (default 12 h). */
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(604_800).default(43_200),
    /** Development: a shared HS256 secret (npm start generates one; `jamlik token` signs with it). */
    AUTH_DEV_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    /** The issuer of the development tokens when AUTH_ISSUER names the identity provider. */
    AUTH_DEV_ISSUER: z.string().min(1).optional(),
    /** The token claims holding the user's region and role (named as the identity provider names them). */
    AUTH_REGION_CLAIM: z.string().min(1).default("region"),
    AUTH_ROLE_CLAIM: z.string().min(1).default("role"),
    /**
     * What an empty database is filled with: `true` the source-document facts and demo care units,
     * `synthetic` generated benchmark data (any registry), `false` nothing.
     */
    SEED: z
      .enum(["true", "false", "synthetic"])
      .default("true")
      .transform(
        (value): SeedMode => (value === "true" ? "documents" : value === "false" ? "none" : "synthetic"),
      ),
    /** Synthetic data: care units in this region (default: its share of about 1 100 by population). */
    SYNTHETIC_CARE_UNITS: z.coerce.number().int().min(1).max(5000).optional(),
  });

export type SeedMode = "documents" | "synthetic" | "none";

export function parseConfig(env: Record<string, string | undefined>) {
  // The registry is chosen first: REGION_CODE must name one of its regions.
  const regions = selectRegistry(parseEnv(registryEnvSchema, env));
  const parsed = parseEnv(
    envSchema(regions)
      .refine((e) => !(e.NODE_ENV === "production" && e.AUTH_DEV_SECRET), {
        path: ["AUTH_DEV_SECRET"],
        message: "a development secret is not accepted in production: verify with AUTH_JWKS_URL only",
      })
      .refine(...requireSubgraphSecrets),
    env,
  );
  const region = findRegion(parsed.REGION_CODE, regions);
  if (!region) throw new Error("unreachable: REGION_CODE validated above");
  return {
    ...subgraphSettings(parsed),
    region,
    port: parsed.PORT ?? region.port,
    dataDir:
      parsed.DATA_DIR ?? fileURLToPath(new URL(`../../../.data/region-${region.code}`, import.meta.url)),
    seed: parsed.SEED,
    syntheticCareUnits: parsed.SYNTHETIC_CARE_UNITS,
    auth: {
      issuer: parsed.AUTH_ISSUER,
      audience: parsed.AUTH_AUDIENCE,
      jwksUrl: parsed.AUTH_JWKS_URL,
      devSecret: parsed.AUTH_DEV_SECRET,
      devIssuer: parsed.AUTH_DEV_ISSUER,
      regionClaim: parsed.AUTH_REGION_CLAIM,
      roleClaim: parsed.AUTH_ROLE_CLAIM,
      maxTokenLifetimeSeconds: parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    },
  };
}
