import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningStack, startStack } from "@jamlik/launcher";
import { envKey, REGIONS } from "@jamlik/registry";
import {
  createTestDatabase,
  type FaultProxy,
  freePort,
  startFaultProxy,
  type TestDatabase,
} from "@jamlik/testkit";

export interface TestStack extends RunningStack {
  databases: TestDatabase[];
  /** Fault proxies between the gateway and the regions asked for, by region code. */
  proxies: Record<string, FaultProxy>;
  /** The dashboard's address (`http://127.0.0.1:<port>/`) when it was asked for. */
  dashboardUrl?: string;
  /** The editor's address (`http://127.0.0.1:<port>`) when it was asked for. */
  editorUrl?: string;
  dispose(): Promise<void>;
}

export interface TestStackOptions {
  /** Environment for every process. */
  env?: Record<string, string>;
  /** Regions the gateway reaches through a fault proxy. */
  proxied?: string[];
  /** Also start the dashboard (apps/dashboard) on a free port, pointed at this gateway. */
  dashboard?: boolean;
  /** Also start the editor (apps/editor) and its development identity provider on free ports. */
  editor?: boolean;
  /** Environment for the gateway only. */
  gatewayEnv?: Record<string, string>;
}

/**
 * National, every registry region and the gateway, each its own OS process on free ports, each
 * on its own database (real PostgreSQL when reachable, PGlite in a temporary folder otherwise).
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const env = options.env ?? {};
  const names = ["national", ...REGIONS.map((region) => region.code)];
  const databases = await Promise.all(names.map((name) => createTestDatabase(`e2e_${name}`)));
  const databaseUrls: Record<string, string> = {};
  names.forEach((name, i) => {
    const url = databases[i]?.url;
    if (url) databaseUrls[name] = url;
  });
  const dataRoot = mkdtempSync(join(tmpdir(), "jamlik-e2e-"));
  const regionPorts: Record<string, number> = {};
  for (const region of REGIONS) regionPorts[region.code] = await freePort();
  const proxies: Record<string, FaultProxy> = {};
  const gatewayEnv: Record<string, string> = { ...options.gatewayEnv };
  for (const code of options.proxied ?? []) {
    const proxy = await startFaultProxy(regionPorts[code] ?? 0);
    proxies[code] = proxy;
    gatewayEnv[`REGION_URL_${envKey(code)}`] = proxy.url;
  }
  const stack = await startStack({
    gatewayEnv,
    regions: REGIONS,
    gatewayPort: await freePort(),
    nationalPort: await freePort(),
    regionPorts,
    dataRoot,
    databaseUrls,
    ...(options.dashboard && { dashboard: { port: await freePort() } }),
    ...(options.editor && {
      editor: {
        port: await freePort(),
        idpPort: await freePort(),
        clientSecret: randomBytes(24).toString("hex"),
      },
    }),
    stdio: process.env.E2E_LOGS ? "inherit" : "ignore",
    // Generous: the suite runs beside every other workspace's tests, on a laptop that may be busy.
    readyTimeoutMs: 600_000,
    env: { LOG_LEVEL: "warn", ...env },
  });
  const dashboard = stack.specs.find((spec) => spec.name === "dashboard");
  const editor = stack.specs.find((spec) => spec.name === "editor");
  return {
    ...stack,
    databases,
    proxies,
    ...(dashboard && { dashboardUrl: `http://127.0.0.1:${dashboard.port}/` }),
    ...(editor && { editorUrl: `http://127.0.0.1:${editor.port}` }),
    dispose: async () => {
      await stack.close();
      await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
      await Promise.all(databases.map((db) => db.drop()));
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
