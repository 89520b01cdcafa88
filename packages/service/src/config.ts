import { z } from "zod";

export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join("\n  ")}`);
    this.issues = issues;
    this.name = "ConfigError";
  }
}

/** Parses `env` with `schema` and reports every problem at once. */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  env: Record<string, string | undefined>,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Settings every service shares. */
export const baseEnvSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Turns OpenTelemetry tracing on: spans go to this OTLP/HTTP collector. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
});

/** An on/off setting: `true` or `false`, as every setting of every service writes it. */
export const flagSchema = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((v) => v === "true");

export const portSchema = z.coerce.number().int().min(0).max(65535);

/**
 * The gateway credentials a subgraph accepts: comma-separated, each at least 16 characters; more
 * than one while a secret is being rotated.
 */
export const subgraphSecretsSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((secret) => secret.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(16, "each secret needs at least 16 characters")).min(1))
  .optional();
