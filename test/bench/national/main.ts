/**
 * The gateway benchmark at national scale (issue 14): the dashboard's comparison queries over 21
 * synthetic regions, each a process on its own PostgreSQL database, through our gateway, Hive Gateway
 * in three configurations and two floors, each with and without in-flight deduplication; repeated and
 * interleaved; then an open-loop mix of the dashboard's own operations, a CPU profile of our gateway
 * and Utbud at 300 care units per region. Writes docs/performance.md and docs/performance.json.
 *
 *   npm run bench              the full run (within 15 minutes on 2 cores)
 *   npm run bench -- --quick   3 regions, short windows, results in a temporary folder
 *   npm run bench -- --render <saved.json>   the documents again from a run's saved numbers
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRIES } from "@jamlik/registry";
import { postGraphQL } from "@jamlik/testkit";
import { measureInProcess } from "./inProcess.ts";
import { type Body, measure, idle as measureIdle, type Observed } from "./measure.ts";
import { mixBodies, mixOperations } from "./mix.ts";
import { openLoop } from "./openLoop.ts";
import { fetchesOf, Planner } from "./plan.ts";
import { machine, type Service, stopAllServices } from "./procs.ts";
import { summariseProfiles } from "./profile.ts";
import { type BenchQuery, QUERIES } from "./queries.ts";
import {
  evaluate,
  type MixRow,
  type Report,
  type Row,
  renderJson,
  renderMarkdown,
  SYSTEMS,
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
} from "./systems.ts";

const quick = process.argv.includes("--quick");
const ALL = REGISTRIES["synthetic-21"];

// Windows of at most 4 s: with 5 s a full run took 909 s on a busier 2-core machine, past the 15
// minutes it must fit in; no system this slow gets near 1 000 answers in either (it reports p95).
const settings = quick
  ? { regions: 3, repetitions: 2, minSeconds: 1, maxSeconds: 2, warmupSeconds: 1, mixSeconds: 2 }
  : { regions: ALL.length, repetitions: 3, minSeconds: 3, maxSeconds: 4, warmupSeconds: 1, mixSeconds: 6 };
const CONNECTIONS = 16;
/** Answers wanted behind a p99; a window shorter than this many answers reports its p95. */
const P99_ANSWERS = 1000;
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

/**
 * One answer through `url`, checked; returns what it holds. The first answer after start-up may
 * find subgraphs still cold (each loads its snapshot on its first request): a region that did not
 * answer within the gateway's deadline is asked again, at most twice, and the run says so.
 */
async function check(system: string, url: string, query: BenchQuery, codes: string[]) {
  let result = await postGraphQL(url, query.query, query.variables);
  for (let attempt = 1; attempt <= 2; attempt++) {
    const cold = result.errors?.every((error) => error.extensions?.code === "REGION_UNAVAILABLE");
    if (result.status !== 200 || !result.errors?.length || !cold) break;
    const missing = result.errors.map((error) => error.extensions?.region).join(", ");
    log(`  ${system} ${query.title}: ${missing} did not answer in time on a cold start; asking again`);
    notes.push(
      `${system}, ${query.title}: the first check found ${missing} cold (no answer within the deadline); it answered when asked again.`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    result = await postGraphQL(url, query.query, query.variables);
  }
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

/** The commit measured, and the folders with uncommitted changes. */
function codeState(): { commit: string; dirty: string[] } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" });
  try {
    const dirty = new Set<string>();
    for (const line of git("status", "--porcelain").split("\n")) {
      const path = /^.. (?:.* -> )?(.+)$/.exec(line)?.[1]?.trim() ?? "";
      if (!path || path.startsWith("docs/performance") || path.startsWith("test/bench/national")) continue;
      dirty.add(path.split("/").slice(0, 2).join("/"));
    }
    return { commit: git("log", "-1", "--format=%h %s").trim(), dirty: [...dirty].sort() };
  } catch {
    return { commit: "unknown", dirty: [] };
  }
}

/** Starts every system in front of the deployment's subgraphs, one after another (each start is CPU-bound). */
async function startSystems(
  deployment: Deployment,
  common: Common,
  keys: readonly SystemKey[],
): Promise<System[]> {
  const { regions, subgraphUrls, nationalUrl, supergraphPath } = deployment;
  const statusUrl = deployment.gatewayUrl.replace("/graphql", "/status/graphql");
  const hive = async (key: SystemKey, args: string[], dedup: boolean) =>
    fromService(
      key,
      await startHive(common, supergraphPath, regions, subgraphUrls, nationalUrl, statusUrl, {
        name: key,
        args,
        ...(dedup ? {} : { configPath: hiveNoDedupConfigPath }),
      }),
    );
  const starters: Record<SystemKey, () => Promise<System>> = {
    // The deployment's own gateway: production settings, deduplication on (the default).
    ours: async () => ({
      key: "ours",
      url: deployment.gatewayUrl,
      pids: [deployment.gatewayPid],
      gatewayMetrics: deployment.gatewayUrl.replace("/graphql", "/metrics"),
      stop: async () => {},
    }),
    "ours-nodedup": async () =>
      fromService(
        "ours-nodedup",
        await startGateway(
          "ours-nodedup",
          common,
          supergraphPath,
          regions,
          subgraphUrls,
          nationalUrl,
          "off",
          {
            SUBGRAPH_DEDUPLICATE: "false",
            SHARE_IDENTICAL_REQUESTS: "false",
          },
        ),
        true,
      ),
    hive: () => hive("hive", [], true),
    "hive-nodedup": () => hive("hive-nodedup", [], false),
    "hive-jit": () => hive("hive-jit", ["--jit"], true),
    "hive-jit-nodedup": () => hive("hive-jit-nodedup", ["--jit"], false),
    "hive-router": () => hive("hive-router", ["--hive-router-runtime"], true),
    "hive-router-nodedup": () => hive("hive-router-nodedup", ["--hive-router-runtime"], false),
    floor: async () =>
      fromService(
        "floor",
        await startFloor(common, supergraphPath, regions, subgraphUrls, nationalUrl, false),
      ),
    "floor-dedup": async () =>
      fromService(
        "floor-dedup",
        await startFloor(common, supergraphPath, regions, subgraphUrls, nationalUrl, true, statusUrl),
      ),
  };
  const systems: System[] = [];
  for (const key of keys) {
    const system = await starters[key]();
    systems.push(system);
    cleanups.push(() => system.stop());
  }
  return systems;
}

/**
 * Every system on every query, `repetitions` times, interleaved: each round visits the queries in
 * turn and, for each, every system in an order rotated by one per round.
 */
async function measureRounds(
  systems: System[],
  queries: BenchQuery[],
  observed: Omit<Observed, "systemPids" | "gatewayMetrics">,
  idleSql: number,
): Promise<Row[]> {
  const rows = new Map<string, Row>();
  const windows = new Map<string, number>();
  for (let round = 0; round < settings.repetitions; round++) {
    for (const query of queries) {
      const order = systems.map((_, i) => systems[(i + round) % systems.length] as System);
      for (const system of order) {
        const key = `${system.key} ${query.key}`;
        // The window: long enough for P99_ANSWERS answers at the rate of the first round, within bounds.
        const seconds = windows.get(key) ?? settings.minSeconds;
        const result = await measure(
          system.url,
          bodyOf(query),
          {
            connections: CONNECTIONS,
            warmupSeconds: round === 0 ? settings.warmupSeconds : 0,
            durationSeconds: seconds,
          },
          { ...observed, systemPids: system.pids, gatewayMetrics: system.gatewayMetrics },
          idleSql,
        );
        if (round === 0)
          windows.set(
            key,
            Math.min(
              settings.maxSeconds,
              Math.max(settings.minSeconds, Math.ceil((P99_ANSWERS * 1.15) / result.rps)),
            ),
          );
        log(
          `  ${String(round + 1)}/${settings.repetitions} ${system.key.padEnd(19)} ${query.title.padEnd(8)} ` +
            `${result.rps.toFixed(0).padStart(5)}/s  p99 ${result.p99.toFixed(1).padStart(6)} ms (${result.answers})  ` +
            `cpu/answer ${result.cpuMsPerAnswer.toFixed(2)} ms  subgraph req/answer ${result.subgraphRequestsPerRequest.toFixed(1)}` +
            `${result.failures ? `  FAILED ${result.failures}` : ""}`,
        );
        if (result.failures)
          notes.push(`${system.key} ${query.title}, round ${round + 1}: ${result.failures} failed requests.`);
        const row = rows.get(key) ?? { system: system.key, query: query.key, repetitions: [] };
        row.repetitions.push(result);
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()];
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
  const common: Common = { secret: randomBytes(24).toString("hex"), poolMax, readyTimeoutMs: 300_000 };
  log(`PostgreSQL ${headroom.version}: ${headroom.free} connections free → ${poolMax} per service pool`);

  // --- The subgraphs and every system in front of them ---------------------------------------------
  let deployment = await deploy(regions, common);
  cleanups.push(() => deployment.dispose());
  const stackStartup = deployment.startupSeconds;
  log(`national, ${regions.length} regions and our gateway ready in ${stackStartup.toFixed(1)} s`);
  const planner = new Planner(readFileSync(deployment.supergraphPath, "utf8"));
  const plans: Report["plans"] = {};
  for (const query of QUERIES) {
    const fetches = fetchesOf(planner.plan(query.query).node as never);
    plans[query.key] = { fetches: fetches.length, example: fetches.find((f) => f.requires)?.operation ?? "" };
  }
  const keys = Object.keys(SYSTEMS) as SystemKey[];
  const systems = await startSystems(deployment, common, keys);
  log(`${systems.length} systems started`);

  const answers: Record<string, string> = {};
  for (const query of QUERIES) {
    let reference: string | undefined;
    for (const system of systems) {
      const answer = await check(system.key, system.url, query, codes);
      answers[query.key] = answer.summary;
      const text = JSON.stringify(answer.data);
      reference ??= text;
      // The floor merges the subgraphs' answers without shaping them (no aliases resolved, extra
      // __typename): only the gateways' answers must be the same.
      if (text !== reference && !system.key.startsWith("floor"))
        notes.push(`${query.title}: the answer of ${system.key} differs from ours.`);
    }
  }
  const subgraphs = {
    subgraphPids: deployment.subgraphPids(),
    subgraphMetrics: deployment.subgraphMetrics(),
  };
  const quiet = await measureIdle({ systemPids: [], ...subgraphs }, IDLE_SECONDS);
  log(`without load the subgraphs run ${quiet.sqlPerSecond.toFixed(1)} SQL statements/s (subtracted)`);

  // --- Every system × query, repeated and interleaved -----------------------------------------------
  const rows = await measureRounds(systems, QUERIES, subgraphs, quiet.sqlPerSecond);

  // --- The mixed workload: capacity closed-loop, then open-loop at 50 % and 80 % of ours -------------
  const operations = mixOperations(codes);
  const bySystem = new Map(systems.map((s) => [s.key, s]));
  const mix: MixRow[] = [];
  const capacityOf = async (system: System) => {
    const result = await measure(
      system.url,
      mixBodies(operations, 11) as Body,
      {
        connections: CONNECTIONS,
        warmupSeconds: settings.warmupSeconds,
        durationSeconds: settings.mixSeconds / 2,
      },
      { ...subgraphs, systemPids: system.pids },
      quiet.sqlPerSecond,
    );
    log(
      `  mix capacity ${system.key.padEnd(19)} ${result.rps.toFixed(1)}/s${result.failures ? ` FAILED ${result.failures}` : ""}`,
    );
    if (result.failures)
      notes.push(`Mixed workload, capacity of ${system.key}: ${result.failures} failed requests.`);
    return result.rps;
  };
  const capacity: Partial<Record<SystemKey, number>> = {};
  for (const key of ["ours", "hive", "hive-jit", "hive-router", "floor-dedup"] as const) {
    const system = bySystem.get(key);
    if (system) capacity[key] = await capacityOf(system);
  }
  const hiveBestMix = (["hive", "hive-jit", "hive-router"] as const).reduce((best, key) =>
    (capacity[key] ?? 0) > (capacity[best] ?? 0) ? key : best,
  );
  const ourCapacity = capacity.ours ?? 0;
  for (const share of [0.5, 0.8]) {
    for (const key of ["ours", hiveBestMix, "floor-dedup"] as const) {
      const system = bySystem.get(key);
      if (!system) continue;
      const result = await openLoop(
        system.url,
        mixBodies(operations, 23),
        ourCapacity * share,
        settings.mixSeconds,
        system.pids,
      );
      log(
        `  mix at ${share * 100} % (${result.rate.toFixed(0)}/s) ${key.padEnd(19)} p50 ${result.p50.toFixed(1)} p99 ${result.p99.toFixed(1)} ms` +
          `${result.failures ? ` FAILED ${result.failures}` : ""}`,
      );
      if (result.failures)
        notes.push(`Mixed workload at ${share * 100} %, ${key}: ${result.failures} failed requests.`);
      mix.push({ system: key, share, result });
    }
  }

  // --- Where our gateway's CPU goes: a profile per query --------------------------------------------
  const profile: Report["profile"] = {};
  for (const query of QUERIES) {
    const dir = mkdtempSync(join(tmpdir(), "jamlik-profile-"));
    try {
      const service = await startGateway(
        "ours-profiled",
        common,
        deployment.supergraphPath,
        regions,
        deployment.subgraphUrls,
        deployment.nationalUrl,
        "off",
        { SUBGRAPH_DEDUPLICATE: "false", SHARE_IDENTICAL_REQUESTS: "false" },
        ["--cpu-prof", `--cpu-prof-dir=${dir}`],
      );
      const system = fromService("ours-nodedup", service, true);
      // Warm, then the window the profile covers: from the start, less the start-up and warm-up.
      await measure(
        system.url,
        bodyOf(query),
        { connections: CONNECTIONS, warmupSeconds: 0, durationSeconds: settings.warmupSeconds + 1 },
        { ...subgraphs, systemPids: system.pids },
        quiet.sqlPerSecond,
      );
      const from = process.hrtime.bigint() / 1000n;
      const result = await measure(
        system.url,
        bodyOf(query),
        { connections: CONNECTIONS, warmupSeconds: 0, durationSeconds: settings.minSeconds },
        { ...subgraphs, systemPids: system.pids },
        quiet.sqlPerSecond,
      );
      const to = process.hrtime.bigint() / 1000n;
      await service.stop();
      profile[query.key] = {
        answers: result.answers,
        modules: summariseProfiles(dir, result.answers, repoRoot, [from, to]),
      };
      log(
        `  profile ${query.title}: ${profile[query.key]?.modules
          .slice(0, 3)
          .map((m) => `${m.module} ${m.msPerAnswer.toFixed(2)} ms`)
          .join(", ")}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await Promise.all(systems.map((system) => system.stop()));

  // --- Without the network: Apollo's own work per answer against the floor's merge -----------------
  const inProcess = await measureInProcess({
    supergraphSdl: readFileSync(deployment.supergraphPath, "utf8"),
    subgraphUrls: deployment.subgraphUrls,
    secret: common.secret,
    queries: QUERIES,
    rounds: settings.repetitions,
    answersPerRound: quick ? 50 : 200,
    repoRoot,
  });
  for (const query of QUERIES) {
    const result = inProcess[query.key];
    if (result)
      log(
        `  in process ${query.title}: Apollo ${result.apolloMs.toFixed(2)} ms, compiled ${result.compiledMs.toFixed(2)} ms, floor's merge ${result.floorMs.toFixed(2)} ms per answer`,
      );
  }
  await cleanups
    .splice(0)
    .reverse()
    .reduce((chain, fn) => chain.then(fn), Promise.resolve());
  log("subgraphs stopped, databases dropped");

  // --- Utbud at 300 care units per region: ours against the floor, like for like --------------------
  const utbud = QUERIES.find((q) => q.key === "utbud") as BenchQuery;
  deployment = await deploy(regions, common, 300);
  cleanups.push(() => deployment.dispose());
  log(`300 care units per region: ready in ${deployment.startupSeconds.toFixed(1)} s`);
  const large = await startSystems(deployment, common, ["ours-nodedup", "floor"]);
  for (const system of large)
    answers["utbud-300"] = (await check(system.key, system.url, utbud, codes)).summary;
  const largeSubgraphs = {
    subgraphPids: deployment.subgraphPids(),
    subgraphMetrics: deployment.subgraphMetrics(),
  };
  const largeQuiet = await measureIdle({ systemPids: [], ...largeSubgraphs }, IDLE_SECONDS);
  const utbud300 = await measureRounds(large, [utbud], largeSubgraphs, largeQuiet.sqlPerSecond);
  await cleanup();
  log("done");

  return {
    generatedAt: new Date().toISOString(),
    quick,
    machine: { ...machineAtStart, loadAtEnd: machine().load },
    code,
    postgres: headroom.version,
    poolMax,
    settings: { ...settings, connections: CONNECTIONS, p99Answers: P99_ANSWERS },
    totalSeconds: elapsed(),
    stackStartupSeconds: stackStartup,
    regions: regions.length,
    plans,
    answers,
    rows,
    utbud300,
    mix: {
      weights: operations.map((op) => ({ name: op.name, weight: op.weight })),
      capacity,
      hiveBest: hiveBestMix,
      rows: mix,
    },
    profile,
    inProcess,
    notes,
  };
}

const renderIndex = process.argv.indexOf("--render");
try {
  const report =
    renderIndex > 0
      ? (JSON.parse(readFileSync(process.argv[renderIndex + 1] ?? "", "utf8")) as Report)
      : await main();
  const outDir = quick ? join(tmpdir(), "jamlik-bench") : join(repoRoot, "docs");
  mkdirSync(outDir, { recursive: true });
  const evaluated = evaluate(report);
  writeFileSync(join(outDir, "performance.md"), renderMarkdown(report, evaluated));
  writeFileSync(
    join(outDir, "performance.json"),
    `${JSON.stringify(renderJson(report, evaluated), null, 2)}\n`,
  );
  // As the repository's formatter writes them, so that `biome check` passes on the committed files
  // (biome does not format files outside the repository: a quick run's are left as written).
  if (!quick)
    execFileSync(
      join(repoRoot, "node_modules/.bin/biome"),
      ["format", "--write", join(outDir, "performance.md"), join(outDir, "performance.json")],
      { stdio: "ignore" },
    );
  // Every number of the run, for `--render` after a change to the report's text.
  const saved = join(tmpdir(), `jamlik-bench-${report.generatedAt.replace(/[:.]/g, "-")}.json`);
  if (renderIndex < 0) writeFileSync(saved, JSON.stringify(report));
  log(
    `wrote ${join(outDir, "performance.md")} and performance.json${renderIndex < 0 ? `; the run's numbers: ${saved}` : ""}`,
  );
  for (const target of evaluated.targets)
    log(`  ${target.met ? "met    " : "NOT MET"} ${target.name}: ${target.value}`);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}
