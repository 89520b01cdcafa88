import {
  DEV_IDP,
  EDITOR,
  envKey,
  localUrl,
  type RegionEntry,
  registryEnvSchema,
  selectRegistry,
} from "@jamlik/registry";
import { baseEnvSchema, parseEnv, portSchema } from "@jamlik/service";
import { z } from "zod";

const envSchema = baseEnvSchema.extend(registryEnvSchema.shape).extend({
  PORT: portSchema.default(EDITOR.port),
  /** The editor's address as the browser reaches it (sign-in callback, cookies). */
  PUBLIC_URL: z.url().optional(),
  /** The region's OpenID Connect provider (its discovery document is read at start). */
  OIDC_ISSUER: z.url().default(`http://127.0.0.1:${DEV_IDP.port}`),
  OIDC_CLIENT_ID: z.string().min(1).default("jamlik-editor"),
  OIDC_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters"),
  /** The resource indicator of the admin APIs at the provider (the access token's audience). */
  OIDC_RESOURCE: z.string().min(1).default("urn:jamlik:admin"),
  /** The gateway's public API: the national service catalog is read from it. */
  GATEWAY_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /** The longest a session lasts, in seconds, whatever the token says (default 8 h). */
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(28_800),
});

/**
 * The editor's settings. Each region's admin endpoint defaults to the local stack's
 * (`REGION_ADMIN_URL_<CODE>` overrides it). In production the provider and the editor itself must
 * be HTTPS: the development provider (plain HTTP on this machine) is refused.
 */
export function parseConfig(env: Record<string, string | undefined>) {
  const regions = selectRegistry(parseEnv(registryEnvSchema, env));
  const adminKey = (region: RegionEntry) => `REGION_ADMIN_URL_${envKey(region.code)}`;
  const adminUrls = z.object(
    Object.fromEntries(
      regions.map((region) => [
        adminKey(region),
        z.url().default(localUrl(region.port).replace(/\/graphql$/, "/admin/graphql")),
      ]),
    ),
  );
  const parsed = parseEnv(
    envSchema
      .refine((e) => e.NODE_ENV !== "production" || e.OIDC_ISSUER.startsWith("https://"), {
        path: ["OIDC_ISSUER"],
        message: "production needs the region's own identity provider over HTTPS, not the development one",
      })
      .refine((e) => e.NODE_ENV !== "production" || e.PUBLIC_URL?.startsWith("https://"), {
        path: ["PUBLIC_URL"],
        message: "production needs the editor's HTTPS address (its session cookie is Secure)",
      })
      .and(adminUrls),
    env,
  );
  const publicUrl = (parsed.PUBLIC_URL ?? `http://127.0.0.1:${parsed.PORT}`).replace(/\/$/, "");
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    production: parsed.NODE_ENV === "production",
    publicUrl,
    oidc: {
      issuer: parsed.OIDC_ISSUER,
      clientId: parsed.OIDC_CLIENT_ID,
      clientSecret: parsed.OIDC_CLIENT_SECRET,
      resource: parsed.OIDC_RESOURCE,
    },
    gatewayUrl: parsed.GATEWAY_URL,
    sessionMaxAgeSeconds: parsed.SESSION_MAX_AGE_SECONDS,
    adminUrls: Object.fromEntries(regions.map((region) => [region.code, String(parsed[adminKey(region)])])),
    regionNames: Object.fromEntries(regions.map((region) => [region.code, region.name])),
  };
}

export type EditorConfig = ReturnType<typeof parseConfig>;
