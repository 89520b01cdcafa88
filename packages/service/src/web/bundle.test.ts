import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAssets } from "./assets.ts";
import { StaleBundleError, webBundle } from "./bundle.ts";

describe("a web app's bundle", () => {
  const root = mkdtempSync(join(tmpdir(), "jamlik-bundle-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const app = join(root, "src/app");
  mkdirSync(app, { recursive: true });
  writeFileSync(join(root, "package.json"), '{ "name": "bundle-test" }\n');
  writeFileSync(join(app, "style.css"), "main { color: #222; }\n");
  writeFileSync(join(app, "main.tsx"), 'import "./style.css";\ndocument.title = "first";\n');
  const options = { root, entry: join(app, "main.tsx"), inputs: [app], versions: { preact: "10.0.0" } };

  it("is built once, named by content, and rebuilt only when an input changes", async () => {
    const bundle = webBundle(options);
    const first = await bundle.ensureBundle();
    expect(first.built).toBe(true);
    expect(first.manifest.script).toMatch(/^app-[A-Z0-9]+\.js$/);
    expect(first.manifest.style).toMatch(/^app-[A-Z0-9]+\.css$/);
    const script = readFileSync(join(bundle.bundleDir(first.manifest), first.manifest.script), "utf8");
    expect(script).toContain("first");

    expect(await webBundle(options).ensureBundle()).toEqual({ manifest: first.manifest, built: false });

    writeFileSync(join(app, "main.tsx"), 'import "./style.css";\ndocument.title = "second";\n');
    const second = await bundle.ensureBundle();
    expect(second.built).toBe(true);
    expect(second.manifest.script).not.toBe(first.manifest.script);
    // The old build is removed: dist holds the manifest and the current folder only.
    expect(readdirSync(bundle.distDir).sort()).toEqual([second.manifest.folder, "manifest.json"].sort());
  });

  it("is stale when a bundled package's version changes", async () => {
    const current = await webBundle(options).ensureBundle();
    expect(current.built).toBe(false);
    const upgraded = await webBundle({ ...options, versions: { preact: "10.0.1" } }).ensureBundle();
    expect(upgraded.built).toBe(true);
    expect(upgraded.manifest.inputHash).not.toBe(current.manifest.inputHash);
  });

  it("is never built where building is not allowed (production): a missing or stale bundle stops the start", async () => {
    await webBundle(options).ensureBundle();
    const current = await webBundle(options).ensureBundle({ allowBuild: false });
    expect(current.built).toBe(false);
    const stale = webBundle({ ...options, versions: { preact: "11.0.0" } });
    await expect(stale.ensureBundle({ allowBuild: false })).rejects.toThrow(StaleBundleError);
    await expect(stale.ensureBundle({ allowBuild: false })).rejects.toThrow(/built from other sources/);
    rmSync(stale.distDir, { recursive: true });
    await expect(stale.ensureBundle({ allowBuild: false })).rejects.toThrow(/no bundle in/);
    expect((await stale.ensureBundle()).built).toBe(true);
  });

  it("serves every built file under /assets/ with its type, gzip and a content ETag", async () => {
    const bundle = webBundle(options);
    const { manifest } = await bundle.ensureBundle();
    const assets = loadAssets(bundle.bundleDir(manifest));
    const script = assets.get(`/assets/${manifest.script}`);
    expect(script?.contentType).toBe("text/javascript; charset=utf-8");
    expect(script?.immutable).toBe(true);
    expect(script?.gzip.length).toBeGreaterThan(0);
    expect(assets.get(`/assets/${manifest.style}`)?.contentType).toBe("text/css; charset=utf-8");
    expect(assets.get(`/assets/${manifest.script}.map`)?.contentType).toBe("application/json; charset=utf-8");
  });
});
