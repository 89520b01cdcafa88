import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read, repoRoot } from "./files.ts";

/**
 * Turbo replays a cached test only while its inputs are unchanged: a workspace whose test result is
 * cached must name among its inputs every workspace it depends on (its own `dependsOn` is empty,
 * so turbo would not see a change there). This keeps the lists in the turbo.json files complete.
 */
interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const workspaces = new Map<string, { dir: string; deps: string[] }>();
for (const folder of ["apps", "packages"]) {
  for (const entry of readdirSync(join(repoRoot, folder))) {
    const manifestPath = `${folder}/${entry}/package.json`;
    if (!existsSync(join(repoRoot, manifestPath))) continue;
    const manifest = JSON.parse(read(manifestPath)) as Manifest;
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) =>
      name.startsWith("@jamlik/"),
    );
    workspaces.set(manifest.name, { dir: `${folder}/${entry}`, deps });
  }
}

/** Every workspace `name` depends on, directly or through others (the cycles included). */
function closure(name: string): Set<string> {
  const seen = new Set<string>();
  const visit = (current: string) => {
    for (const dep of workspaces.get(current)?.deps ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(name);
  seen.delete(name);
  return seen;
}

const cached = [...workspaces].filter(([, { dir }]) => {
  if (!existsSync(join(repoRoot, dir, "turbo.json"))) return false;
  const config = JSON.parse(read(`${dir}/turbo.json`)) as { tasks: { test?: { cache?: boolean } } };
  return config.tasks.test?.cache === true;
});

describe.each(cached.map(([name, { dir }]) => ({ name, dir })))("$name's cached test", ({ name, dir }) => {
  it("names every workspace it depends on among its inputs", () => {
    const config = JSON.parse(read(`${dir}/turbo.json`)) as { tasks: { test: { inputs?: string[] } } };
    const inputs = config.tasks.test.inputs ?? [];
    const missing = [...closure(name)]
      .map((dep) => workspaces.get(dep)?.dir ?? dep)
      .filter((depDir) => !inputs.includes(`$TURBO_ROOT$/${depDir}/**`));
    expect(missing, `${dir}/turbo.json test.inputs`).toEqual([]);
  });
});
