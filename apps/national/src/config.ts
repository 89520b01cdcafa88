import { fileURLToPath } from "node:url";
import { NATIONAL, registryEnvSchema, selectRegistry } from "@jamlik/registry";
import { baseEnvSchema, parseEnv, portSchema, subgraphSecretsSchema } from "@jamlik/service";
import { z } from "zod";

const defaultDataDir = fileURLToPath(new URL("../../../.data/national", import.meta.url));

const envSchema = baseEnvSchema.extend(registryEnvSchema.shape).extend({
  PORT: portSchema.default(NATIONAL.port),
  DATABASE_URL: z.url().optional(),
  /** Connections in the service's PostgreSQL pool (many services may share one server). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** The gateway credentials this subgraph accepts (see docs/operations.md, rotation). */
  SUBGRAPH_SECRETS: subgraphSecretsSchema,
  DATA_DIR: z.string().default(defaultDataDir),
});

export type NationalConfig = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
  const parsed = parseEnv(
    envSchema.refine((e) => e.NODE_ENV !== "production" || e.SUBGRAPH_SECRETS, {
      path: ["SUBGRAPH_SECRETS"],
      message: "required in production: the subgraph answers only the gateway",
    }),
    env,
  );
  return {
    regions: selectRegistry(parsed),
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    otelEndpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT,
    production: parsed.NODE_ENV === "production",
    databaseUrl: parsed.DATABASE_URL,
    databasePoolMax: parsed.DATABASE_POOL_MAX,
    dataDir: parsed.DATA_DIR,
    subgraphSecrets: parsed.SUBGRAPH_SECRETS,
  };
}
