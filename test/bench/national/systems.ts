/**
 * What the benchmark runs: the subgraphs (national and the regions, as processes on their own
 * PostgreSQL databases, started by the launcher) and the three systems in front of them —
 * A our gateway, B Hive Gateway, C the floor.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { composeSupergraph } from "@jamlik/gateway/compose";
import { type RunningStack, stackProcesses, startStack } from "@jamlik/launcher";
import { envKey, localUrl, NATIONAL, type RegionEntry, STATUS } from "@jamlik/registry";
import { createTestDatabase, type TestDatabase } from "@jamlik/testkit";
import pg from "pg";
import { type Service, spawnService } from "./procs.ts";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const hiveConfigPath = join(repoRoot, "infra/hive/gateway.config.ts");
/** The same configuration with Hive Gateway's in-flight request deduplication off. */
export const hiveNoDedupConfigPath = fileURLToPath(new URL("./hive-nodedup.config.ts", import.meta.url));
const hiveBin = join(dirname(createRequire(import.meta.url).resolve("@graphql-hive/gateway")), "bin.js");
const floorEntry = fileURLToPath(new URL("./floor.ts", import.meta.url));
const poolCapPreload = new URL("./pool-cap.mjs", import.meta.url).href;
/** Our gateway as the launcher starts it: its entry and its Node flags. */
const gatewaySpec = stackProcesses({ regions: [] }).find((spec) => spec.name === "gateway");
const nationalEntry = stackProcesses({ regions: [] }).find((spec) => spec.name === "national")?.entry ?? "";

/** Temporary folder of the run's supergraphs, made when the first is written. */
let scratch: string | undefined;
export const removeScratch = () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
};

const taken = new Set<number>();

/**
 * A free port below the kernel's ephemeral range (32768–60999 here), where `freePort` (port 0) and
 * outgoing connections never land: with tests running alongside, a port that `freePort` found free
 * can be handed to another process before a slow-starting service binds it.
 */
export async function benchPort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (taken.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
  throw new Error("no free port between 20000 and 29999");
}

/** Composes the supergraph of these regions into a temporary file. */
export function writeSupergraph(regions: readonly RegionEntry[]): string {
  scratch ??= mkdtempSync(join(tmpdir(), "jamlik-bench-"));
  const path = join(scratch, `supergraph-${regions.length}.graphql`);
  writeFileSync(path, composeSupergraph(regions).supergraphSdl);
  return path;
}

/** Connections PostgreSQL can still give, and its version. */
export async function postgresHeadroom(): Promise<{ free: number; max: number; version: string }> {
  const client = new pg.Client({
    connectionString: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  });
  await client.connect();
  try {
    const max = Number((await client.query("show max_connections")).rows[0]?.max_connections);
    const reserved = Number(
      (await client.query("show superuser_reserved_connections")).rows[0]?.superuser_reserved_connections,
    );
    const used = Number((await client.query("select count(*) as n from pg_stat_activity")).rows[0]?.n);
    const version = String((await client.query("show server_version")).rows[0]?.server_version);
    return { free: max - reserved - used, max, version };
  } finally {
    await client.end();
  }
}

export interface Common {
  secret: string;
  /** Connections per service pool (see pool-cap.mjs). */
  poolMax: number;
  readyTimeoutMs: number;
}

/** Environment of national and the regions (the launcher adds PORT, REGION_CODE, DATABASE_URL). */
function subgraphEnv(common: Common, regionsLimit: number, careUnits?: number): Record<string, string> {
  return {
    JAMLIK_REGISTRY: "synthetic-21",
    JAMLIK_REGIONS_LIMIT: String(regionsLimit),
    SEED: "synthetic",
    ...(careUnits ? { SYNTHETIC_CARE_UNITS: String(careUnits) } : {}),
    SUBGRAPH_SECRETS: common.secret,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${poolCapPreload}`.trim(),
    BENCH_DB_POOL_MAX: String(common.poolMax),
  };
}

/** Environment of our gateway in front of these subgraphs. */
function gatewayEnv(
  common: Common,
  supergraphPath: string,
  regionsLimit: number,
  cache: "off" | "on",
): Record<string, string> {
  return {
    JAMLIK_REGISTRY: "synthetic-21",
    JAMLIK_REGIONS_LIMIT: String(regionsLimit),
    SUPERGRAPH_PATH: supergraphPath,
    SUBGRAPH_SECRETS: common.secret,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    NODE_OPTIONS: process.env.NODE_OPTIONS ?? "",
    // The load comes from one address; the per-client rate limit would answer 429 within a second.
    RATE_LIMIT_PER_MINUTE: "1000000000",
    RESPONSE_CACHE: cache === "on" ? "true" : "false",
  };
}

export interface Deployment {
  regions: readonly RegionEntry[];
  supergraphPath: string;
  stack: RunningStack;
  /** Subgraph name → GraphQL URL (national and every region). */
  subgraphUrls: Record<string, string>;
  nationalUrl: string;
  /** Our gateway as the launcher started it (A, response cache off). */
  gatewayUrl: string;
  gatewayPid: number;
  subgraphPids(): number[];
  subgraphMetrics(): string[];
  startupSeconds: number;
  dispose(): Promise<void>;
}

/** Databases, then national, the regions and our gateway as processes, all ready. */
export async function deploy(
  regions: readonly RegionEntry[],
  common: Common,
  careUnits?: number,
): Promise<Deployment> {
  const started = performance.now();
  const names = ["national", ...regions.map((region) => region.code)];
  const databases: TestDatabase[] = [];
  try {
    for (const db of await Promise.all(names.map((name) => createTestDatabase(`bench_${name}`))))
      databases.push(db);
    const databaseUrls: Record<string, string> = {};
    names.forEach((name, i) => {
      const url = databases[i]?.url;
      if (!url) throw new Error("the benchmark needs PostgreSQL (TEST_DATABASE_URL), not PGlite");
      databaseUrls[name] = url;
    });
    const regionPorts: Record<string, number> = {};
    for (const region of regions) regionPorts[region.code] = await benchPort();
    const supergraphPath = writeSupergraph(regions);
    const stack = await startStack({
      regions,
      regionPorts,
      nationalPort: await benchPort(),
      gatewayPort: await benchPort(),
      databaseUrls,
      stdio: "inherit",
      readyTimeoutMs: common.readyTimeoutMs,
      env: subgraphEnv(common, regions.length, careUnits),
      gatewayEnv: gatewayEnv(common, supergraphPath, regions.length, "off"),
      onUnexpectedExit: (name, code, signal) =>
        console.error(`!! ${name} exited unexpectedly (code ${code}, signal ${signal})`),
    });
    // Every process must still be running: a /ready answered by someone else's process on the same port
    // would otherwise pass for ours.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const dead = stack.specs.filter((spec) => {
      const child = stack.child(spec.name);
      return !child || child.exitCode !== null || child.signalCode !== null;
    });
    if (dead.length) {
      await stack.close();
      throw new Error(`${dead.map((spec) => spec.name).join(", ")} exited during start`);
    }
    const port = (name: string) => stack.specs.find((spec) => spec.name === name)?.port ?? 0;
    const subgraphUrls: Record<string, string> = { [NATIONAL.subgraphName]: localUrl(port("national")) };
    for (const region of regions) subgraphUrls[region.subgraphName] = localUrl(port(region.code));
    const pidOf = (name: string) => stack.child(name)?.pid ?? 0;
    return {
      regions,
      supergraphPath,
      stack,
      subgraphUrls,
      nationalUrl: localUrl(port("national")),
      gatewayUrl: stack.gatewayUrl,
      gatewayPid: pidOf("gateway"),
      subgraphPids: () => names.map(pidOf),
      subgraphMetrics: () => names.map((name) => `http://127.0.0.1:${port(name)}/metrics`),
      startupSeconds: (performance.now() - started) / 1000,
      dispose: async () => {
        await stack.close();
        await Promise.all(databases.map((db) => db.drop()));
      },
    };
  } catch (error) {
    await Promise.all(databases.map((db) => db.drop().catch(() => {})));
    throw error;
  }
}

/** The region URL variables both gateways read. */
function subgraphUrlEnv(regions: readonly RegionEntry[], urls: Record<string, string>, nationalUrl: string) {
  return {
    NATIONAL_URL: nationalUrl,
    ...Object.fromEntries(
      regions.map((region) => [`REGION_URL_${envKey(region.code)}`, urls[region.subgraphName] ?? ""]),
    ),
  };
}

/** A national subgraph of its own serving only the first `regions.length` regions (the curve). */
export async function startNational(
  regions: readonly RegionEntry[],
  common: Common,
  databaseUrl: string,
): Promise<Service> {
  const port = await benchPort();
  return spawnService({
    name: `national-${regions.length}`,
    port,
    args: [nationalEntry],
    env: {
      APOLLO_TELEMETRY_DISABLED: "1",
      ...subgraphEnv(common, regions.length),
      PORT: String(port),
      DATABASE_URL: databaseUrl,
    },
    readyTimeoutMs: common.readyTimeoutMs,
  });
}

/** Our gateway (A) as its own process, over `supergraphPath`. */
export async function startGateway(
  name: string,
  common: Common,
  supergraphPath: string,
  regions: readonly RegionEntry[],
  urls: Record<string, string>,
  nationalUrl: string,
  cache: "off" | "on",
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Service> {
  const port = await benchPort();
  return spawnService({
    name,
    port,
    args: [gatewaySpec?.entry ?? ""],
    nodeArgs: [...(gatewaySpec?.nodeFlags ?? []), ...nodeArgs],
    env: {
      APOLLO_TELEMETRY_DISABLED: "1",
      ...gatewayEnv(common, supergraphPath, regions.length, cache),
      ...subgraphUrlEnv(regions, urls, nationalUrl),
      ...extraEnv,
      PORT: String(port),
    },
    readyTimeoutMs: common.readyTimeoutMs,
  });
}

export interface HiveOptions {
  name: string;
  /** infra/hive/gateway.config.ts, or the variant without deduplication. */
  configPath?: string;
  /** More CLI options: `--jit`, `--hive-router-runtime`. */
  args?: string[];
}

/** Hive Gateway: `hive-gateway supergraph <file> --config-path infra/hive/gateway.config.ts [args]`. */
export async function startHive(
  common: Common,
  supergraphPath: string,
  regions: readonly RegionEntry[],
  urls: Record<string, string>,
  nationalUrl: string,
  statusUrl: string,
  options: HiveOptions,
): Promise<Service> {
  const port = await benchPort();
  return spawnService({
    name: options.name,
    port,
    args: [
      hiveBin,
      "supergraph",
      supergraphPath,
      "--config-path",
      options.configPath ?? hiveConfigPath,
      ...(options.args ?? []),
    ],
    cwd: repoRoot,
    inheritEnv: false,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      NODE_ENV: "production",
      SUPERGRAPH_PATH: supergraphPath,
      SUBGRAPH_SECRETS: common.secret,
      [`${STATUS.subgraphName.toUpperCase()}_URL`]: statusUrl,
      ...subgraphUrlEnv(regions, urls, nationalUrl),
    },
    readyTimeoutMs: common.readyTimeoutMs,
  });
}

/** The floor: floor.ts as its own process; `deduplicate` merges identical subgraph requests in flight. */
export async function startFloor(
  common: Common,
  supergraphPath: string,
  regions: readonly RegionEntry[],
  urls: Record<string, string>,
  nationalUrl: string,
  deduplicate = false,
  statusUrl?: string,
): Promise<Service> {
  const port = await benchPort();
  const subgraphs: Record<string, string> = { [NATIONAL.subgraphName]: nationalUrl };
  if (statusUrl) subgraphs[STATUS.subgraphName] = statusUrl;
  for (const region of regions) subgraphs[region.subgraphName] = urls[region.subgraphName] ?? "";
  return spawnService({
    name: deduplicate ? "floor-dedup" : "floor",
    port,
    args: [floorEntry],
    env: {
      PORT: String(port),
      SUPERGRAPH_PATH: supergraphPath,
      SUBGRAPH_SECRETS: common.secret,
      FLOOR_SUBGRAPHS: JSON.stringify(subgraphs),
      FLOOR_DEDUPLICATE: String(deduplicate),
      NODE_ENV: "production",
    },
    readyTimeoutMs: common.readyTimeoutMs,
  });
}

export const graphqlUrl = (service: Service) => `http://127.0.0.1:${service.port}/graphql`;
export const metricsUrl = (service: Service) => `http://127.0.0.1:${service.port}/metrics`;
