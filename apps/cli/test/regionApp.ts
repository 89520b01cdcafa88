import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@jamlik/launcher";
import { getRegion, REGIONS } from "@jamlik/registry";
import { createTestDatabase, freePort, type TestDatabase } from "@jamlik/testkit";
import { afterAll, beforeAll } from "vitest";
import { runCli } from "../src/main.ts";
import { capture } from "../src/testing/capture.ts";

const SECRET = "cli-integration-secret-long-enough";
const region = getRegion(REGIONS[0]?.code ?? "");

/** A real regional app (its own process, on its own database) and the CLI run against it. */
export function regionUnderTest() {
  let database: TestDatabase;
  let app: RunningApp | undefined;
  let url = "";
  const jamlik = async (args: string[], files: Record<string, string> = {}) => {
    const io = capture({ env: { AUTH_DEV_SECRET: SECRET } });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(io.dir, name), content);
    const code = await runCli(
      [...args, "--region", region.code, ...(args[0] === "token" ? [] : ["--url", url])],
      io.ctx,
    );
    return { code, stdout: io.stdout(), stderr: io.stderr(), dir: io.dir };
  };
  beforeAll(async () => {
    database = await createTestDatabase("cli");
    app = await startApp({
      app: "region",
      port: await freePort(),
      nextPort: freePort,
      env: {
        REGION_CODE: region.code,
        AUTH_DEV_SECRET: SECRET,
        LOG_LEVEL: "warn",
        ...(database.url
          ? { DATABASE_URL: database.url }
          : { DATA_DIR: mkdtempSync(join(tmpdir(), "jamlik-cli-")) }),
      },
    });
    url = `${app.url}/admin/graphql`;
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });
  return { jamlik };
}
