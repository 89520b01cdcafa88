import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { waitUntilReady } from "@jamlik/launcher";
import { repoRoot } from "./files.ts";

export const hiveConfigPath = join(repoRoot, "infra/hive/gateway.config.ts");
export const supergraphPath = createRequire(import.meta.url).resolve("@jamlik/gateway/supergraph.graphql");

/** The CLI of the installed @graphql-hive/gateway (its `hive-gateway` bin). */
const hiveBin = join(dirname(createRequire(import.meta.url).resolve("@graphql-hive/gateway")), "bin.js");

export interface HiveGateway {
  url: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `hive-gateway supergraph <committed supergraph> --config-path infra/hive/gateway.config.ts` as its
 * own process with exactly `env` on top of a clean environment, waiting until /ready answers.
 */
export async function startHiveGateway(port: number, env: Record<string, string>): Promise<HiveGateway> {
  const child: ChildProcess = spawn(
    process.execPath,
    [hiveBin, "supergraph", supergraphPath, "--config-path", hiveConfigPath],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        HOST: "127.0.0.1",
        PORT: String(port),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  if (process.env.E2E_LOGS) {
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  }
  // Whatever ends the test run ends this process too (synchronous: runs inside process.exit).
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/ready`, 60_000, child);
  } catch (error) {
    await stop();
    throw new Error(`Hive Gateway did not start: ${error}\n${output}`);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, output: () => output, stop };
}
