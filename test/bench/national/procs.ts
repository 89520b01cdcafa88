/** Processes the benchmark starts itself, and what /proc says about them (CPU, RSS). */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { waitUntilReady } from "@jamlik/launcher";

const tsxLoader = createRequire(import.meta.url).resolve("tsx");
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
const PAGE_SIZE = Number(execFileSync("getconf", ["PAGESIZE"]).toString().trim()) || 4096;

export interface Service {
  name: string;
  pid: number;
  port: number;
  /** The last 64 kB the process printed. */
  output(): string;
  stop(): Promise<void>;
}

/** Everything this benchmark started and has not stopped, ended when the benchmark ends. */
const running = new Set<Service>();

export interface SpawnOptions {
  name: string;
  port: number;
  /** Arguments after `node` (a TypeScript entry is run with tsx, as the launcher does). */
  args: string[];
  /** Node's own options, before the script (those NODE_OPTIONS does not take, such as --cpu-prof). */
  nodeArgs?: string[];
  env: Record<string, string>;
  /** Whether to add the parent's environment (the launcher does; Hive Gateway gets a clean one). */
  inheritEnv?: boolean;
  cwd?: string;
  readyPath?: string;
  readyTimeoutMs?: number;
}

export async function spawnService(options: SpawnOptions): Promise<Service> {
  const script = options.args[0]?.endsWith(".ts") ? ["--import", tsxLoader, ...options.args] : options.args;
  const args = [...(options.nodeArgs ?? []), ...script];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.inheritEnv === false ? options.env : { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = once(child, "exit");
  const service: Service = {
    name: options.name,
    pid: child.pid ?? 0,
    port: options.port,
    output: () => output,
    stop: async () => {
      running.delete(service);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(service);
  try {
    await waitUntilReady(
      `http://127.0.0.1:${options.port}${options.readyPath ?? "/ready"}`,
      options.readyTimeoutMs ?? 120_000,
      child,
    );
  } catch (error) {
    await service.stop();
    throw new Error(`${options.name} did not start: ${error}\n${output.slice(-4000)}`);
  }
  return service;
}

export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.stop()));
}

// Synchronous: whatever ends the benchmark ends what it started.
process.once("exit", () => {
  for (const service of running) {
    try {
      process.kill(service.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** user + system CPU seconds of the process itself. */
  cpuSeconds: number;
  rssBytes: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text
      .slice(close + 2)
      .trim()
      .split(" ");
    // After the command: state ppid … utime(14) stime(15) … rss(24), numbered from 1 for pid.
    const at = (field: number) => Number(fields[field - 3]);
    return {
      pid,
      ppid: at(4),
      comm,
      cpuSeconds: (at(14) + at(15)) / CLOCK_TICKS,
      rssBytes: at(24) * PAGE_SIZE,
    };
  } catch {
    return undefined;
  }
}

function allStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }
  return stats;
}

export interface Snapshot {
  groups: Record<string, { cpu: number; rss: number }>;
  /** CPU seconds of every PostgreSQL process (server and backends) by pid. */
  postgres: Map<number, number>;
}

/** CPU seconds PostgreSQL used between two snapshots (backends that ended in between are lost). */
export function postgresCpuBetween(before: Snapshot, after: Snapshot): number {
  let sum = 0;
  for (const [pid, cpu] of after.postgres) sum += cpu - (before.postgres.get(pid) ?? 0);
  return sum;
}

/** The processes of each group (root pids and all their descendants), from one scan of /proc. */
export function snapshot(groups: Record<string, number[]>): Snapshot {
  const stats = allStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const result: Record<string, { cpu: number; rss: number }> = {};
  for (const [group, roots] of Object.entries(groups)) {
    let cpu = 0;
    let rss = 0;
    const seen = new Set<number>();
    const visit = (stat: ProcStat | undefined) => {
      if (!stat || seen.has(stat.pid)) return;
      seen.add(stat.pid);
      cpu += stat.cpuSeconds;
      rss += stat.rssBytes;
      for (const child of children.get(stat.pid) ?? []) visit(child);
    };
    for (const pid of roots) visit(byPid.get(pid));
    result[group] = { cpu, rss };
  }
  const postgres = new Map<number, number>();
  for (const stat of stats) if (stat.comm === "postgres") postgres.set(stat.pid, stat.cpuSeconds);
  return { groups: result, postgres };
}

/** Busy CPU seconds of the whole machine (all cores) from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLOCK_TICKS
  );
}

export function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const meminfo = readFileSync("/proc/meminfo", "utf8");
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? "unknown";
  const cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? 0);
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  return { model, cores, memoryGb: Math.round((memKb / 1024 / 1024) * 10) / 10, load, node: process.version };
}

/** The pids of the process trees below `roots` now. */
export function treePids(roots: number[]): number[] {
  const stats = allStats();
  const pids = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stat of stats) {
      if (pids.has(stat.ppid) && !pids.has(stat.pid)) {
        pids.add(stat.pid);
        grew = true;
      }
    }
  }
  return [...pids];
}

/** The summed resident set of these processes now (bytes). */
export function rssOf(pids: number[]): number {
  let rss = 0;
  for (const pid of pids) rss += readStat(pid)?.rssBytes ?? 0;
  return rss;
}
