/**
 * An open-loop load generator: requests arrive at a fixed mean rate (Poisson arrivals, seeded)
 * whatever the system's answers do, as users do. Latency runs from the moment a request was due,
 * so a system that falls behind is charged for the wait (no coordinated omission).
 */

import { seededRandom } from "@jamlik/seeds";
import { Pool } from "undici";
import { quantile } from "./measure.ts";
import { snapshot } from "./procs.ts";

export interface OpenLoopResult {
  rate: number;
  seconds: number;
  sent: number;
  answers: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU milliseconds of the system under test per answer. */
  cpuMsPerAnswer: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openLoop(
  url: string,
  nextBody: () => string,
  rate: number,
  seconds: number,
  systemPids: number[],
  seed = 7,
): Promise<OpenLoopResult> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections: 512, pipelining: 1, keepAliveTimeout: 30_000 });
  const random = seededRandom(seed);
  const latencies: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const before = snapshot({ system: systemPids });
  const start = performance.now();
  const end = start + seconds * 1000;
  let due = start;
  const send = (scheduled: number, body: string) =>
    pool
      .request({
        path: pathname,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        headersTimeout: 20_000,
        bodyTimeout: 20_000,
      })
      .then(async (response) => {
        const text = await response.body.text();
        if (response.statusCode !== 200 || text.includes('"errors"')) failures++;
        else latencies.push(performance.now() - scheduled);
      })
      .catch(() => {
        failures++;
      });
  while (due < end) {
    const now = performance.now();
    if (due > now) await sleep(due - now);
    // Everything due by now goes out, each charged from its own due time.
    while (due <= performance.now() && due < end) {
      pending.push(send(due, nextBody()));
      due += (-Math.log(1 - random()) / rate) * 1000;
    }
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const after = snapshot({ system: systemPids });
  await pool.close();
  latencies.sort((a, b) => a - b);
  const cpu = (after.groups.system?.cpu ?? 0) - (before.groups.system?.cpu ?? 0);
  return {
    rate,
    seconds: elapsed,
    sent: pending.length,
    answers: latencies.length,
    failures,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    cpuMsPerAnswer: (cpu * 1000) / Math.max(1, latencies.length),
  };
}
