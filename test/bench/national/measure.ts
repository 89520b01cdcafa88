/** One measurement: autocannon against one system, with CPU, RSS and SQL around the measured window. */
import autocannon from "autocannon";
import { machineBusySeconds, postgresCpuBetween, rssOf, snapshot, treePids } from "./procs.ts";

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface Observed {
  /** Root pids of the system under test (its process tree is measured). */
  systemPids: number[];
  /** Root pids of the subgraphs (national and regions). */
  subgraphPids: number[];
  /** /metrics of national and every region (SQL statements, server time). */
  subgraphMetrics: string[];
  /** /metrics of our gateway, when the system is ours (time spent waiting on subgraphs). */
  gatewayMetrics?: string | undefined;
}

export interface Result {
  requests: number;
  /** Non-2xx answers, answers with GraphQL errors, connection errors and timeouts. */
  failures: number;
  seconds: number;
  rps: number;
  /** Answers (2xx) behind the percentiles. */
  answers: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** CPU milliseconds of the system under test per answer. */
  cpuMsPerAnswer: number;
  /** Cores used by the system under test (user + system CPU seconds per second). */
  cpu: number;
  peakRssMb: number;
  sqlPerRequest: number;
  subgraphRequestsPerRequest: number;
  /** Mean time a subgraph took to answer one request, measured inside the subgraph. */
  subgraphServerMs: number;
  /** Cores used by the subgraphs, PostgreSQL, this process (autocannon), and the whole machine. */
  subgraphCpu: number;
  postgresCpu: number;
  loadGeneratorCpu: number;
  machineCpu: number;
  /** Our gateway only: mean time of its national and region fetches, and of a whole request inside it. */
  gateway?: { nationalFetchMs: number; regionFetchMs: number; serverMs: number } | undefined;
}

/** Sums the samples of one metric (exact name), optionally only those whose labels contain `filter`. */
export function sumMetric(text: string, name: string, filter?: string): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== "{" && rest[0] !== " ") continue;
    if (filter && !rest.includes(filter)) continue;
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    if (Number.isFinite(value)) sum += value;
  }
  return sum;
}

interface Scrape {
  statements: number;
  subgraphSeconds: number;
  subgraphRequests: number;
  national: [number, number];
  regions: [number, number];
  server: [number, number];
}

async function scrape(observed: Observed): Promise<Scrape> {
  const texts = await Promise.all(
    observed.subgraphMetrics.map((url) => fetch(url).then((response) => response.text())),
  );
  const route = 'route="/graphql"';
  const result: Scrape = {
    statements: 0,
    subgraphSeconds: 0,
    subgraphRequests: 0,
    national: [0, 0],
    regions: [0, 0],
    server: [0, 0],
  };
  for (const text of texts) {
    result.statements += sumMetric(text, "db_statements_total");
    result.subgraphSeconds += sumMetric(text, "http_request_duration_seconds_sum", route);
    result.subgraphRequests += sumMetric(text, "http_request_duration_seconds_count", route);
  }
  if (observed.gatewayMetrics) {
    const text = await fetch(observed.gatewayMetrics).then((response) => response.text());
    const national = 'subgraph="national"';
    result.national = [
      sumMetric(text, "subgraph_fetch_duration_seconds_sum", national),
      sumMetric(text, "subgraph_fetch_duration_seconds_count", national),
    ];
    const regions = 'subgraph="region_';
    result.regions = [
      sumMetric(text, "subgraph_fetch_duration_seconds_sum", regions),
      sumMetric(text, "subgraph_fetch_duration_seconds_count", regions),
    ];
    result.server = [
      sumMetric(text, "http_request_duration_seconds_sum", route),
      sumMetric(text, "http_request_duration_seconds_count", route),
    ];
  }
  return result;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the subgraphs have answered everything sent to them (their request count stands
 * still for 300 ms), so that work of requests from before a window is not counted in it.
 */
export async function quiesce(observed: Observed, maxMs = 15_000): Promise<Scrape> {
  const deadline = performance.now() + maxMs;
  let last = await scrape(observed);
  for (;;) {
    await sleep(300);
    const next = await scrape(observed);
    if (next.subgraphRequests === last.subgraphRequests || performance.now() > deadline) return next;
    last = next;
  }
}

export interface Idle {
  /** SQL statements per second the subgraphs run with no load (health probes, cache watchers). */
  sqlPerSecond: number;
  /** Cores the subgraphs and PostgreSQL use meanwhile. */
  subgraphCores: number;
  postgresCores: number;
}

export async function idle(observed: Observed, seconds: number): Promise<Idle> {
  const before = await quiesce(observed);
  const procs = snapshot({ subgraphs: observed.subgraphPids });
  const started = performance.now();
  await sleep(seconds * 1000);
  const after = await scrape(observed);
  const procsAfter = snapshot({ subgraphs: observed.subgraphPids });
  const elapsed = (performance.now() - started) / 1000;
  return {
    sqlPerSecond: (after.statements - before.statements) / elapsed,
    subgraphCores: ((procsAfter.groups.subgraphs?.cpu ?? 0) - (procs.groups.subgraphs?.cpu ?? 0)) / elapsed,
    postgresCores: postgresCpuBetween(procs, procsAfter) / elapsed,
  };
}

/** A request body: always the same, or a new one per request (the mixed workload). */
export type Body = string | (() => string);

function run(url: string, body: Body, connections: number, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        ...(typeof body === "string"
          ? { body }
          : {
              requests: [
                {
                  setupRequest: (request: autocannon.Request) => ({ ...request, body: body() }),
                },
              ],
            }),
        connections,
        pipelining: 1,
        duration: seconds,
        timeout: 20,
        // A GraphQL error arrives with status 200: count it as a failure.
        verifyBody: (text) => !String(text ?? "").includes('"errors"'),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies)
      instance.on("response", (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
  });
}

export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/**
 * Warm-up, then the measured window. `idleSql` (statements per second without load) is subtracted
 * from the statements counted; requests that were in flight when the window ended are counted
 * (autocannon's `sent`) since the subgraphs finish them before the counters are read.
 */
export async function measure(
  url: string,
  body: Body,
  settings: LoadSettings,
  observed: Observed,
  idleSql: number,
): Promise<Result> {
  if (settings.warmupSeconds > 0)
    await run(url, body, settings.connections, Math.max(1, Math.round(settings.warmupSeconds)));
  const groups = { system: observed.systemPids, subgraphs: observed.subgraphPids };
  const pids = treePids(observed.systemPids);
  const metricsBefore = await quiesce(observed);
  const countedFrom = performance.now();
  const before = { procs: snapshot(groups), busy: machineBusySeconds(), self: process.cpuUsage() };
  let peakRss = rssOf(pids);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssOf(pids));
  }, 200);
  const latencies: number[] = [];
  const started = performance.now();
  const result = await run(url, body, settings.connections, settings.durationSeconds, latencies);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssOf(pids));
  const self = process.cpuUsage(before.self);
  const after = { procs: snapshot(groups), busy: machineBusySeconds() };
  const metricsAfter = await quiesce(observed);
  const countedSeconds = (performance.now() - countedFrom) / 1000;

  const delta = (group: string) =>
    (after.procs.groups[group]?.cpu ?? 0) - (before.procs.groups[group]?.cpu ?? 0);
  const requests = result.requests.total;
  const sent = Math.max(1, result.requests.sent);
  const ratio = (pair: (s: Scrape) => [number, number]) => {
    const sum = pair(metricsAfter)[0] - pair(metricsBefore)[0];
    const count = pair(metricsAfter)[1] - pair(metricsBefore)[1];
    return count > 0 ? (sum / count) * 1000 : Number.NaN;
  };
  latencies.sort((a, b) => a - b);
  const subgraphRequests = metricsAfter.subgraphRequests - metricsBefore.subgraphRequests;
  return {
    requests,
    failures: result.non2xx + result.mismatches + result.errors,
    seconds,
    rps: requests / seconds,
    answers: latencies.length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
    cpuMsPerAnswer: (delta("system") * 1000) / Math.max(1, latencies.length),
    cpu: delta("system") / seconds,
    peakRssMb: peakRss / 1024 / 1024,
    sqlPerRequest: Math.max(
      0,
      (metricsAfter.statements - metricsBefore.statements - idleSql * countedSeconds) / sent,
    ),
    subgraphRequestsPerRequest: subgraphRequests / sent,
    subgraphServerMs:
      subgraphRequests > 0
        ? ((metricsAfter.subgraphSeconds - metricsBefore.subgraphSeconds) / subgraphRequests) * 1000
        : Number.NaN,
    subgraphCpu: delta("subgraphs") / seconds,
    postgresCpu: postgresCpuBetween(before.procs, after.procs) / seconds,
    loadGeneratorCpu: (self.user + self.system) / 1e6 / seconds,
    machineCpu: (after.busy - before.busy) / seconds,
    gateway: observed.gatewayMetrics
      ? {
          nationalFetchMs: ratio((s) => s.national),
          regionFetchMs: ratio((s) => s.regions),
          serverMs: ratio((s) => s.server),
        }
      : undefined,
  };
}
