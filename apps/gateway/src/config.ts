import { fileURLToPath } from "node:url";
import {
  envKey,
  GATEWAY,
  localUrl,
  NATIONAL,
  type RegionEntry,
  registryEnvSchema,
  selectRegistry,
} from "@jamlik/registry";
import { baseEnvSchema, flagSchema, parseEnv, portSchema, subgraphSecretsSchema } from "@jamlik/service";
import { z } from "zod";

const defaultSupergraph = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));

const envSchema = baseEnvSchema.extend(registryEnvSchema.shape).extend({
  PORT: portSchema.default(GATEWAY.port),
  SUPERGRAPH_PATH: z.string().default(defaultSupergraph),
  /** Overrides the national subgraph URL of the supergraph. */
  NATIONAL_URL: z.url().optional(),
  /**
   * The subgraph credentials, as every subgraph takes them: the gateway sends the first (during a
   * rotation, put the new one first here once every subgraph accepts it).
   */
  SUBGRAPH_SECRETS: subgraphSecretsSchema,
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(3000),
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(1024).default(64),
  /** Identical subgraph requests in flight at once share one exchange. */
  SUBGRAPH_DEDUPLICATE: flagSchema.default(true),
  /**
   * Identical client requests in flight at once (same body) are answered by one execution: the
   * others get its bytes. Each still passes the rate limit on its own.
   */
  SHARE_IDENTICAL_REQUESTS: flagSchema.default(true),
  /**
   * Shape answers with operations compiled once (src/execution) instead of @apollo/gateway's own
   * walk of the operation for every object; the same answers, at a fraction of the CPU. `verify`
   * shapes a share of answers (COMPILED_RESULT_SHAPING_VERIFY_SHARE) both ways and serves Apollo's
   * on any difference, counted in `gateway_result_shaping_checks_total`. `true`/`false` are `on`/`off`.
   */
  COMPILED_RESULT_SHAPING: z
    .enum(["on", "off", "verify", "true", "false"], { error: "must be on, off or verify" })
    .default("on")
    .transform((value) => (value === "true" ? "on" : value === "false" ? "off" : value)),
  COMPILED_RESULT_SHAPING_VERIFY_SHARE: z.coerce.number().min(0).max(1).default(0.01),
  /** Consecutive failures that open a subgraph's circuit, and how long it then fails fast. */
  CIRCUIT_FAILURES: z.coerce.number().int().min(1).default(3),
  CIRCUIT_COOLDOWN_MS: z.coerce.number().int().min(100).default(5000),
  PROBE_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /**
   * Addresses of proxies in front of the gateway (the dashboard's server, a load balancer): from
   * them the rate limit counts the client named in X-Forwarded-For instead of the proxy.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  /** An Apollo persisted query manifest; with PERSISTED_OPERATIONS_ONLY=true, nothing else runs. */
  PERSISTED_OPERATIONS_PATH: z.string().optional(),
  /**
   * Cache answers to queries of published data, emptied whenever a region publishes (its
   * publication version, watched every RESPONSE_CACHE_WATCH_MS) and after RESPONSE_CACHE_TTL_MS.
   */
  RESPONSE_CACHE: flagSchema.default(true),
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(100).default(60_000),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(1000),
  /** The most the cached answers may weigh together, as JSON (64 MiB). */
  RESPONSE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
  RESPONSE_CACHE_WATCH_MS: z.coerce.number().int().min(50).max(1000).default(250),
  PERSISTED_OPERATIONS_ONLY: flagSchema.default(false),
});

export type GatewayConfig = ReturnType<typeof parseConfig>;

/**
 * Subgraph URLs default to the local stack's; `REGION_URL_<CODE>` (for example
 * `REGION_URL_SE_BD`) and `NATIONAL_URL` override them per deployment.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  regions: readonly RegionEntry[] = selectRegistry(parseEnv(registryEnvSchema, env)),
) {
  const urlKey = (region: RegionEntry) => `REGION_URL_${envKey(region.code)}`;
  // The region URLs are parsed with the rest of the environment so every problem is reported at once.
  const regionUrlsSchema = z.object(
    Object.fromEntries(regions.map((region) => [urlKey(region), z.url().default(localUrl(region.port))])),
  );
  const parsed = parseEnv(
    envSchema
      .refine((e) => e.NODE_ENV !== "production" || e.SUBGRAPH_SECRETS, {
        path: ["SUBGRAPH_SECRETS"],
        message: "required in production: subgraphs answer only the gateway",
      })
      .refine((e) => !e.PERSISTED_OPERATIONS_ONLY || e.PERSISTED_OPERATIONS_PATH, {
        path: ["PERSISTED_OPERATIONS_PATH"],
        message: "the allow-list needs a manifest",
      })
      .and(regionUrlsSchema),
    env,
  );
  const subgraphUrls: Record<string, string> = {
    [NATIONAL.subgraphName]: parsed.NATIONAL_URL ?? localUrl(NATIONAL.port),
  };
  for (const region of regions) {
    subgraphUrls[region.subgraphName] = parsed[urlKey(region)] ?? localUrl(region.port);
  }
  return {
    regions,
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    otelEndpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT,
    production: parsed.NODE_ENV === "production",
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrls,
    subgraphSecret: parsed.SUBGRAPH_SECRETS?.[0],
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    subgraphMaxSockets: parsed.SUBGRAPH_MAX_SOCKETS,
    deduplicateSubgraphRequests: parsed.SUBGRAPH_DEDUPLICATE,
    shareIdenticalRequests: parsed.SHARE_IDENTICAL_REQUESTS,
    compiledResultShaping: {
      mode: parsed.COMPILED_RESULT_SHAPING,
      verifyShare: parsed.COMPILED_RESULT_SHAPING_VERIFY_SHARE,
    },
    circuit: { failureThreshold: parsed.CIRCUIT_FAILURES, cooldownMs: parsed.CIRCUIT_COOLDOWN_MS },
    probeIntervalMs: parsed.PROBE_INTERVAL_MS,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    trustedProxies: parsed.TRUSTED_PROXIES,
    persistedOperationsPath: parsed.PERSISTED_OPERATIONS_PATH,
    persistedOperationsOnly: parsed.PERSISTED_OPERATIONS_ONLY,
    responseCache: parsed.RESPONSE_CACHE
      ? {
          ttlMs: parsed.RESPONSE_CACHE_TTL_MS,
          maxEntries: parsed.RESPONSE_CACHE_MAX_ENTRIES,
          maxBytes: parsed.RESPONSE_CACHE_MAX_BYTES,
          watchMs: parsed.RESPONSE_CACHE_WATCH_MS,
        }
      : undefined,
  };
}
