import { ApolloServer } from "@apollo/server";
import { createDb, migrationsFolders, regionSchema } from "@jamlik/db";
import { createTestDatabase } from "@jamlik/testkit";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMetrics } from "./metrics.ts";
import { createService, graphqlEndpoint, type Service } from "./server.ts";

const logger = pino({ level: "silent" });

function schemaApollo() {
  return new ApolloServer({
    typeDefs: "type Query { hello: String, fail: String }",
    resolvers: {
      Query: {
        hello: () => "hej",
        fail: () => {
          throw new Error("broken");
        },
      },
    },
    logger,
  });
}

/** The value of the one sample of `name` carrying (at least) `labels`; undefined if none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const values = text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(" ") + 1)));
  if (values.length > 1) throw new Error(`${values.length} samples of ${name} ${JSON.stringify(labels)}`);
  return values[0];
}

describe("createService with metrics", () => {
  const metrics = createMetrics("test-service");
  let service: Service;
  let base: string;

  const post = (path: string, query: string) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
  const scrape = async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    return response.text();
  };

  beforeAll(async () => {
    service = await createService({
      logger,
      apollo: schemaApollo(),
      context: () => ({}),
      ready: async () => {},
      metrics,
      // The guard applies to /graphql only: /metrics stays open.
      guard: (req) => req.headers["x-test-denied"] === undefined,
      endpoints: [graphqlEndpoint("/admin/graphql", schemaApollo(), () => ({}))],
    });
    base = `http://127.0.0.1:${await service.listen(0)}`;
  });
  afterAll(() => service.close());

  it("counts requests by matched route, method and status, and GraphQL operations by outcome", async () => {
    expect((await post("/graphql", "{ hello }")).status).toBe(200);
    expect((await post("/graphql", "{ hello }")).status).toBe(200);
    expect((await post("/graphql", "{ fail }")).status).toBe(200);
    expect((await post("/graphql", "{ nope }")).status).toBe(400);
    expect((await post("/admin/graphql", "{ hello }")).status).toBe(200);
    const denied = await fetch(`${base}/graphql`, { method: "POST", headers: { "x-test-denied": "1" } });
    expect(denied.status).toBe(401);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    for (const path of ["/unknown", "/unknown/a1b2?x=1", "/graphql/extra"]) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }

    const text = await scrape();
    const requests = (route: string, method: string, status: string) =>
      sample(text, "http_requests_total", { service: "test-service", route, method, status });
    expect(requests("/graphql", "POST", "200")).toBe(3);
    expect(requests("/graphql", "POST", "400")).toBe(1);
    expect(requests("/graphql", "POST", "401")).toBe(1);
    expect(requests("/admin/graphql", "POST", "200")).toBe(1);
    expect(requests("/health", "GET", "200")).toBe(1);
    expect(requests("/ready", "GET", "200")).toBe(1);
    expect(requests("other", "GET", "404")).toBe(3);
    expect(text).not.toContain("/unknown");

    const duration = (suffix: string, labels: Record<string, string>) =>
      sample(text, `http_request_duration_seconds_${suffix}`, { service: "test-service", ...labels });
    expect(duration("count", { route: "/graphql", method: "POST" })).toBe(5);
    expect(duration("bucket", { route: "/graphql", method: "POST", le: "+Inf" })).toBe(5);
    expect(duration("bucket", { route: "/graphql", method: "POST", le: "10" })).toBe(5);
    expect(duration("bucket", { route: "/graphql", method: "POST", le: "0.001" })).toBeGreaterThanOrEqual(0);
    expect(duration("sum", { route: "/graphql", method: "POST" })).toBeGreaterThan(0);
    expect(duration("count", { route: "other", method: "GET" })).toBe(3);
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");

    const operations = (endpoint: string, outcome: string) =>
      sample(text, "graphql_operations_total", { service: "test-service", endpoint, outcome });
    expect(operations("/graphql", "ok")).toBe(2);
    expect(operations("/graphql", "error")).toBe(2);
    expect(operations("/admin/graphql", "ok")).toBe(1);
    expect(operations("/admin/graphql", "error")).toBeUndefined();

    // The default process metrics, prefixed and labelled.
    expect(
      sample(text, "jamlik_process_cpu_user_seconds_total", { service: "test-service" }),
    ).toBeGreaterThan(0);
    expect(sample(text, "jamlik_nodejs_heap_size_used_bytes", { service: "test-service" })).toBeGreaterThan(
      0,
    );
  });

  it("counts the scrapes themselves under route /metrics", async () => {
    await scrape();
    const text = await scrape();
    expect(
      sample(text, "http_requests_total", { route: "/metrics", method: "GET", status: "200" }),
    ).toBeGreaterThan(0);
  });

  it("reports the database pool registered, on each scrape", async () => {
    let stats: { total: number; idle: number; waiting: number } | undefined = {
      total: 5,
      idle: 3,
      waiting: 1,
    };
    metrics.registerDbPool(() => stats);
    let text = await scrape();
    expect(sample(text, "db_pool_connections", { service: "test-service", state: "total" })).toBe(5);
    expect(sample(text, "db_pool_connections", { state: "idle" })).toBe(3);
    expect(sample(text, "db_pool_connections", { state: "waiting" })).toBe(1);
    stats = { total: 2, idle: 2, waiting: 0 };
    text = await scrape();
    expect(sample(text, "db_pool_connections", { state: "total" })).toBe(2);
    stats = undefined;
    text = await scrape();
    expect(sample(text, "db_pool_connections", { state: "total" })).toBeUndefined();
  });
});

describe("createService without metrics", () => {
  it("does not serve /metrics", async () => {
    const service = await createService({
      logger,
      apollo: schemaApollo(),
      context: () => ({}),
      ready: async () => {},
    });
    try {
      const port = await service.listen(0);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      await service.close();
    }
  });
});

describe("observeSubgraphFetch", () => {
  it("observes the duration of all outcomes but circuit_open and counts errors by reason", async () => {
    const metrics = createMetrics("gateway");
    metrics.observeSubgraphFetch("region_ab", "AB", 0.02, "ok");
    metrics.observeSubgraphFetch("region_ab", "AB", 0.003, "ok");
    metrics.observeSubgraphFetch("region_ab", "AB", 5, "timeout");
    metrics.observeSubgraphFetch("region_ab", "AB", 0, "circuit_open");
    metrics.observeSubgraphFetch("region_ab", "AB", 0.2, "invalid_response");
    metrics.observeSubgraphFetch("national", undefined, 0.01, "error");
    const { contentType, body: text } = await metrics.render();
    expect(contentType).toContain("text/plain");

    const fetches = (suffix: string, labels: Record<string, string>) =>
      sample(text, `subgraph_fetch_duration_seconds_${suffix}`, { service: "gateway", ...labels });
    expect(fetches("count", { subgraph: "region_ab", region: "AB" })).toBe(4);
    expect(fetches("sum", { subgraph: "region_ab", region: "AB" })).toBeCloseTo(5.223);
    expect(fetches("bucket", { subgraph: "region_ab", region: "AB", le: "0.005" })).toBe(1);
    expect(fetches("bucket", { subgraph: "region_ab", region: "AB", le: "0.025" })).toBe(2);
    expect(fetches("bucket", { subgraph: "region_ab", region: "AB", le: "2.5" })).toBe(3);
    expect(fetches("bucket", { subgraph: "region_ab", region: "AB", le: "+Inf" })).toBe(4);
    expect(fetches("count", { subgraph: "national", region: "" })).toBe(1);

    const errors = (subgraph: string, region: string, reason: string) =>
      sample(text, "subgraph_fetch_errors_total", { service: "gateway", subgraph, region, reason });
    expect(errors("region_ab", "AB", "timeout")).toBe(1);
    expect(errors("region_ab", "AB", "circuit_open")).toBe(1);
    expect(errors("region_ab", "AB", "invalid_response")).toBe(1);
    expect(errors("region_ab", "AB", "ok")).toBeUndefined();
    expect(errors("national", "", "error")).toBe(1);
  });
});

describe("DbHandle.poolStats", () => {
  const open = (url: string | undefined) =>
    createDb({ schema: regionSchema, url, migrationsFolder: migrationsFolders.region, maxConnections: 3 });

  it("is undefined for PGlite", async () => {
    const handle = await open(undefined);
    try {
      expect(handle.driver).toBe("pglite");
      expect(handle.poolStats()).toBeUndefined();
    } finally {
      await handle.close();
    }
  });

  it("counts the pg pool's connections, and reaches the metrics", async (ctx) => {
    const database = await createTestDatabase("service_pool_stats");
    if (database.kind !== "postgres") ctx.skip();
    const handle = await open(database.url);
    try {
      expect(handle.poolStats()).toEqual({ total: 0, idle: 0, waiting: 0 });
      await handle.ping();
      expect(handle.poolStats()).toEqual({ total: 1, idle: 1, waiting: 0 });
      // Four queries on a pool of three, each blocked on a lock another connection holds until the
      // test lets go: three are busy and one waits for as long as the test looks.
      const holder = await createDb({
        schema: regionSchema,
        url: database.url,
        migrationsFolder: migrationsFolders.region,
        maxConnections: 1,
      });
      await holder.db.execute("select pg_advisory_lock(4242)");
      const blocked = Array.from({ length: 4 }, async () =>
        handle.db.execute("select pg_advisory_lock_shared(4242)"),
      );
      await vi.waitFor(() => expect(handle.poolStats()).toEqual({ total: 3, idle: 0, waiting: 1 }), {
        timeout: 30_000,
      });
      await holder.db.execute("select pg_advisory_unlock(4242)");
      await Promise.all(blocked);
      await holder.close();
      expect(handle.poolStats()).toEqual({ total: 3, idle: 3, waiting: 0 });

      const metrics = createMetrics("region-ab");
      metrics.registerDbPool(handle.poolStats);
      const { body } = await metrics.render();
      expect(sample(body, "db_pool_connections", { service: "region-ab", state: "total" })).toBe(3);
      expect(sample(body, "db_pool_connections", { state: "idle" })).toBe(3);
      expect(sample(body, "db_pool_connections", { state: "waiting" })).toBe(0);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
