/**
 * `npm start`: the whole system on this machine, each service its own process, embedded
 * storage (PGlite) in ./.data unless DATABASE_URL_<SERVICE> is set. Ctrl-C stops everything.
 */
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { envKey, REGIONS } from "@jamlik/registry";
import { devSecret } from "./devSecret.ts";
import { DASHBOARD_PORT } from "./processes.ts";
import { startStack } from "./stack.ts";
import { terminalLine } from "./terminalLines.ts";

const dataRoot = fileURLToPath(new URL("../../../.data", import.meta.url));
const databaseUrls: Record<string, string> = {};
for (const name of ["national", ...REGIONS.map((region) => region.code)]) {
  const url = process.env[`DATABASE_URL_${envKey(name).toUpperCase()}`];
  if (url) databaseUrls[name] = url;
}

function subgraphCredential(secret: string) {
  return { SUBGRAPH_SECRETS: secret };
}

const started = performance.now();
const stack = await startStack({
  regions: REGIONS,
  dataRoot,
  databaseUrls,
  dashboard: { port: Number(process.env.DASHBOARD_PORT ?? DASHBOARD_PORT) },
  editor: { clientSecret: randomBytes(24).toString("base64url") },
  env: {
    AUTH_DEV_SECRET: process.env.AUTH_DEV_SECRET ?? devSecret(`${dataRoot}/dev-secret`),
    // A fresh gateway credential for every start: subgraphs answer only this gateway.
    ...subgraphCredential(process.env.SUBGRAPH_SECRETS ?? randomBytes(24).toString("base64url")),
  },
  onLine: (name, line) =>
    process.stdout.write(`${terminalLine(name, line, { color: process.stdout.isTTY })}\n`),
  onUnexpectedExit: (name, code, signal) =>
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); the others keep running`),
}).catch((error: unknown) => {
  // Said in one line (a port taken by another start, a service that did not come up): the stack
  // trace is the launcher's, not the cause. Every process it started is stopped by now.
  console.error(`Jämlik did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const dashboard = stack.specs.find((spec) => spec.name === "dashboard");
const editor = stack.specs.find((spec) => spec.name === "editor");
console.log(`
Jämlik is running (started in ${seconds} s)
  dashboard     http://127.0.0.1:${dashboard?.port}/
  editor        http://127.0.0.1:${editor?.port}/  (sign in as se-bd-editor, password jamlik; README lists every user)
  gateway       ${stack.gatewayUrl}
  API explorer  ${stack.gatewayUrl.replace("/graphql", "/")}
  region admin  http://127.0.0.1:<region port>/admin/graphql  (token: npx jamlik token --region ${REGIONS[0]?.code} --role editor)
  ${stack.specs.map((spec) => `${spec.name.padEnd(10)} :${spec.port}`).join("\n  ")}
Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stack.close().then(() => process.exit(0));
  });
}
