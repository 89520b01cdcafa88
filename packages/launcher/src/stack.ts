import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { isFreshEmbeddedFolder, prepareEmbeddedFolders } from "@jamlik/db/embedded";
import { PROCESS_ID_HEADER } from "@jamlik/service/process-id";
import type { ProcessSpec, StackLayout } from "./processes.ts";
import { appEntry, appNodeFlags, stackProcesses } from "./processes.ts";

const tsxLoader = createRequire(import.meta.url).resolve("tsx");

export interface StackOptions extends StackLayout {
  /** Where each process's output goes; inherited by default. */
  stdio?: "inherit" | "ignore" | "pipe";
  /** Each line a process writes (stdout and stderr), instead of `stdio`. */
  onLine?: (name: string, line: string) => void;
  readyTimeoutMs?: number;
  /** Called when a process exits without having been asked to stop. */
  onUnexpectedExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface RunningStack {
  specs: ProcessSpec[];
  gatewayUrl: string;
  /** Stops one process (SIGTERM, then SIGKILL) and waits for it to exit. */
  stop(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped process again and waits until it is ready. */
  start(name: string): Promise<void>;
  close(): Promise<void>;
  child(name: string): ChildProcess | undefined;
}

/** Node's arguments for an app's TypeScript entry: its own flags, then tsx. */
const nodeArgs = (entry: string, flags: readonly string[] = []) => [...flags, "--import", tsxLoader, entry];

/** The port answers, but from another process than the one started for it. */
export class PortTakenError extends Error {
  constructor(url: string, pid: string) {
    super(`${url} is answered by another process (pid ${pid}): the port was taken`);
  }
}

export async function waitUntilReady(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${url}: process exited with code ${child.exitCode}`);
    try {
      // A loaded machine may take seconds to answer: an attempt waits long, the deadline decides.
      const response = await fetch(url, {
        signal: AbortSignal.timeout(Math.min(10_000, Math.max(deadline - Date.now(), 1))),
      });
      const answeredBy = response.headers.get(PROCESS_ID_HEADER);
      if (child && answeredBy && answeredBy !== String(child.pid)) throw new PortTakenError(url, answeredBy);
      if (response.ok) return;
    } catch (error) {
      if (error instanceof PortTakenError) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

export interface RunningApp {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * One app of the system (`apps/<app>`) as its own OS process on `port`, ready when its
 * `readyPath` answers: for a test that needs a real service without importing its code.
 */
export async function startApp(options: {
  app: "national" | "region" | "gateway" | "dashboard";
  port: number;
  env: Record<string, string>;
  stdio?: "inherit" | "ignore";
  readyTimeoutMs?: number;
  /** Another free port, to try again when the process finds `port` taken (at most twice). */
  nextPort?: () => Promise<number>;
}): Promise<RunningApp> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startAppOn(options);
    } catch (error) {
      const taken = error instanceof PortTakenError || String(error).includes("process exited");
      if (!taken || !options.nextPort || attempt >= 2) throw error;
      options = { ...options, port: await options.nextPort() };
    }
  }
}

async function startAppOn(options: {
  app: "national" | "region" | "gateway" | "dashboard";
  port: number;
  env: Record<string, string>;
  stdio?: "inherit" | "ignore";
  readyTimeoutMs?: number;
}): Promise<RunningApp> {
  const child = spawn(process.execPath, nodeArgs(appEntry(options.app), appNodeFlags(options.app)), {
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: "1", ...options.env, PORT: String(options.port) },
    stdio: ["ignore", options.stdio ?? "ignore", options.stdio ?? "ignore"],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(`http://127.0.0.1:${options.port}/ready`, options.readyTimeoutMs ?? 120_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.port}`, port: options.port, child, stop };
}

/** Starts every process of the system, each its own OS process, and waits until all are ready. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const specs = stackProcesses(options);
  const children = new Map<string, ChildProcess>();
  const stopping = new Set<string>();
  const timeout = options.readyTimeoutMs ?? 120_000;

  const launch = async (spec: ProcessSpec) => {
    const output = options.onLine ? "pipe" : (options.stdio ?? "inherit");
    const child = spawn(process.execPath, nodeArgs(spec.entry, spec.nodeFlags), {
      env: { ...process.env, ...spec.env },
      stdio: ["ignore", output, output],
    });
    const { onLine } = options;
    if (onLine) {
      for (const stream of [child.stdout, child.stderr]) {
        if (stream)
          createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on("line", (line) =>
            onLine(spec.name, line),
          );
      }
    }
    children.set(spec.name, child);
    stopping.delete(spec.name);
    child.once("exit", (code, signal) => {
      if (!stopping.has(spec.name)) options.onUnexpectedExit?.(spec.name, code, signal);
    });
    await waitUntilReady(`http://127.0.0.1:${spec.port}${spec.readyPath}`, timeout, child);
  };

  const stop = async (name: string, signal: NodeJS.Signals = "SIGTERM") => {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    stopping.add(name);
    const exited = once(child, "exit");
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  // Whatever ends the launcher, its services end with it (synchronous: runs inside process.exit).
  const killAll = () => {
    for (const child of children.values()) if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.once("exit", killAll);

  const close = async () => {
    await Promise.all([...children.keys()].map((name) => stop(name)));
    process.off("exit", killAll);
  };

  // A first start: the fresh PGlite folders get one initialised cluster, copied, while the services
  // without storage start; those with it start once theirs is there.
  const fresh = specs.flatMap((spec) =>
    spec.embeddedFolder && isFreshEmbeddedFolder(spec.embeddedFolder) ? [spec.embeddedFolder] : [],
  );
  // Should the copy fail, each service initialises its own folder as it would alone (and says why).
  const prepared = fresh.length > 1 ? prepareEmbeddedFolders(fresh).catch(() => {}) : Promise.resolve();
  const launchWhenStored = async (spec: ProcessSpec) => {
    if (spec.embeddedFolder && fresh.includes(spec.embeddedFolder)) await prepared;
    await launch(spec);
  };
  try {
    await Promise.all(specs.map(launchWhenStored));
  } catch (error) {
    await close();
    throw error;
  }

  const gateway = specs.find((spec) => spec.name === "gateway");
  return {
    specs,
    gatewayUrl: `http://127.0.0.1:${gateway?.port}/graphql`,
    stop,
    start: async (name) => {
      const spec = specs.find((s) => s.name === name);
      if (!spec) throw new Error(`no process ${name}`);
      await launch(spec);
    },
    close,
    child: (name) => children.get(name),
  };
}
