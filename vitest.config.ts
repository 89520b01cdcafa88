import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import cli from "./apps/cli/vitest.config.ts";
import dashboard from "./apps/dashboard/vitest.config.ts";
import devIdp from "./apps/dev-idp/vitest.config.ts";
import editor from "./apps/editor/vitest.config.ts";
import gateway from "./apps/gateway/vitest.config.ts";
import national from "./apps/national/vitest.config.ts";
import region from "./apps/region/vitest.config.ts";
import csv from "./packages/csv/vitest.config.ts";
import domain from "./packages/domain/vitest.config.ts";
import launcher from "./packages/launcher/vitest.config.ts";
import registry from "./packages/registry/vitest.config.ts";
import schema from "./packages/schema/vitest.config.ts";
import seeds from "./packages/seeds/vitest.config.ts";
import service from "./packages/service/vitest.config.ts";
import ui from "./packages/ui/vitest.config.ts";
import e2e from "./test/vitest.config.ts";

/**
 * Every workspace's projects (vitest.shared.ts) from the root, for a developer who wants one of
 * them from anywhere: `npx vitest run --project region:integration`. `npm test` runs each
 * workspace's own (turbo, which caches the pure packages' unit tests).
 */
const workspaces = [
  cli,
  dashboard,
  devIdp,
  editor,
  gateway,
  national,
  region,
  csv,
  domain,
  launcher,
  registry,
  schema,
  seeds,
  service,
  ui,
  e2e,
];

export default defineConfig({
  test: {
    projects: workspaces.flatMap(
      (config) => (config.test?.projects ?? []) as TestProjectInlineConfiguration[],
    ),
  },
});
