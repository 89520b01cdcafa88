import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The test kinds every workspace uses, as vitest projects: `unit` (beside the code, no processes
 * or databases), `integration` (under test/: real PostgreSQL, servers on free ports), `e2e` (the
 * whole system as processes) and `load` (big imports, soaks and many fuzz cases: npm run
 * test:load). Time limits are generous failure bounds, never speed checks: a busy machine is slow.
 */
export const LIMITS = {
  unit: { testTimeout: 60_000, hookTimeout: 120_000 },
  integration: { testTimeout: 300_000, hookTimeout: 600_000 },
  e2e: { testTimeout: 300_000, hookTimeout: 900_000 },
  load: { testTimeout: 1_800_000, hookTimeout: 900_000 },
  images: { testTimeout: 1_800_000, hookTimeout: 2_400_000 },
} as const;

export type Kind = keyof typeof LIMITS;

export interface Project {
  include: string[];
  exclude?: string[];
  /** Extra vitest options of the project (globalSetup, fileParallelism, …). */
  options?: Record<string, unknown>;
}

/**
 * A workspace's vitest config (`configUrl` is its `import.meta.url`) from its projects by kind,
 * named `<workspace>:<kind>` (region:unit); the root config runs them all together.
 */
export function workspaceTests(
  configUrl: string,
  workspace: string,
  projects: Partial<Record<Kind, Project>>,
) {
  const root = fileURLToPath(new URL(".", configUrl));
  return defineConfig({
    test: {
      projects: Object.entries(projects).map(([kind, project]) => ({
        test: {
          name: `${workspace}:${kind}`,
          root,
          include: project.include,
          exclude: [
            "**/node_modules/**",
            ...(kind === "load" ? [] : ["**/*.load.test.ts"]),
            ...(project.exclude ?? []),
          ],
          ...LIMITS[kind as Kind],
          // A worker keeps the modules it loaded for its next file: the apps' dependencies (Apollo,
          // drizzle, graphql) are loaded once per worker instead of once per file.
          isolate: false,
          // Every workspace but the end-to-end one runs below it (vitest.priority.ts).
          ...(!("e2e" in projects) && {
            globalSetup: [fileURLToPath(new URL("vitest.priority.ts", import.meta.url))],
          }),
          ...project.options,
        },
      })),
    },
  });
}
