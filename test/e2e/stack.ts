import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningStack, startStack } from "@jamlik/launcher";
import { REGIONS } from "@jamlik/registry";
import { createTestDatabase, freePort, type TestDatabase } from "@jamlik/testkit";

export interface TestStack extends RunningStack {
  databases: TestDatabase[];
  dispose(): Promise<void>;
}

/**
 * National, every registry region and the gateway, each its own OS process on free ports, each
 * on its own database (real PostgreSQL when reachable, PGlite in a temporary folder otherwise).
 */
export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
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
  const stack = await startStack({
    regions: REGIONS,
    gatewayPort: await freePort(),
    nationalPort: await freePort(),
    regionPorts,
    dataRoot,
    databaseUrls,
    stdio: process.env.E2E_LOGS ? "inherit" : "ignore",
    env: { LOG_LEVEL: "warn", ...env },
  });
  return {
    ...stack,
    databases,
    dispose: async () => {
      await stack.close();
      await Promise.all(databases.map((db) => db.drop()));
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
