import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGIONS } from "@jamlik/registry";
import type { Service } from "@jamlik/service";
import { afterEach, describe, expect, it } from "vitest";
import { STATUS_QUERY, startGateway } from "./gateway.ts";

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
};

describe("gateway limits", () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  it("rate-limits each client with 429 and Retry-After", async () => {
    const gateway = await startGateway({ rateLimitPerMinute: 5 });
    service = gateway.service;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await post(gateway.url, { query: STATUS_QUERY }));
    expect(statuses.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]?.status).toBe(429);
    expect(statuses[5]?.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(Number(statuses[5]?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("counts the clients a trusted proxy forwards separately, and ignores the header from anyone else", async () => {
    const gateway = await startGateway({
      rateLimitPerMinute: 2,
      trustedProxies: ["127.0.0.1", "::ffff:127.0.0.1"],
    });
    service = gateway.service;
    const from = (client: string) =>
      fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": client },
        body: JSON.stringify({ query: STATUS_QUERY }),
      }).then((r) => r.status);
    expect([await from("10.0.0.1"), await from("10.0.0.1"), await from("10.0.0.1")]).toEqual([200, 200, 429]);
    expect(await from("10.0.0.2")).toBe(200);
    const untrusted = await startGateway({ rateLimitPerMinute: 2, trustedProxies: [] });
    try {
      const statuses = [];
      for (const client of ["a", "b", "c"]) {
        statuses.push(
          await fetch(untrusted.url, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": client },
            body: JSON.stringify({ query: STATUS_QUERY }),
          }).then((r) => r.status),
        );
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await untrusted.service.close();
    }
  });

  it("runs only allow-listed operations when persisted operations are enforced", async () => {
    const id = createHash("sha256").update(STATUS_QUERY).digest("hex");
    const manifest = join(tmpdir(), `jamlik-pq-${process.pid}.json`);
    writeFileSync(manifest, JSON.stringify({ [`sha256:${id}`]: STATUS_QUERY }));
    const gateway = await startGateway({ persistedOperationsPath: manifest, persistedOperationsOnly: true });
    service = gateway.service;
    const byHash = await post(gateway.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: id } },
    });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual({
      regionStatus: REGIONS.map((r) => ({ code: r.code, state: expect.any(String) })),
    });
    const inFull = await post(gateway.url, { query: STATUS_QUERY });
    expect(inFull.status).toBe(200);
    const other = await post(gateway.url, { query: "{ regionStatus { code } }" });
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_ALLOWED");
    const unknownHash = await post(gateway.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(unknownHash.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("reports a subgraph nobody can reach as down on /status", async () => {
    const gateway = await startGateway({
      subgraphUrls: Object.fromEntries(REGIONS.map((r) => [r.subgraphName, "http://127.0.0.1:9/graphql"])),
      probeIntervalMs: 100,
    });
    service = gateway.service;
    const status = async () =>
      (await (await fetch(gateway.url.replace("/graphql", "/status"))).json()) as {
        regions: { state: string; lastError: string }[];
      };
    await expect
      .poll(async () => (await status()).regions.map((r) => r.state), { timeout: 20_000, interval: 50 })
      .toEqual(REGIONS.map(() => "down"));
    expect((await status()).regions[0]?.lastError).toBe("could not be reached");
  });
});
