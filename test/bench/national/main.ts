/**
 * National-scale benchmark (issue 7): the dashboard's comparison queries over 21 synthetic regions,
 * each a process on its own PostgreSQL database, through A our gateway, B Hive Gateway and C the
 * floor (the subgraph requests of the query plan and nothing else); then the curves over the number
 * of regions and of care units. Writes docs/performance.md and docs/performance-regions.svg.
 *
 *   npm run bench              the full run (under 10 minutes on 2 cores)
 *   npm run bench -- --quick   3 regions, 2 s per measurement, results in a temporary folder
 *   npm run bench -- --render <saved.json>   the documents again from a run's saved numbers
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRIES, type RegionEntry } from "@jamlik/registry";
import { postGraphQL } from "@jamlik/testkit";
import {
  type Idle,
  type LoadSettings,
  measure,
  idle as measureIdle,
  type Observed,
  type Result,
} from "./measure.ts";
import { fetchesOf, Planner } from "./plan.ts";
import { machine, type Service, stopAllServices } from "./procs.ts";
import { type BenchQuery, QUERIES } from "./queries.ts";
import {
  type CurvePoint,
  type MainRow,
  type Report,
  renderMarkdown,
  renderRegionsSvg,
  type SystemKey,
} from "./report.ts";
import {
  type Common,
  type Deployment,
  deploy,
  graphqlUrl,
  hiveNoDedupConfigPath,
  metricsUrl,
  postgresHeadroom,
  removeScratch,
  repoRoot,
  startFloor,
  startGateway,
  startHive,
  startNational,
  writeSupergraph,
} from "./systems.ts";

const quick = process.argv.includes("--quick");
const ALL = REGISTRIES["synthetic-21"];

const settings = quick
  ? {
      regions: 3,
      main: { connections: 16, warmupSeconds: 1, durationSeconds: 2 },
      curve: { connections: 16, warmupSeconds: 1, durationSeconds: 2 },
      regionsCurve: [1, 2, 3],
      careUnits: [10, 60, 300],
    }
  : {
      regions: ALL.length,
      main: { connections: 16, warmupSeconds: 2, durationSeconds: 8 },
      curve: { connections: 16, warmupSeconds: 1, durationSeconds: 5 },
      regionsCurve: [3, 7, 14, 21],
      careUnits: [10, 60, 300],
    };
/** The whole run must end within 10 minutes; the care-unit curve shrinks to fit what is left. */
const BUDGET_SECONDS = 570;
/** Idle time before each group of measurements, to count the SQL the subgraphs run without load. */
const IDLE_SECONDS = 1.5;

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const log = (message: string) => console.log(`[${elapsed().toFixed(0).padStart(3)} s] ${message}`);

const notes: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
const cleanup = async () => {
  while (cleanups.length)
    await cleanups
      .pop()?.()
      .catch((error) => console.error(error));
  await stopAllServices();
  removeScratch();
};
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    log(`${signal}: stopping everything and dropping the databases`);
    void cleanup().finally(() => process.exit(130));
  });

const bodyOf = (query: BenchQuery) => JSON.stringify({ query: query.query, variables: query.variables });
const byKey = (key: BenchQuery["key"]) => QUERIES.find((q) => q.key === key) as BenchQuery;

/** One answer through `url`, checked; returns what it holds. */
async function check(system: string, url: string, query: BenchQuery, codes: string[]) {
  const result = await postGraphQL(url, query.query, query.variables);
  if (result.status !== 200 || result.errors?.length)
    throw new Error(
      `${system} ${query.title}: ${result.status} ${JSON.stringify(result.errors)?.slice(0, 500)}`,
    );
  return { summary: query.check(result.data, codes), data: result.data };
}

/** A system under test, up and answering. */
interface System {
  key: SystemKey;
  url: string;
  pids: number[];
  gatewayMetrics?: string | undefined;
  stop(): Promise<void>;
}

const fromService = (key: SystemKey, service: Service, ours = false): System => ({
  key,
  url: graphqlUrl(service),
  pids: [service.pid],
  gatewayMetrics: ours ? metricsUrl(service) : undefined,
  stop: () => service.stop(),
});

const stackGateway = (deployment: Deployment): System => ({
  key: "A",
  url: deployment.gatewayUrl,
  pids: [deployment.gatewayPid],
  gatewayMetrics: deployment.gatewayUrl.replace("/graphql", "/metrics"),
  stop: async () => {},
});

/** The subgraphs one measurement counts: national and the regions it asks. */
interface Subgraphs {
  pids: number[];
  metrics: string[];
}

async function measureOne(
  system: System,
  query: BenchQuery,
  subgraphs: Subgraphs,
  load: LoadSettings,
  idleSql: number,
): Promise<Result> {
  const observed: Observed = {
    systemPids: system.pids,
    subgraphPids: subgraphs.pids,
    subgraphMetrics: subgraphs.metrics,
    gatewayMetrics: system.gatewayMetrics,
  };
  const result = await measure(system.url, bodyOf(query), load, observed, idleSql);
  log(
    `  ${system.key.padEnd(9)} ${query.title.padEnd(8)} ${result.rps.toFixed(0).padStart(5)} req/s  ` +
      `p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  cpu ${result.cpu.toFixed(2)}  ` +
      `sql/req ${result.sqlPerRequest.toFixed(1)}${result.failures ? `  FAILED ${result.failures}` : ""}`,
  );
  if (result.failures) notes.push(`${system.key} ${query.title}: ${result.failures} failed requests.`);
  return result;
}

const idleRate = async (subgraphs: Subgraphs) => (await idleOf(subgraphs)).sqlPerSecond;
const idleOf = (subgraphs: Subgraphs): Promise<Idle> =>
  measureIdle(
    { systemPids: [], subgraphPids: subgraphs.pids, subgraphMetrics: subgraphs.metrics },
    IDLE_SECONDS,
  );

/** Whether our gateway reads this setting (others were adding settings while this benchmark was written). */
function gatewayReads(setting: string): boolean {
  const dir = join(repoRoot, "apps/gateway/src");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .some((file) => readFileSync(join(dir, file), "utf8").includes(setting));
}

/** The commit measured, and the folders with uncommitted changes (others work in the same tree). */
function codeState(): { commit: string; dirty: string[] } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" });
  try {
    const dirty = new Set<string>();
    for (const line of git("status", "--porcelain").split("\n")) {
      const path = /^.. (?:.* -> )?(.+)$/.exec(line)?.[1]?.trim() ?? "";
      if (!path || path.startsWith("docs/performance") || path.startsWith("test/bench/national")) continue;
      dirty.add(
        path
          .split("/")
          .slice(0, path.startsWith("apps/") || path.startsWith("packages/") ? 2 : 1)
          .join("/"),
      );
    }
    return { commit: git("log", "-1", "--format=%h %s").trim(), dirty: [...dirty].sort() };
  } catch {
    return { commit: "unknown", dirty: [] };
  }
}

async function main(): Promise<Report> {
  const machineAtStart = machine();
  const code = codeState();
  log(`machine: ${machineAtStart.cores} cores, load ${machineAtStart.load}; ${quick ? "quick" : "full"} run`);
  const regions = ALL.slice(0, settings.regions);
  const codes = regions.map((region) => region.code);
  const headroom = await postgresHeadroom();
  const poolMax =
    Number(process.env.BENCH_DB_POOL_MAX) ||
    Math.max(1, Math.min(10, Math.floor((headroom.free - 12) / (regions.length + 2))));
  const needed = (regions.length + 1) * 10;
  notes.push(
    needed > headroom.free
      ? `Every service opens a pg pool of 10 connections and has no setting for it: ${regions.length + 1} services need up ` +
          `to ${needed} connections, more than the ${headroom.free} PostgreSQL had free (max_connections ` +
          `${headroom.max}); the first 21-region runs of this benchmark failed under load with "sorry, too many ` +
          `clients already". The benchmark caps each pool at ${poolMax} (BENCH_DB_POOL_MAX overrides) with a preload ` +
          "(test/bench/national/pool-cap.mjs); in production each region has its own database."
      : `Each service's pg pool (10 connections, no setting) fits: ${needed} needed, ${headroom.free} free.`,
  );
  const common: Common = { secret: randomBytes(24).toString("hex"), poolMax, readyTimeoutMs: 300_000 };
  log(
    `PostgreSQL ${headroom.version}: max_connections ${headroom.max}, ${headroom.free} free → ${poolMax} per service pool`,
  );

  // --- The subgraphs --------------------------------------------------------------------------------
  log(`starting national, ${regions.length} regions and our gateway on new databases`);
  let deployment = await deploy(regions, common);
  cleanups.push(() => deployment.dispose());
  const stackStartup = deployment.startupSeconds;
  log(`  ready in ${stackStartup.toFixed(1)} s`);
  const statusUrl = deployment.gatewayUrl.replace("/graphql", "/status/graphql");
  const all: Subgraphs = { pids: deployment.subgraphPids(), metrics: deployment.subgraphMetrics() };

  const planner = new Planner(readFileSync(deployment.supergraphPath, "utf8"));
  const plans: Report["plans"] = {};
  for (const query of QUERIES) {
    const fetches = fetchesOf(planner.plan(query.query).node as never);
    plans[query.key] = {
      fetches: fetches.length,
      services: new Set(fetches.map((f) => f.serviceName)).size,
      example: fetches.find((f) => f.requires)?.operation ?? fetches[0]?.operation ?? "",
      national: fetches.find((f) => f.serviceName === "national")?.operation ?? "",
    };
  }

  // --- A, B and C at full size, one system at a time (nothing else in front of the subgraphs) -------
  const cacheSupported = gatewayReads("RESPONSE_CACHE");
  const dedupSupported = gatewayReads("SUBGRAPH_DEDUPLICATE");
  if (!cacheSupported)
    notes.push(
      "Our gateway does not read RESPONSE_CACHE (no such setting in apps/gateway/src): A ran with RESPONSE_CACHE=false passed and ignored, and there is no cache-on row.",
    );
  const { subgraphUrls, nationalUrl, supergraphPath } = deployment;
  const ourGateway = (key: SystemKey, cache: "on" | "off", extraEnv: Record<string, string> = {}) => ({
    key,
    start: async () =>
      fromService(
        key,
        await startGateway(key, common, supergraphPath, regions, subgraphUrls, nationalUrl, cache, extraEnv),
        true,
      ),
  });
  const hive = (key: SystemKey, configPath?: string) => ({
    key,
    start: async () =>
      fromService(
        key,
        await startHive(common, supergraphPath, regions, subgraphUrls, nationalUrl, statusUrl, configPath),
      ),
  });
  /** Each system in turn; the variants that only isolate one feature run Översikt only. */
  const blocks: { key: SystemKey; start: () => Promise<System>; queries?: BenchQuery[] }[] = [
    { key: "A", start: async () => stackGateway(deployment) },
    ...(cacheSupported ? [ourGateway("A+cache", "on")] : []),
    ...(dedupSupported
      ? [
          {
            ...ourGateway("A-nodedup", "off", { SUBGRAPH_DEDUPLICATE: "false" }),
            queries: [byKey("oversikt")],
          },
        ]
      : []),
    hive("B"),
    { ...hive("B-nodedup", hiveNoDedupConfigPath), queries: [byKey("oversikt")] },
    {
      key: "C",
      start: async () =>
        fromService("C", await startFloor(common, supergraphPath, regions, subgraphUrls, nationalUrl)),
    },
  ];
  const main: MainRow[] = [];
  const idleBy: Partial<Record<SystemKey, Idle>> = {};
  const answers: Record<string, string> = {};
  const data: Record<string, Record<string, string>> = {};
  for (const block of blocks) {
    const system = await block.start();
    try {
      for (const query of QUERIES) {
        const answer = await check(system.key, system.url, query, codes);
        answers[query.key] = answer.summary;
        data[query.key] = { ...data[query.key], [system.key]: JSON.stringify(answer.data) };
      }
      const quiet = await idleOf(all);
      idleBy[block.key] = quiet;
      log(
        `${block.key}: answers complete; without load the subgraphs run ${quiet.sqlPerSecond.toFixed(1)} SQL statements/s ` +
          `and use ${quiet.subgraphCores.toFixed(2)} cores (PostgreSQL ${quiet.postgresCores.toFixed(2)})`,
      );
      for (const query of block.queries ?? QUERIES) {
        const result = await measureOne(system, query, all, settings.main, quiet.sqlPerSecond);
        main.push({ system: system.key, query: query.key, result });
      }
    } finally {
      await system.stop();
    }
  }
  const quietA = idleBy.A;
  const quietCached = idleBy["A+cache"];
  if (quietA && quietCached)
    notes.push(
      `Without load, with only our gateway (cache off) in front, the ${regions.length + 1} subgraphs ran ` +
        `${quietA.sqlPerSecond.toFixed(1)} SQL statements/s and used ${quietA.subgraphCores.toFixed(2)} cores; with the ` +
        `cache-on gateway also running (its version watch asks every subgraph's /ready every 250 ms): ` +
        `${quietCached.sqlPerSecond.toFixed(1)} statements/s, ${quietCached.subgraphCores.toFixed(2)} cores ` +
        `(PostgreSQL ${quietA.postgresCores.toFixed(2)} → ${quietCached.postgresCores.toFixed(2)} cores). ` +
        "These idle statements are subtracted from SQL/request.",
    );
  for (const query of QUERIES) {
    const answersOf = data[query.key] ?? {};
    for (const key of ["A+cache", "A-nodedup", "B", "B-nodedup"])
      if (answersOf[key] && answersOf[key] !== answersOf.A)
        notes.push(`${query.title}: the answer of ${key} differs from A's.`);
  }

  // --- Översikt over the first 3, 7, 14 and 21 regions ------------------------------------------------
  const oversikt = byKey("oversikt");
  const regionsCurve: CurvePoint[] = [];
  const nationalDb = deployment.stack.specs.find((s) => s.name === "national")?.env.DATABASE_URL ?? "";
  for (const n of settings.regionsCurve) {
    if (n === regions.length) {
      for (const row of main.filter((r) => r.query === "oversikt" && ["A", "B", "C"].includes(r.system)))
        regionsCurve.push({ x: n, system: row.system, result: row.result, settings: settings.main });
      continue;
    }
    const subset = regions.slice(0, n);
    const supergraph = writeSupergraph(subset);
    const national = await startNational(subset, common, nationalDb);
    const url = graphqlUrl(national);
    const systems = await Promise.all([
      startGateway(`gateway-${n}`, common, supergraph, subset, subgraphUrls, url, "off").then((s) =>
        fromService("A", s, true),
      ),
      startHive(common, supergraph, subset, subgraphUrls, url, statusUrl).then((s) => fromService("B", s)),
      startFloor(common, supergraph, subset, subgraphUrls, url).then((s) => fromService("C", s)),
    ]);
    try {
      const subgraphs: Subgraphs = {
        pids: [national.pid, ...subset.map((r) => deployment.stack.child(r.code)?.pid ?? 0)],
        metrics: [
          metricsUrl(national),
          ...subset.map((r) => subgraphUrls[r.subgraphName]?.replace("/graphql", "/metrics") ?? ""),
        ],
      };
      for (const system of systems) await check(system.key, system.url, oversikt, codes.slice(0, n));
      const idle = await idleRate(subgraphs);
      log(`${n} regions: national, A, B and C started`);
      for (const system of systems) {
        const result = await measureOne(system, oversikt, subgraphs, settings.curve, idle);
        regionsCurve.push({ x: n, system: system.key, result, settings: settings.curve });
      }
    } finally {
      await Promise.all([...systems.map((s) => s.stop()), national.stop()]);
    }
  }
  await cleanups.pop()?.();
  log("subgraphs stopped, databases dropped");

  // --- Utbud over 10, 60 and 300 care units per region ------------------------------------------------
  const utbud = byKey("utbud");
  const perPoint = (size: number) =>
    stackStartup * ((size + 2) / (regions.length + 2)) +
    8 +
    3 * (settings.curve.warmupSeconds + settings.curve.durationSeconds + 2) +
    IDLE_SECONDS +
    4;
  const remaining = BUDGET_SECONDS - elapsed();
  const unitsRegions = quick
    ? regions.length
    : ([regions.length, 7].find((size) => settings.careUnits.length * perPoint(size) <= remaining) ?? 3);
  if (unitsRegions < regions.length)
    notes.push(
      `The care-unit curve ran over the first ${unitsRegions} regions, not all ${regions.length}: three restarts of ${regions.length} regions on fresh databases (about ${perPoint(regions.length).toFixed(0)} s each with the measurements) would not have fitted in the ${(remaining).toFixed(0)} s left of the 10-minute budget.`,
    );
  const unitsCurve: CurvePoint[] = [];
  const unitsAnswers: Record<number, string> = {};
  for (const units of settings.careUnits) {
    const subset: readonly RegionEntry[] = regions.slice(0, unitsRegions);
    log(`${units} care units per region: starting ${subset.length} regions on new databases`);
    deployment = await deploy(subset, common, units);
    cleanups.push(() => deployment.dispose());
    const d = deployment;
    const status = d.gatewayUrl.replace("/graphql", "/status/graphql");
    const systems = [
      stackGateway(d),
      ...(await Promise.all([
        startHive(common, d.supergraphPath, subset, d.subgraphUrls, d.nationalUrl, status).then((s) =>
          fromService("B", s),
        ),
        startFloor(common, d.supergraphPath, subset, d.subgraphUrls, d.nationalUrl).then((s) =>
          fromService("C", s),
        ),
      ])),
    ];
    try {
      log(`  ready in ${d.startupSeconds.toFixed(1)} s (+ Hive Gateway and the floor)`);
      const subgraphs: Subgraphs = { pids: d.subgraphPids(), metrics: d.subgraphMetrics() };
      for (const system of systems)
        unitsAnswers[units] = (
          await check(system.key, system.url, utbud, codes.slice(0, unitsRegions))
        ).summary;
      const idle = await idleRate(subgraphs);
      for (const system of systems) {
        const result = await measureOne(system, utbud, subgraphs, settings.curve, idle);
        unitsCurve.push({ x: units, system: system.key, result, settings: settings.curve });
      }
    } finally {
      await Promise.all(systems.map((s) => s.stop()));
      await cleanups.pop()?.();
    }
  }

  return {
    quick,
    date: new Date().toISOString(),
    command: quick ? "npm run bench -- --quick" : "npm run bench",
    machine: machineAtStart,
    postgres: { version: headroom.version, maxConnections: headroom.max, poolMax },
    settings: { main: settings.main, curve: settings.curve },
    regions: regions.length,
    stackStartupSeconds: stackStartup,
    answers,
    plans,
    main,
    regionsCurve,
    unitsCurve: { regions: unitsRegions, points: unitsCurve, answers: unitsAnswers },
    cacheSupported,
    dedupSupported,
    code,
    notes,
    totalSeconds: elapsed(),
  };
}

/** `--render <results.json>`: write the documents again from a run's saved numbers, without measuring. */
const renderFrom = process.argv.indexOf("--render");
let report: Report;
if (renderFrom >= 0) {
  report = JSON.parse(readFileSync(process.argv[renderFrom + 1] ?? "", "utf8")) as Report;
} else {
  try {
    report = await main();
  } catch (error) {
    console.error(error);
    await cleanup();
    process.exit(1);
  }
  await cleanup();
  report.totalSeconds = elapsed();
  const saved = join(tmpdir(), `jamlik-bench-${quick ? "quick" : "full"}.json`);
  writeFileSync(saved, JSON.stringify(report, null, 1));
  log(`numbers saved in ${saved} (npm run bench -- --render ${saved} writes the documents from them again)`);
}

const outDir = report.quick ? join(tmpdir(), "jamlik-bench-quick") : join(repoRoot, "docs");
mkdirSync(outDir, { recursive: true });
const svgName = "performance-regions.svg";
writeFileSync(join(outDir, svgName), renderRegionsSvg(report));
writeFileSync(join(outDir, "performance.md"), renderMarkdown(report, svgName));
if (!report.quick) {
  // The documents are checked by `biome check .` with the rest of the repository: write them as Biome formats them.
  const biome = join(repoRoot, "node_modules/@biomejs/biome/bin/biome");
  execFileSync(
    process.execPath,
    [biome, "format", "--write", join(outDir, "performance.md"), join(outDir, svgName)],
    {
      cwd: repoRoot,
      stdio: "ignore",
    },
  );
}
log(`wrote ${join(outDir, "performance.md")} and ${svgName} (${report.totalSeconds.toFixed(0)} s in all)`);
process.exit(0);
