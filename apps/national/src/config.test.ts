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

describe("parseConfig (national)", () => {
  it("defaults to port 4001 on the loopback address", () => {
    expect(parseConfig({})).toEqual({
      regions: REGIONS,
      otelEndpoint: undefined,
      subgraphSecrets: undefined,
      host: "127.0.0.1",
      port: 4001,
      logLevel: "info",
      production: false,
      databaseUrl: undefined,
      databasePoolMax: 10,
      dataDir: fileURLToPath(new URL("../../../.data/national", import.meta.url)),
    });
  });

  it("ignores unrelated variables", () => {
    expect(parseConfig({ REGION_CODE: "SE-X", PATH: "/usr/bin" }).port).toBe(4001);
  });

  it("takes overrides", () => {
    expect(
      parseConfig({
        HOST: "0.0.0.0",
        PORT: "8001",
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://localhost/national",
        DATA_DIR: "/tmp/national",
        SUBGRAPH_SECRETS: "the-current-credential, the-next-credential-x",
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      }),
    ).toEqual({
      regions: REGIONS,
      host: "0.0.0.0",
      port: 8001,
      logLevel: "warn",
      otelEndpoint: "http://collector:4318",
      production: true,
      databaseUrl: "postgresql://localhost/national",
      databasePoolMax: 10,
      dataDir: "/tmp/national",
      subgraphSecrets: ["the-current-credential", "the-next-credential-x"],
    });
  });

  it("requires the gateway credential in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/SUBGRAPH_SECRETS: required in production/);
    expect(() => parseConfig({ SUBGRAPH_SECRETS: "short" })).toThrow(/at least 16 characters/);
  });

  it("is not production in test or development", () => {
    expect(parseConfig({ NODE_ENV: "test" }).production).toBe(false);
    expect(parseConfig({ NODE_ENV: "development" }).production).toBe(false);
  });

  it.each([
    ["DATABASE_URL", "national-db"],
    ["PORT", "port"],
    ["PORT", "65536"],
    ["LOG_LEVEL", "INFO"],
    ["NODE_ENV", "prod"],
  ])("rejects %s=%j", (key, value) => {
    const error = configError({ [key]: value });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(new RegExp(`^${key}: `));
  });

  it("reports every problem at once", () => {
    const error = configError({ PORT: "x", DATABASE_URL: "y", LOG_LEVEL: "z" });
    expect(error.issues.map((issue) => issue.split(":")[0]).sort()).toEqual([
      "DATABASE_URL",
      "LOG_LEVEL",
      "PORT",
    ]);
    expect(error.name).toBe("ConfigError");
    expect(error.message).toMatch(/^Invalid configuration:/);
  });
});
