import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { buildRegistry, REGIONS, type RegionEntry, registryFileSchema } from "@jamlik/registry";
import { waitFor200, waitForAnswer } from "./http.ts";
import { createSecrets, databases, documentsOf, playable, render, writeOverlay } from "./kube.ts";
import { buildImage } from "./machine.ts";
import { REPO_ROOT, run } from "./podman.ts";
import { waitForDatabases } from "./postgres.ts";

/** The region added: Västerbotten, with synthetic demo data (no source document covers it). */
export const FOURTH_CODE = "SE-AC";

export interface FourthRegion {
  region: RegionEntry;
  repo: string;
}

/** The working tree as it is (tracked and new files, not what git ignores), copied to `target`. */
async function copyRepository(target: string): Promise<void> {
  const { stdout } = await run("git", ["ls-files", "-co", "--exclude-standard", "-z"]);
  for (const file of stdout.split("\0").filter(Boolean)) {
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      copyFileSync(join(REPO_ROOT, file), to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error; // deleted, not yet committed
    }
  }
  // The installed dependencies, shared; the workspaces' links point into the copy.
  mkdirSync(join(target, "node_modules/@jamlik"), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, "node_modules"))) {
    if (entry === "@jamlik") continue;
    symlinkSync(join(REPO_ROOT, "node_modules", entry), join(target, "node_modules", entry));
  }
  for (const entry of readdirSync(join(REPO_ROOT, "node_modules/@jamlik"))) {
    symlinkSync(
      readlinkSync(join(REPO_ROOT, "node_modules/@jamlik", entry)),
      join(target, "node_modules/@jamlik", entry),
    );
  }
}

const tsx = (repo: string, script: string) =>
  run(process.execPath, [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), script], { cwd: repo });

/**
 * docs/deployment.md's "Adding a region", step by step, in a copy of the repository: the registry
 * entry, the supergraph recomposed and the manifests regenerated, the images built, the region's
 * database and Secret, the region played, then the national subgraph (whose schema names every
 * region) and the gateway rolled. The other regions are not touched.
 */
export async function addRegion(
  work: string,
  play: (name: string, yaml: string, replace?: boolean) => Promise<void>,
): Promise<FourthRegion> {
  const repo = join(work, "repo");
  await copyRepository(repo);

  // 1. The registry entry.
  const registryPath = join(repo, "packages/registry/data/regions.json");
  const file = registryFileSchema.parse(JSON.parse(readFileSync(registryPath, "utf8")));
  file.registries.pilot?.regions.push(FOURTH_CODE);
  writeFileSync(registryPath, `${JSON.stringify(file, null, 2)}\n`);
  const regions = buildRegistry(file, "pilot");
  const region = regions.find((r) => r.code === FOURTH_CODE);
  if (!region || regions.length !== REGIONS.length + 1)
    throw new Error("the registry did not take the fourth region");

  // 2. The supergraph and the manifests from the registry.
  await tsx(repo, "apps/gateway/scripts/compose.ts");
  await tsx(repo, "infra/k8s/generate.ts");

  // 3. The images: the region's (its registry knows the new code), national's and the gateway's.
  for (const app of ["region", "national", "gateway"]) await buildImage(app, "four", repo);

  // 4. Its database and Secret, then the region itself.
  const regionName = `region-${FOURTH_CODE.toLowerCase()}`;
  await createSecrets(regions, [`${regionName}-secrets`]);
  const rendered = await render(
    writeOverlay(join(work, "overlay-four"), join(repo, "infra/k8s"), regions, {
      region: "four",
      national: "four",
      gateway: "four",
    }),
  );
  const { databases: dbs, services } = playable(rendered, regions);
  const database = databases(regions).find((d) => d.owner === FOURTH_CODE.toLowerCase());
  if (!database) throw new Error("no database for the fourth region");
  await play(database.name, documentsOf(dbs, database.name));
  await waitForDatabases([database]);
  await play(regionName, documentsOf(services, regionName));
  await waitFor200(`http://127.0.0.1:${region.port}/ready`);

  // 5. National and the gateway rolled onto the new supergraph.
  await play("national", documentsOf(services, "national"), true);
  await waitFor200("http://127.0.0.1:4001/ready");
  await play("gateway", documentsOf(services, "gateway"), true);
  await waitFor200("http://127.0.0.1:4000/ready");
  await waitForAnswer(
    "http://127.0.0.1:4000/graphql",
    '{ regions { code latest(metric: "LOGGED_IN_SHARE") { value } } }',
  );
  return { region, repo };
}
