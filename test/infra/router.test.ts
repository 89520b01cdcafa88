import { readFileSync } from "node:fs";
import { envKey, REGIONS } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import {
  SUBGRAPH_CREDENTIAL_HEADER,
  subgraphUrlVariable,
  supergraphSubgraphs,
} from "../../infra/hive/subgraphs.ts";
import { read, readYaml } from "./files.ts";
import { supergraphPath } from "./hiveGateway.ts";

interface RouterConfig {
  supergraph: { listen: string; path: string; introspection: boolean };
  health_check: { enabled: boolean; listen: string; path: string };
  override_subgraph_url: Record<string, string>;
  headers: { all: { request: Record<string, { name?: string; named?: string; value?: string }>[] } };
  traffic_shaping: { router: { timeout: string }; all: { timeout: string } };
  limits: Record<string, number>;
}

const router = readYaml<RouterConfig>("infra/router/router.yaml");
const subgraphs = supergraphSubgraphs(readFileSync(supergraphPath, "utf8"));

/** `${env.NAME}` or `${env.NAME:-default}` → NAME. */
function envReference(value: string | undefined): string | undefined {
  return /^\$\{env\.([A-Z][A-Z0-9_]*)(:-[^}]*)?\}$/.exec(value ?? "")?.[1];
}

describe("infra/router/router.yaml (Apollo Router)", () => {
  it("overrides the URL of every subgraph in the supergraph's join__Graph enum from the environment", () => {
    expect(subgraphs.length).toBeGreaterThanOrEqual(REGIONS.length + 1);
    for (const { name } of subgraphs) {
      expect(envReference(router.override_subgraph_url[name]), name).toBe(subgraphUrlVariable(name));
    }
  });

  it("reads the same variables as our gateway: NATIONAL_URL and REGION_URL_<CODE>", () => {
    expect(envReference(router.override_subgraph_url.national)).toBe("NATIONAL_URL");
    for (const region of REGIONS) {
      expect(envReference(router.override_subgraph_url[region.subgraphName])).toBe(
        `REGION_URL_${envKey(region.code)}`,
      );
    }
  });

  it("inserts the credential header from SUBGRAPH_SECRETS on every subgraph request", () => {
    const inserts = router.headers.all.request.filter((rule) => rule.insert).map((rule) => rule.insert);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Router's own ${env.X} expansion
    expect(inserts).toContainEqual({ name: SUBGRAPH_CREDENTIAL_HEADER, value: "${env.SUBGRAPH_SECRETS}" });
    // Never passed on from the client.
    const propagated = router.headers.all.request.flatMap((rule) => (rule.propagate ? [rule.propagate] : []));
    expect(propagated.map((p) => p.named)).not.toContain(SUBGRAPH_CREDENTIAL_HEADER);
  });

  it("gives up on a subgraph after 3 s, serves /graphql and a health check", () => {
    expect(router.traffic_shaping.all.timeout).toBe("3s");
    expect(router.traffic_shaping.router.timeout).toMatch(/^\d+s$/);
    expect(router.supergraph.path).toBe("/graphql");
    expect(router.supergraph.listen).toMatch(/4000/);
    expect(router.supergraph.introspection).toBe(false);
    expect(router.health_check).toMatchObject({ enabled: true, path: "/health" });
    expect(router.limits.http_max_request_bytes).toBeGreaterThan(0);
  });

  it("documents its run command with the committed supergraph", () => {
    expect(read("infra/router/router.yaml")).toContain(
      "router --config infra/router/router.yaml --supergraph apps/gateway/supergraph.graphql",
    );
  });
});

describe("infra/hive/subgraphs.ts", () => {
  it("finds national and every registry region among the supergraph's subgraphs", () => {
    const names = subgraphs.map((s) => s.name);
    expect(names).toContain("national");
    for (const region of REGIONS) expect(names).toContain(region.subgraphName);
    for (const { url } of subgraphs) expect(url).toMatch(/^http:\/\//);
  });

  it("maps subgraph names to our gateway's variables", () => {
    expect(subgraphUrlVariable("national")).toBe("NATIONAL_URL");
    for (const region of REGIONS) {
      expect(subgraphUrlVariable(region.subgraphName)).toBe(`REGION_URL_${envKey(region.code)}`);
    }
    expect(subgraphUrlVariable("status")).toBe("STATUS_URL");
  });
});
