import { DEV_IDP, EDITOR } from "@jamlik/registry";
import { baseEnvSchema, parseEnv, portSchema } from "@jamlik/service";
import { z } from "zod";

const envSchema = baseEnvSchema.extend({
  PORT: portSchema.default(DEV_IDP.port),
  /** The issuer as clients reach it; by default http://127.0.0.1:<PORT>. */
  ISSUER_URL: z.url().optional(),
  /** The editor's address: its sign-in callback and sign-out return are registered for it. */
  EDITOR_URL: z.url().default(`http://127.0.0.1:${EDITOR.port}`),
  /** The editor's client secret (npm start generates one). */
  EDITOR_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters"),
  /** The audience of the access tokens: the regions' AUTH_AUDIENCE. */
  ADMIN_AUDIENCE: z.string().min(1).default("jamlik-admin"),
});

export function parseConfig(env: Record<string, string | undefined>) {
  const parsed = parseEnv(
    envSchema.refine((e) => e.NODE_ENV !== "production", {
      path: ["NODE_ENV"],
      message: "the development identity provider never runs in production: use the region's own IdP",
    }),
    env,
  );
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    issuer: parsed.ISSUER_URL ?? `http://127.0.0.1:${parsed.PORT}`,
    editorUrl: parsed.EDITOR_URL.replace(/\/$/, ""),
    editorClientSecret: parsed.EDITOR_CLIENT_SECRET,
    adminAudience: parsed.ADMIN_AUDIENCE,
  };
}
