import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DASHBOARD, GATEWAY, NATIONAL, REGIONS, type RegionEntry } from "@jamlik/registry";
import { loadRegionSeed } from "@jamlik/seeds";
import { waitFor } from "@jamlik/testkit";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, visible } from "../e2e/browser.ts";
import { addRegion } from "./fourthRegion.ts";
import { graphql, loadGenerator, waitFor200, waitForAnswer } from "./http.ts";
import {
  createSecrets,
  DEV_IDP_URL,
  databases,
  documentsOf,
  EDITOR_URL,
  playable,
  render,
  writeOverlay,
} from "./kube.ts";
import { buildImage, removeLeftovers } from "./machine.ts";
import { podman, REPO_ROOT } from "./podman.ts";
import { waitForDatabases } from "./postgres.ts";

/**
 * infra/k8s as a regional IT team plays it (docs/deployment.md), with podman kube play: the
 * three-region federation from the images, each region on its own PostgreSQL; then one region's
 * container swapped for a rebuilt image under load, and a fourth region added while it runs.
 */
const GATEWAY_URL = `http://127.0.0.1:${GATEWAY.port}/graphql`;
const COMPARISON = `query Comparison($metric: ID! = "LOGGED_IN_SHARE") {
  regions { code name latest(metric: $metric) { period value source { document dnr quote } } }
}`;

const MEASUREMENTS = `query Figures($metric: ID!) {
  regions { code measurements(metric: $metric) { period value source { document } } }
}`;

interface Measured {
  code: string;
  measurements: { period: string; value: number | null; source: { document: string } }[] | null;
}

const work = mkdtempSync(join(tmpdir(), "jamlik-kube-"));
const played: string[] = [];

async function play(name: string, yaml: string, replace = false): Promise<void> {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, yaml);
  await podman(["kube", "play", "--network", "host", ...(replace ? ["--replace"] : []), file]);
  if (!played.includes(file)) played.push(file);
}

async function containerState(name: string) {
  const { stdout } = await podman([
    "inspect",
    "--format",
    "{{.Id}} {{.State.StartedAt}} {{.ImageName}}",
    name,
  ]);
  const [id = "", ...rest] = stdout.trim().split(" ");
  return { id, startedAt: rest.slice(0, -1).join(" "), image: rest.at(-1) ?? "" };
}

const readyUrls = (regions: readonly RegionEntry[]) => [
  `http://127.0.0.1:${NATIONAL.port}/ready`,
  ...regions.map((region) => `http://127.0.0.1:${region.port}/ready`),
  `http://127.0.0.1:${GATEWAY.port}/ready`,
  `http://127.0.0.1:${DASHBOARD.port}/ready`,
  `${DEV_IDP_URL}/ready`,
  `${EDITOR_URL}/ready`,
];

/** Everything played: `kube down` per file, then whatever a replaced pod left (kube down stops at one). */
async function tearDown(): Promise<void> {
  for (const file of played.reverse()) await podman(["kube", "down", file]).catch(() => undefined);
  await removeLeftovers();
}

describe("infra/k8s played with podman kube play", () => {
  beforeAll(async () => {
    expect(inject("builtImages").length).toBeGreaterThan(0);
    await removeLeftovers();
    await createSecrets(REGIONS);
    const rendered = await render(writeOverlay(join(work, "overlay"), join(REPO_ROOT, "infra/k8s"), REGIONS));
    const { databases: dbs, services } = playable(rendered, REGIONS);
    await play("databases", dbs);
    await waitForDatabases(databases(REGIONS));
    await play("services", services);
    for (const url of readyUrls(REGIONS)) await waitFor200(url);
    // The gateway's breakers saw the regions start after it: ready is when it answers for all.
    await waitForAnswer(GATEWAY_URL, COMPARISON);
  });

  afterAll(async () => {
    await tearDown();
    rmSync(work, { recursive: true, force: true });
  });

  it("answers the README's cross-region comparison with each region's value and its source", async () => {
    const readme = await graphql<{ regions: { code: string }[] }>(GATEWAY_URL, COMPARISON);
    expect(readme.errors).toBeUndefined();
    expect(readme.data?.regions.map((r) => r.code).sort()).toEqual(REGIONS.map((r) => r.code).sort());
    // Each region's own figure with its source: the documents report different metrics.
    for (const region of REGIONS) {
      const seeded = loadRegionSeed(region.code).measurements[0];
      const answer = await graphql<{ regions: Measured[] }>(GATEWAY_URL, MEASUREMENTS, {
        metric: seeded?.metric,
      });
      const own = answer.data?.regions.find((r) => r.code === region.code);
      expect(own?.measurements, `${region.code} ${seeded?.metric}`).toContainEqual({
        period: seeded?.period,
        value: seeded?.value,
        source: { document: seeded?.source.document },
      });
    }
  });

  it("runs every service as uid 1000 on a read-only root", async () => {
    for (const name of [
      "gateway",
      "national",
      "dashboard",
      "editor",
      ...REGIONS.map((r) => `region-${r.code.toLowerCase()}`),
    ]) {
      const { stdout } = await podman([
        "inspect",
        "--format",
        "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}}",
        `${name}-pod-0-app`,
      ]);
      expect(stdout.trim(), name).toBe("1000:1000 true");
    }
  });

  it("serves the dashboard and the editor", async () => {
    for (const url of [`http://127.0.0.1:${DASHBOARD.port}/`, `${EDITOR_URL}/`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('lang="sv"');
    }
  });

  describe("signing in to the editor through the containerised development provider", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("reaches the region's offering matrix", async () => {
      const page = await browser.newPage({ locale: "sv-SE" });
      await page.goto(`${EDITOR_URL}/`);
      await page.getByRole("link", { name: "Logga in" }).click();
      await visible(page.getByLabel("Användarnamn")).catch(async (error: unknown) => {
        throw new Error(
          `no sign-in form at ${page.url()}: ${((await page.locator("body").textContent()) ?? "").slice(0, 500)}`,
          {
            cause: error,
          },
        );
      });
      await page.getByLabel("Användarnamn").fill("se-bd-editor");
      await page.getByLabel("Lösenord").fill("jamlik");
      await page.getByRole("button", { name: "Logga in" }).click();
      await visible(page.getByRole("heading", { name: /Utbud: vårdenheter och tjänster/ }));
      await expect.poll(() => page.getByRole("checkbox").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    });
  });

  it("swaps a region's container for a rebuilt image under load: only that region is missing meanwhile, its data survives", async () => {
    const [region] = REGIONS as [RegionEntry];
    const name = `region-${region.code.toLowerCase()}`;
    const before = await graphql(GATEWAY_URL, COMPARISON);
    const old = await containerState(`${name}-pod-0-app`);
    const rebuilt = await buildImage("region", "swap", REPO_ROOT, [`se.jamlik.test.rebuilt=${Date.now()}`]);

    const rendered = await render(
      writeOverlay(join(work, "overlay-swap"), join(REPO_ROOT, "infra/k8s"), REGIONS, { region: "swap" }),
    );
    const { services } = playable(rendered, REGIONS);
    const regionDocs = documentsOf(services, name);

    const load = loadGenerator(GATEWAY_URL, COMPARISON);
    await waitUntil(() => load.samples.length >= 20, "the load's first answers");
    const swapAt = load.elapsed();
    await play(name, regionDocs, true);
    const readyMs = await waitFor200(`http://127.0.0.1:${region.port}/ready`);
    const readyWallClock = Date.now();
    const readyAt = load.elapsed();
    // The gateway has seen it back: an answer with the region's data after it was ready.
    await waitUntil(
      () => load.samples.some((s) => s.at > readyAt && s.regions.includes(region.code)),
      `an answer with ${region.code} again`,
    );
    const samples = await load.stop();

    const current = await containerState(`${name}-pod-0-app`);
    const startUpMs = readyWallClock - startedAtMs(current.startedAt);
    expect(current.id).not.toBe(old.id);
    expect(current.image).toContain(rebuilt.image);

    const failures = samples.filter((s) => s.errors.length > 0 || s.status !== 200);
    expect(samples.filter((s) => s.status >= 500 || s.status === 0)).toEqual([]);
    for (const failure of failures) {
      for (const error of failure.errors)
        expect(error).toMatchObject({ code: "REGION_UNAVAILABLE", region: region.code });
    }
    const after = await graphql(GATEWAY_URL, COMPARISON);
    expect(after).toEqual(before);
    const gap = failures.length > 0 ? (failures.at(-1)?.at ?? 0) - (failures[0]?.at ?? 0) : 0;
    process.stdout.write(
      `rolling replacement of ${name}: ${samples.length} answers, ${failures.length} without ${region.code} (REGION_UNAVAILABLE), ` +
        `gap ${Math.round(gap)} ms; the new container ready ${Math.round(startUpMs)} ms after it started on the existing database ` +
        `(${Math.round(readyMs)} ms after the replacing play began) ` +
        `(swap at ${Math.round(swapAt)} ms)\n`,
    );
  });

  it("adds a fourth region by the documented steps without restarting the others", async () => {
    const others = await Promise.all(
      REGIONS.map((region) => containerState(`region-${region.code.toLowerCase()}-pod-0-app`)),
    );
    const fourth = await addRegion(work, play);
    const answer = await graphql<{ regions: { code: string; latest: unknown }[] }>(GATEWAY_URL, COMPARISON);
    expect(answer.data?.regions.map((r) => r.code)).toContain(fourth.region.code);
    const still = await Promise.all(
      REGIONS.map((region) => containerState(`region-${region.code.toLowerCase()}-pod-0-app`)),
    );
    expect(still).toEqual(others);
  });
});

/** podman's "2026-12-07 19:04:34.123456789 +0000 UTC" as milliseconds since the epoch. */
function startedAtMs(startedAt: string): number {
  const [date, time = "", offset = "+0000"] = startedAt.split(" ");
  return Date.parse(`${date}T${time.slice(0, 12)}${offset.slice(0, 3)}:${offset.slice(3)}`);
}

const waitUntil = (condition: () => boolean, what: string) =>
  waitFor(async () => condition(), Boolean, { what });
