/**
 * Latency of the dashboard's comparison query through the gateway on the full local stack
 * (national, every registry region and the gateway as processes, databases as in the e2e tests).
 * Usage: npm run bench:core [-- requests concurrency]
 */
import { performance } from "node:perf_hooks";
import { postGraphQL } from "@jamlik/testkit";
import { startTestStack } from "../e2e/stack.ts";

const COMPARISON = `query Comparison($metric: ID!) {
  regions {
    code name
    latest(metric: $metric) { period value source { document dnr quote } }
    coverage { share unitsTotal unitsComplete gaps { careUnit { hsaId name } missing { code } } }
    careUnits { hsaId name municipality { code name } offerings { service { code name } validFrom validTo } }
  }
}`;

const requests = Number(process.argv[2] ?? 300);
const concurrency = Number(process.argv[3] ?? 1);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

const coldStart = performance.now();
const stack = await startTestStack();
const coldMs = performance.now() - coldStart;
try {
  const send = async () => {
    const started = performance.now();
    const result = await postGraphQL(stack.gatewayUrl, COMPARISON, { metric: "LOGGED_IN_SHARE" });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return performance.now() - started;
  };
  for (let i = 0; i < 30; i++) await send(); // warm-up: plan cache, connections, JIT
  const durations: number[] = [];
  const wall = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) durations.push(await send());
    }),
  );
  const seconds = (performance.now() - wall) / 1000;
  durations.sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        stackStartMs: Math.round(coldMs),
        storage: stack.databases[0]?.kind,
        requests: durations.length,
        concurrency,
        medianMs: Number(quantile(durations, 0.5).toFixed(1)),
        p99Ms: Number(quantile(durations, 0.99).toFixed(1)),
        requestsPerSecond: Math.round(durations.length / seconds),
      },
      null,
      2,
    ),
  );
} finally {
  await stack.dispose();
}
