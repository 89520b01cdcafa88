import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export interface Manifest {
  /** Hash of everything the bundle is built from: it is stale when this differs. */
  inputHash: string;
  /** Folder under dist/ holding the files. */
  folder: string;
  /** File names (in that folder) of the entry script and style sheet. */
  script: string;
  style: string;
  builtAt: string;
}

export interface WebBundleOptions {
  /** The app's package folder: `dist/` is made here, and its package.json is an input. */
  root: string;
  /** The browser entry (a .tsx file), bundled with everything it imports. */
  entry: string;
  /** Folders whose files the bundle is built from (the app's and any shared UI package's sources). */
  inputs: string[];
  /** Versions of the packages bundled from node_modules (e.g. Preact's): a new one makes it stale. */
  versions: Record<string, string>;
}

export interface WebBundle {
  /** dist/: built bundles, one folder per input hash; `manifest.json` names the current one. */
  distDir: string;
  inputHash(): string;
  readManifest(): Manifest | undefined;
  buildBundle(hash?: string): Promise<Manifest>;
  /**
   * The current bundle: built first when it is missing or older than its sources, unless building
   * is not allowed (production, whose image ships the bundle): then a missing or stale one is an error.
   */
  ensureBundle(options?: { allowBuild?: boolean }): Promise<{ manifest: Manifest; built: boolean }>;
  bundleDir(manifest: Manifest): string;
}

/** Production found no bundle, or one built from other sources, and may not build one. */
export class StaleBundleError extends Error {
  override name = "StaleBundleError";
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A Preact app's browser bundle, built by esbuild (a dev dependency, loaded only when a build is
 * needed): one minified ES module and one style sheet with content hashes in their names, in a
 * fresh folder per input hash. A production image ships the built folder, so it never builds.
 */
export function webBundle({ root, entry, inputs, versions }: WebBundleOptions): WebBundle {
  const distDir = join(root, "dist");
  const manifestPath = join(distDir, "manifest.json");

  function inputHash(): string {
    const hash = createHash("sha256");
    for (const [name, version] of Object.entries(versions).sort()) hash.update(`${name}@${version}\n`);
    const files = [...inputs.flatMap(filesUnder), fileURLToPath(import.meta.url), join(root, "package.json")];
    for (const file of files) {
      hash.update(`${relative(root, file)}\n`);
      hash.update(readFileSync(file));
    }
    return hash.digest("hex").slice(0, 16);
  }

  function readManifest(): Manifest | undefined {
    if (!existsSync(manifestPath)) return undefined;
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
      return existsSync(join(distDir, manifest.folder, manifest.script)) ? manifest : undefined;
    } catch {
      return undefined;
    }
  }

  // The manifest is replaced atomically, so a server starting meanwhile never sees half a build.
  async function buildBundle(hash = inputHash()): Promise<Manifest> {
    const esbuild = await import("esbuild");
    const folder = `build-${hash}`;
    const tmp = join(distDir, `${folder}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { app: entry },
      outdir: tmp,
      entryNames: "[name]-[hash]",
      bundle: true,
      format: "esm",
      platform: "browser",
      target: ["es2022", "chrome109", "firefox115", "safari16"],
      minify: true,
      sourcemap: "linked",
      jsx: "automatic",
      jsxImportSource: "preact",
      legalComments: "eof",
      metafile: true,
      logLevel: "silent",
    });
    const outputs = Object.keys(result.metafile.outputs).map((path) => path.split("/").pop() ?? path);
    const script = outputs.find((name) => name.endsWith(".js"));
    const style = outputs.find((name) => name.endsWith(".css"));
    if (!script || !style)
      throw new Error(`esbuild produced no script or style sheet: ${outputs.join(", ")}`);
    const target = join(distDir, folder);
    try {
      renameSync(tmp, target);
    } catch (error) {
      // Another process built the same inputs at the same time: its folder is as good as ours.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(target, script))) throw error;
    }
    const manifest: Manifest = { inputHash: hash, folder, script, style, builtAt: new Date().toISOString() };
    const manifestTmp = `${manifestPath}.tmp-${process.pid}`;
    writeFileSync(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(manifestTmp, manifestPath);
    for (const name of readdirSync(distDir)) {
      if (name.startsWith("build-") && name !== folder && !name.includes(".tmp-")) {
        rmSync(join(distDir, name), { recursive: true, force: true });
      }
    }
    return manifest;
  }

  async function ensureBundle({ allowBuild = true } = {}): Promise<{ manifest: Manifest; built: boolean }> {
    const hash = inputHash();
    const manifest = readManifest();
    if (manifest?.inputHash === hash) return { manifest, built: false };
    if (!allowBuild) {
      throw new StaleBundleError(
        manifest
          ? `the bundle in ${distDir} was built from other sources (${manifest.inputHash}, now ${hash}): rebuild the image`
          : `no bundle in ${distDir}: the image must be built with \`npm run build\` (see its Dockerfile)`,
      );
    }
    return { manifest: await buildBundle(hash), built: true };
  }

  return {
    distDir,
    inputHash,
    readManifest,
    buildBundle,
    ensureBundle,
    bundleDir: (manifest) => join(distDir, manifest.folder),
  };
}

/**
 * A web app laid out as ours are (`src/app/main.tsx` under `root`): its bundle is built from
 * `src/app`, the sources of the workspace packages it shares (`shared`, e.g. "@jamlik/ui") and the
 * versions of the npm packages it bundles (`bundled`, e.g. "preact"), each resolved from the app.
 */
export function appBundle(options: { root: string; shared: string[]; bundled: string[] }): WebBundle {
  const require = createRequire(join(options.root, "package.json"));
  const app = join(options.root, "src/app");
  return webBundle({
    root: options.root,
    entry: join(app, "main.tsx"),
    inputs: [app, ...options.shared.map((name) => dirname(require.resolve(name)))],
    versions: Object.fromEntries(
      options.bundled.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]),
    ),
  });
}
