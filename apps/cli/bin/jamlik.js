#!/usr/bin/env node
// Runs src/main.ts through tsx in a child Node process and forwards its exit code.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const loader = pathToFileURL(require.resolve("tsx")).href;
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

const child = spawn(process.execPath, ["--import", loader, main, ...process.argv.slice(2)], {
  stdio: "inherit",
});

// Ctrl-C reaches the child through the terminal's process group; let it decide how to end.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}

child.on("error", (error) => {
  process.stderr.write(`jamlik: could not start node: ${error.message}\n`);
  process.exit(70);
});

child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 70);
});
