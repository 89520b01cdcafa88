import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Podman's settings for these tests (runc, ulimits this machine allows); nothing in /etc changes. */
export const CONTAINERS_CONF = fileURLToPath(new URL("standin/containers.conf", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const env = (extra: Record<string, string> = {}) => ({ ...process.env, CONTAINERS_CONF, ...extra });

export interface Run {
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; a non-zero exit rejects with what it printed. */
export function run(
  command: string,
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
) {
  return new Promise<Run>((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { env: env(options.env), cwd: options.cwd ?? REPO_ROOT, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr.slice(-4000)}`));
        else resolve({ stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export const podman = (args: readonly string[], options?: { input?: string; cwd?: string }) =>
  run("podman", args, options);

/** Runs a command with its output passed through (long builds show their progress). */
export function runVisible(command: string, args: readonly string[], cwd = REPO_ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env(), cwd, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** Bytes of a local image, as podman counts them (the uncompressed layers). */
export async function imageBytes(image: string): Promise<number> {
  const { stdout } = await podman(["image", "inspect", "--format", "{{.Size}}", image]);
  return Number(stdout.trim());
}
