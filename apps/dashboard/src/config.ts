import { baseEnvSchema, parseEnv, portSchema } from "@jamlik/service";
import { z } from "zod";

const envSchema = baseEnvSchema.extend({
  PORT: portSchema.default(3000),
  /** The gateway's public GraphQL endpoint: the only data source of the dashboard. */
  GATEWAY_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /** The API explorer as the browser reaches it; by default the gateway's `/`. */
  EXPLORER_URL: z.url().optional(),
  /** Milliseconds the proxy waits for the gateway's answer. */
  GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
});

export function parseConfig(env: Record<string, string | undefined>) {
  const parsed = parseEnv(envSchema, env);
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    production: parsed.NODE_ENV === "production",
    gatewayUrl: parsed.GATEWAY_URL,
    explorerUrl: parsed.EXPLORER_URL ?? new URL("/", parsed.GATEWAY_URL).href,
    gatewayTimeoutMs: parsed.GATEWAY_TIMEOUT_MS,
  };
}
