import { postGraphQL } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./stack.ts";

/** Requests in the soak, and how often (in requests) the gateway's heap is sampled: a count, not a duration, so a slow machine runs the same soak. */
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 1000);
const SAMPLE_EVERY = 10;
const QUERY = `query($m: ID!) { regions { code latest(metric: $m) { period value } coverage { share gaps { careUnit { name } missing { code } } } careUnits { hsaId offerings { service { code name } } } } }`;

/** The gateway's used V8 heap, from its own /metrics. */
async function heapMegabytes(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return (
    Number(text.match(/^jamlik_nodejs_heap_size_used_bytes\S* (\d+(?:\.\d+)?)/m)?.[1] ?? Number.NaN) / 1e6
  );
}

/** A bounded soak on loopback: the gateway's memory must level off under steady load. */
describe(`the gateway under ${REQUESTS} requests of steady load`, () => {
  let stack: TestStack;
  beforeAll(async () => {
    // One client, as fast as it can, through the real fetch path (no answer cache).
    stack = await startTestStack({
      env: { RATE_LIMIT_PER_MINUTE: "1000000", RESPONSE_CACHE: "false" },
      // A small old space makes V8 collect it often, so that the heap's low points are live data
      // rather than garbage not yet collected; a leak then shows as rising low points (or a crash).
      gatewayEnv: { NODE_OPTIONS: "--max-old-space-size=160" },
    });
  }, 180_000);
  afterAll(() => stack?.dispose());

  // Large answers make the heap swing between collections; its low points (live data after a
  // collection) must not climb. A leak shows as rising low points.
  it("does not grow its memory", async () => {
    const metricsUrl = stack.gatewayUrl.replace("/graphql", "/metrics");
    const send = async () => {
      const result = await postGraphQL(stack.gatewayUrl, QUERY, { m: "LOGGED_IN_SHARE" });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    };
    for (let i = 0; i < 300; i++) await send(); // warm-up: JIT, plan cache, connection pools
    const samples: number[] = [];
    let sent = 0;
    const started = performance.now();
    // Four clients; after every SAMPLE_EVERY requests one of them reads the heap before going on.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (sent < REQUESTS) {
          const request = ++sent;
          await send();
          if (request % SAMPLE_EVERY === 0) samples.push(await heapMegabytes(metricsUrl));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const third = Math.max(1, Math.floor(samples.length / 3));
    const early = Math.min(...samples.slice(0, third));
    const late = Math.min(...samples.slice(-third));
    console.log(
      `soak: ${sent} requests in ${seconds.toFixed(1)} s; gateway heap low point ${early.toFixed(0)} MB early, ${late.toFixed(0)} MB late (peak ${Math.max(...samples).toFixed(0)} MB)`,
    );
    expect(samples).toHaveLength(REQUESTS / SAMPLE_EVERY);
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(late).toBeLessThan(early * 1.5 + 30);
    // A generous bound for a busy machine: the soak is counted in requests, this only stops a hang.
  }, 600_000);
});
