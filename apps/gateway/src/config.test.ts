import { fileURLToPath } from "node:url";
import { REGIONS } from "@jamlik/registry";
import { ConfigError } from "@jamlik/service";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.ts";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env, REGIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("parseConfig accepted an invalid environment");
}

describe("parseConfig (gateway)", () => {
  it("defaults to port 4000 and the local stack's subgraphs", () => {
    expect(parseConfig({}, REGIONS)).toEqual({
      regions: REGIONS,
      otelEndpoint: undefined,
      host: "127.0.0.1",
      port: 4000,
      logLevel: "info",
      production: false,
      supergraphPath: fileURLToPath(new URL("../supergraph.graphql", import.meta.url)),
      subgraphUrls: {
        national: "http://127.0.0.1:4001/graphql",
        region_se_bd: "http://127.0.0.1:4101/graphql",
        region_se_u: "http://127.0.0.1:4102/graphql",
        region_se_n: "http://127.0.0.1:4103/graphql",
      },
      subgraphSecret: undefined,
      subgraphTimeoutMs: 3000,
      subgraphMaxSockets: 64,
      deduplicateSubgraphRequests: true,
      shareIdenticalRequests: true,
      compiledResultShaping: { mode: "on", verifyShare: 0.01 },
      circuit: { failureThreshold: 3, cooldownMs: 5000 },
      probeIntervalMs: 5000,
      rateLimitPerMinute: 1200,
      trustedProxies: [],
      persistedOperationsPath: undefined,
      persistedOperationsOnly: false,
      responseCache: { ttlMs: 60_000, maxEntries: 1000, maxBytes: 64 * 1024 * 1024, watchMs: 250 },
    });
  });

  it("requires the subgraph credential in production and a manifest for the allow-list", () => {
    expect(() => parseConfig({ NODE_ENV: "production" }, REGIONS)).toThrow(
      /SUBGRAPH_SECRETS: required in production/,
    );
    expect(() => parseConfig({ PERSISTED_OPERATIONS_ONLY: "true" }, REGIONS)).toThrow(
      /PERSISTED_OPERATIONS_PATH/,
    );
  });

  it("overrides one region's URL with REGION_URL_<code>", () => {
    const config = parseConfig({ REGION_URL_SE_BD: "https://bd.example.se/graphql" }, REGIONS);
    expect(config.subgraphUrls).toMatchObject({
      region_se_bd: "https://bd.example.se/graphql",
      region_se_u: "http://127.0.0.1:4102/graphql",
      region_se_n: "http://127.0.0.1:4103/graphql",
    });
  });

  it("does not read the dashed code as a variable name", () => {
    const config = parseConfig({ "REGION_URL_SE-BD": "https://bd.example.se/graphql" }, REGIONS);
    expect(config.subgraphUrls.region_se_bd).toBe("http://127.0.0.1:4101/graphql");
  });

  it("overrides the national URL with NATIONAL_URL", () => {
    const config = parseConfig({ NATIONAL_URL: "http://national:4001/graphql" }, REGIONS);
    expect(config.subgraphUrls.national).toBe("http://national:4001/graphql");
  });

  it("lists only the regions it is given", () => {
    const config = parseConfig({}, REGIONS.slice(0, 1));
    expect(Object.keys(config.subgraphUrls)).toEqual(["national", "region_se_bd"]);
  });

  it("takes the remaining overrides", () => {
    expect(
      parseConfig(
        {
          HOST: "::",
          PORT: "80",
          LOG_LEVEL: "error",
          NODE_ENV: "production",
          SUPERGRAPH_PATH: "/srv/sg.graphql",
          SUBGRAPH_SECRETS: "a-credential-of-enough-length",
          SUBGRAPH_TIMEOUT_MS: "1500",
          RATE_LIMIT_PER_MINUTE: "60",
        },
        REGIONS,
      ),
    ).toMatchObject({
      host: "::",
      port: 80,
      logLevel: "error",
      production: true,
      supergraphPath: "/srv/sg.graphql",
      subgraphSecret: "a-credential-of-enough-length",
      subgraphTimeoutMs: 1500,
      rateLimitPerMinute: 60,
    });
  });

  it.each([
    ["NATIONAL_URL", "national"],
    ["PORT", "four thousand"],
    ["LOG_LEVEL", "loud"],
  ])("rejects %s=%j", (key, value) => {
    const error = configError({ [key]: value });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(new RegExp(`^${key}: `));
  });

  it("rejects a REGION_URL_<code> that is not a URL as a ConfigError naming the variable", () => {
    const error = configError({ REGION_URL_SE_U: "vastmanland" });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^REGION_URL_SE_U: /);
  });

  it("reports every problem at once, region URLs included", () => {
    const error = configError({
      PORT: "-5",
      NATIONAL_URL: "nope",
      REGION_URL_SE_BD: "bd",
      REGION_URL_SE_N: "n",
    });
    expect(error.issues.map((issue) => issue.split(":")[0]).sort()).toEqual([
      "NATIONAL_URL",
      "PORT",
      "REGION_URL_SE_BD",
      "REGION_URL_SE_N",
    ]);
  });
});
