import { fileURLToPath } from "node:url";
import { REGIONS } from "@jamlik/registry";
import { ConfigError } from "@jamlik/service";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("parseConfig accepted an invalid environment");
}

describe("parseConfig (region)", () => {
  it("defaults everything but the region from the registry", () => {
    const config = parseConfig({ REGION_CODE: "SE-U" });
    expect(config).toEqual({
      region: REGIONS[1],
      host: "127.0.0.1",
      port: 4102,
      logLevel: "info",
      production: false,
      databaseUrl: undefined,
      databasePoolMax: 10,
      dataDir: fileURLToPath(new URL("../../../.data/region-SE-U", import.meta.url)),
      seed: "documents",
      syntheticCareUnits: undefined,
      subgraphSecrets: undefined,
      otelEndpoint: undefined,
      auth: {
        issuer: "jamlik-dev",
        audience: "jamlik-admin",
        jwksUrl: undefined,
        devSecret: undefined,
        devIssuer: undefined,
        regionClaim: "region",
        roleClaim: "role",
        maxTokenLifetimeSeconds: 43_200,
      },
    });
  });

  it.each([
    ["SE-BD", 4101, "Norrbotten"],
    ["SE-U", 4102, "Vastmanland"],
    ["SE-N", 4103, "Halland"],
  ])("serves %s on port %i as %s by default", (code, port, typeName) => {
    const config = parseConfig({ REGION_CODE: code });
    expect(config.region.code).toBe(code);
    expect(config.region.typeName).toBe(typeName);
    expect(config.port).toBe(port);
    expect(config.dataDir).toMatch(new RegExp(`[/\\\\]\\.data[/\\\\]region-${code}$`));
  });

  it("takes overrides", () => {
    const config = parseConfig({
      REGION_CODE: "SE-BD",
      HOST: "0.0.0.0",
      PORT: "5000",
      LOG_LEVEL: "debug",
      NODE_ENV: "production",
      DATABASE_URL: "postgres://jamlik:secret@db.example:5432/se_bd",
      DATA_DIR: "/var/lib/jamlik",
      SEED: "false",
      SUBGRAPH_SECRETS: "gateway-credential-of-length",
    });
    expect(config).toMatchObject({
      host: "0.0.0.0",
      port: 5000,
      logLevel: "debug",
      production: true,
      databaseUrl: "postgres://jamlik:secret@db.example:5432/se_bd",
      dataDir: "/var/lib/jamlik",
      seed: "none",
      subgraphSecrets: ["gateway-credential-of-length"],
    });
    expect(config.region.code).toBe("SE-BD");
  });

  it("allows port 0 (any free port)", () => {
    expect(parseConfig({ REGION_CODE: "SE-N", PORT: "0" }).port).toBe(0);
  });

  it("requires REGION_CODE", () => {
    const error = configError({});
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^REGION_CODE: .*required/);
  });

  it.each(["SE-X", "se-bd", "SE_BD", ""])("rejects REGION_CODE %j, listing the known codes", (code) => {
    const error = configError({ REGION_CODE: code });
    expect(error.issues).toEqual(["REGION_CODE: must be one of SE-BD, SE-U, SE-N"]);
    expect(error.message).toContain("SE-BD, SE-U, SE-N");
  });

  it.each([
    ["DATABASE_URL", "not a url"],
    ["DATABASE_URL", "localhost"],
    ["PORT", "http"],
    ["PORT", "70000"],
    ["PORT", "4101.5"],
    ["SEED", "yes"],
    ["LOG_LEVEL", "verbose"],
    ["NODE_ENV", "staging"],
  ])("rejects %s=%j", (key, value) => {
    const error = configError({ REGION_CODE: "SE-U", [key]: value });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(new RegExp(`^${key}: `));
  });

  it("reports every problem at once", () => {
    const error = configError({
      REGION_CODE: "SE-X",
      PORT: "-1",
      DATABASE_URL: "nope",
      SEED: "maybe",
    });
    expect(error.issues.map((issue) => issue.split(":")[0]).sort()).toEqual([
      "DATABASE_URL",
      "PORT",
      "REGION_CODE",
      "SEED",
    ]);
    for (const issue of error.issues) expect(error.message).toContain(issue);
  });

  it("refuses a development signing secret in production", () => {
    expect(() =>
      parseConfig({ REGION_CODE: "SE-BD", NODE_ENV: "production", AUTH_DEV_SECRET: "x".repeat(32) }),
    ).toThrow(/AUTH_DEV_SECRET: a development secret is not accepted in production/);
    expect(
      parseConfig({
        REGION_CODE: "SE-BD",
        NODE_ENV: "production",
        AUTH_JWKS_URL: "https://idp.example/jwks.json",
        SUBGRAPH_SECRETS: "gateway-credential-of-length",
      }).auth.jwksUrl,
    ).toBe("https://idp.example/jwks.json");
  });

  it("requires the gateway credential in production", () => {
    expect(() => parseConfig({ REGION_CODE: "SE-BD", NODE_ENV: "production" })).toThrow(
      /SUBGRAPH_SECRETS: required in production/,
    );
  });

  it("sizes the database pool from DATABASE_POOL_MAX", () => {
    expect(parseConfig({ REGION_CODE: "SE-BD", DATABASE_POOL_MAX: "3" }).databasePoolMax).toBe(3);
    expect(() => parseConfig({ REGION_CODE: "SE-BD", DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });
});
