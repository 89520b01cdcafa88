/**
 * Latency of single writes on a region's admin endpoint over HTTP (token verification, zod,
 * transaction, version check, change history), and import throughput.
 * Usage: npm run bench:admin [-- writes]
 */
import { performance } from "node:perf_hooks";
import { createRegionServer } from "@jamlik/region/server";
import { REGIONS } from "@jamlik/registry";
import { createLogger } from "@jamlik/service";
import { adminToken, createTestDatabase, postGraphQL } from "@jamlik/testkit";

const writes = Number(process.argv[2] ?? 300);
const secret = "benchmark-secret-long-enough";
const region =
  REGIONS[0] ??
  (() => {
    throw new Error("empty registry");
  })();
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const summary = (durations: number[]) => {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    n: sorted.length,
    medianMs: Number(quantile(sorted, 0.5).toFixed(2)),
    p99Ms: Number(quantile(sorted, 0.99).toFixed(2)),
  };
};

const database = await createTestDatabase("bench_admin");
const server = await createRegionServer({
  region,
  logger: createLogger("bench", "silent"),
  databaseUrl: database.url,
  dataDir: "memory://",
  auth: { issuer: "jamlik-dev", audience: "jamlik-admin", devSecret: secret },
});
try {
  const url = `http://127.0.0.1:${await server.service.listen(0)}/admin/graphql`;
  const bearer = await adminToken(secret, region.code, "editor", "bench", "1h");
  const headers = { authorization: `Bearer ${bearer}` };
  const timed = async (query: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const result = await postGraphQL(url, query, variables, headers);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return {
      ms: performance.now() - started,
      data: result.data as Record<string, { id: number; version: number }>,
    };
  };

  const creates: number[] = [];
  for (let i = 0; i < writes + 20; i++) {
    const { ms } = await timed(
      `mutation($p: String!, $v: Float!) { createMeasurement(input: { metricCode: "PHONE_ANSWER_RATE", period: $p, value: $v }) { id } }`,
      { p: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, v: i },
    );
    if (i >= 20) creates.push(ms);
  }
  const { data } = await timed(`mutation { createDecision(input: { title: "Bench" }) { id version } }`, {});
  let version = data.createDecision?.version ?? 1;
  const updates: number[] = [];
  for (let i = 0; i < writes; i++) {
    const result = await timed(
      `mutation($id: Int!, $v: Int!, $t: String!) { updateDecision(id: $id, expectedVersion: $v, patch: { title: $t }) { version } }`,
      { id: data.createDecision?.id, v: version, t: `Bench ${i}` },
    );
    version = result.data.updateDecision?.version ?? version + 1;
    updates.push(result.ms);
  }
  console.log(
    JSON.stringify(
      { storage: database.kind, createMeasurement: summary(creates), updateDecision: summary(updates) },
      null,
      2,
    ),
  );
} finally {
  await server.service.close();
  await database.drop();
}
