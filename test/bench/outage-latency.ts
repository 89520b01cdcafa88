/**
 * The comparison query through the gateway with all regions up, with one region down and with one
 * region answering after 10 s; and the throughput the gateway holds. Real processes, loopback only.
 * Usage: npm run bench:outages [-- requests]
 */
import { performance } from "node:perf_hooks";
import { postGraphQL } from "@jamlik/testkit";
import { startTestStack } from "../e2e/stack.ts";

const requests = Number(process.argv[2] ?? 300);
const SECRET = "benchmark-gateway-credential";
const COMPARISON = `query Comparison($metric: ID!) {
  regions { code name latest(metric: $metric) { period value source { document } } coverage { share unitsTotal unitsComplete } }
}`;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

const stack = await startTestStack({
  // One client at full speed, through the real fetch path: no rate limit, no answer cache.
  env: {
    NODE_ENV: "production",
    SUBGRAPH_SECRETS: SECRET,
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "10000000",
    RESPONSE_CACHE: "false",
  },
  proxied: ["SE-U"],
});
const proxy = stack.proxies["SE-U"];
try {
  const send = async () => {
    const started = performance.now();
    const result = await postGraphQL(stack.gatewayUrl, COMPARISON, { metric: "LOGGED_IN_SHARE" });
    if (result.status !== 200 || !result.data) throw new Error(JSON.stringify(result));
    return { ms: performance.now() - started, errors: result.errors?.length ?? 0 };
  };
  const measure = async (n: number) => {
    const runs = [];
    for (let i = 0; i < n; i++) runs.push(await send());
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
    return {
      requests: n,
      medianMs: Number(quantile(sorted, 0.5).toFixed(1)),
      p99Ms: Number(quantile(sorted, 0.99).toFixed(1)),
      maxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
      withRegionError: runs.filter((r) => r.errors > 0).length,
    };
  };
  for (let i = 0; i < 50; i++) await send();
  const allUp = await measure(requests);

  const throughput = async (concurrency: number, seconds: number) => {
    let done = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < end) {
          await send();
          done++;
        }
      }),
    );
    return { concurrency, seconds, requestsPerSecond: Math.round(done / seconds) };
  };
  const held = await throughput(16, 10);

  proxy?.set({ kind: "reset" });
  const oneDown = await measure(requests);
  proxy?.set({ kind: "delay", ms: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 6_000)); // let the circuit close and reopen on the slow region
  const oneSlow = await measure(Math.min(requests, 100));
  proxy?.set({ kind: "pass" });

  console.log(
    JSON.stringify({ storage: stack.databases[0]?.kind, allUp, oneDown, oneSlow, throughput: held }, null, 2),
  );
} finally {
  await stack.dispose();
}
