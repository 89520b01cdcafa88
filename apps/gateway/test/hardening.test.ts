import { REGIONS } from "@jamlik/registry";
import type { Service } from "@jamlik/service";
import { afterEach, describe, expect, it } from "vitest";
import { EXPLORER_EXAMPLE } from "../src/explorer.ts";
import { startGateway } from "./gateway.ts";

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

const send = async (url: string, body: string, contentType = "application/json") => {
  const response = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
};

/** `{"a":{"a":…1…}}` nested `depth` levels, as text (building it as an object would be the attack). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("the gateway refuses what it cannot run as a client error, never a 500", () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  it("answers a mutation against a schema without mutations, and an unknown operation name, with 400", async () => {
    const gateway = await startGateway({ production: false });
    service = gateway.service;
    const mutation = await send(gateway.url, JSON.stringify({ query: "mutation { regionStatus { code } }" }));
    expect(mutation.status).toBe(400);
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const unknown = await send(
      gateway.url,
      JSON.stringify({ query: "query A { regionStatus { code } }", operationName: "B" }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  it("refuses deeply nested variables with 400 before they reach the answer cache", async () => {
    const gateway = await startGateway({
      production: false,
      responseCache: { ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024, watchMs: 1000 },
    });
    service = gateway.service;
    const body = `{"query":"{ regionStatus { code } }","variables":{"deep":${nested(20_000)}}}`;
    const answer = await send(gateway.url, body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it("puts the same query limits on /status/graphql as on /graphql", async () => {
    const gateway = await startGateway({ production: true });
    service = gateway.service;
    const statusUrl = gateway.url.replace("/graphql", "/status/graphql");
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: regionStatus { code }`).join(" ");
    const bomb = await send(statusUrl, JSON.stringify({ query: `{ ${aliases} }` }));
    expect(bomb.status).toBe(400);
    const tokens = `{ regionStatus { ${"code ".repeat(4000)} } }`;
    const long = await send(statusUrl, JSON.stringify({ query: tokens }));
    expect(long.status).toBe(400);
    const fine = await send(statusUrl, JSON.stringify({ query: "{ regionStatus { code } }" }));
    expect(fine.status).toBe(200);
    expect(fine.body.data).toEqual({ regionStatus: REGIONS.map((r) => ({ code: r.code })) });
  });

  it("sends nosniff and frame protection with every answer", async () => {
    const gateway = await startGateway({ production: true });
    service = gateway.service;
    const answer = await send(gateway.url, JSON.stringify({ query: "{ regionStatus { code } }" }));
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("x-frame-options")).toBe("DENY");
    const ready = await fetch(gateway.url.replace("/graphql", "/health"));
    expect(ready.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves the explorer with a policy that runs only its own scripts and no framing", async () => {
    const gateway = await startGateway({ production: true });
    service = gateway.service;
    const page = await fetch(gateway.url.replace("/graphql", "/"));
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[^']+'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    // The example it opens on runs as it is: its variable has a default.
    expect(EXPLORER_EXAMPLE).toMatch(/\$metric: ID! = "LOGGED_IN_SHARE"/);
  });
});
