import { REGIONS } from "@jamlik/registry";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { graphql, waitFor200, waitForAnswer } from "./http.ts";
import { podman, REPO_ROOT, run } from "./podman.ts";

/**
 * infra/compose.yaml started as docs/deployment.md says, with podman-compose (Debian's 1.0.3, which
 * reads the same file; it starts the profiles' services too and starts in order without waiting for
 * health, so the subgraphs restart until their databases answer: `restart: unless-stopped`).
 */
const PROJECT = "jamlik-compose-test";
/** Host ports apart from the registry's, so a developer's `npm start` does not collide. */
const PORTS = { gateway: 14000, dashboard: 13000, editor: 13001 };
const GATEWAY_URL = `http://127.0.0.1:${PORTS.gateway}/graphql`;
const COMPARISON = `{ regions { code name latest(metric: "LOGGED_IN_SHARE") { period value source { document } } } }`;

/** What infra/.env would hold (test values; the editor's provider is never reached here). */
const ENV = {
  POSTGRES_PASSWORD: "images-test-postgres",
  SUBGRAPH_SECRETS: "images-test-subgraph-secret-0001",
  GATEWAY_PORT: String(PORTS.gateway),
  DASHBOARD_PORT: String(PORTS.dashboard),
  EDITOR_PORT: String(PORTS.editor),
  PUBLIC_URL: "https://redigera.test.invalid",
  OIDC_ISSUER: "https://login.test.invalid",
  OIDC_CLIENT_ID: "jamlik-editor",
  OIDC_CLIENT_SECRET: "images-test-editor-client-secret",
};

const compose = (args: string[]) =>
  run("podman-compose", ["-p", PROJECT, "-f", "infra/compose.yaml", ...args], { cwd: REPO_ROOT, env: ENV });

async function removeProject(): Promise<void> {
  const label = `label=io.podman.compose.project=${PROJECT}`;
  const ids = async (kind: string[]) =>
    (await podman([...kind, "--filter", label, "--format", "{{.ID}}"])).stdout.split("\n").filter(Boolean);
  const containers = await ids(["ps", "-a"]);
  if (containers.length > 0) await podman(["rm", "-f", ...containers]);
  for (const volume of (await podman(["volume", "ls", "-q", "--filter", label])).stdout
    .split("\n")
    .filter(Boolean)) {
    await podman(["volume", "rm", "-f", volume]);
  }
  for (const network of (await podman(["network", "ls", "-q", "--filter", label])).stdout
    .split("\n")
    .filter(Boolean)) {
    await podman(["network", "rm", "-f", network]);
  }
}

describe("infra/compose.yaml started with podman-compose", () => {
  beforeAll(async () => {
    expect(inject("builtImages").length).toBeGreaterThan(0);
    await removeProject();
    await compose(["up", "-d"]);
    await waitFor200(`http://127.0.0.1:${PORTS.gateway}/ready`);
    await waitForAnswer(GATEWAY_URL, COMPARISON);
  });

  afterAll(removeProject);

  it("answers the cross-region comparison through the gateway, each figure with its source", async () => {
    const answer = await graphql<{
      regions: { code: string; latest: { source: { document: string } } | null }[];
    }>(GATEWAY_URL, COMPARISON);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.regions.map((r) => r.code).sort()).toEqual(REGIONS.map((r) => r.code).sort());
    const reported = answer.data?.regions.filter((r) => r.latest !== null) ?? [];
    expect(reported.length).toBeGreaterThan(0);
    for (const region of reported) expect(region.latest?.source.document).toMatch(/\S/);
  });

  it("keeps each database on its own network, out of the gateway's reach", async () => {
    const { stdout } = await podman([
      "inspect",
      "--format",
      "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}",
      `${PROJECT}_gateway_1`,
    ]);
    expect(stdout.trim().split(" ")).toEqual([`${PROJECT}_federation`]);
  });

  it("serves the dashboard and the editor", async () => {
    for (const port of [PORTS.dashboard, PORTS.editor]) {
      await waitFor200(`http://127.0.0.1:${port}/health`);
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status, String(port)).toBe(200);
      expect(await response.text()).toContain('lang="sv"');
    }
  });
});
