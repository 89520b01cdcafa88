import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const appDir = join(root, "src/app");
/** Built bundles, one folder per input hash; `manifest.json` names the current one. */
export const distDir = join(root, "dist");
const manifestPath = join(distDir, "manifest.json");

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

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The shared UI package's sources (`@jamlik/ui`), which the bundle includes. */
const uiDir = dirname(createRequire(import.meta.url).resolve("@jamlik/ui"));

/**
 * The bundle's inputs: the app's and the shared UI's sources, this build script, the package
 * manifest and Preact's version.
 */
export function inputHash(): string {
  const hash = createHash("sha256");
  const require = createRequire(import.meta.url);
  const preact = require("preact/package.json") as { version: string };
  hash.update(`preact@${preact.version}\n`);
  const files = [
    ...filesUnder(appDir),
    ...filesUnder(uiDir),
    fileURLToPath(import.meta.url),
    join(root, "package.json"),
  ];
  for (const file of files) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

export function readManifest(): Manifest | undefined {
  if (!existsSync(manifestPath)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    return existsSync(join(distDir, manifest.folder, manifest.script)) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bundles `src/app/main.tsx` with esbuild (a dev dependency, loaded only when a build is needed):
 * one minified ES module and one style sheet with content hashes in their names, into a fresh
 * folder; the manifest is replaced atomically, so a server starting meanwhile never sees half a build.
 */
export async function buildBundle(hash = inputHash()): Promise<Manifest> {
  const esbuild = await import("esbuild");
  const folder = `build-${hash}`;
  const tmp = join(distDir, `${folder}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { app: join(appDir, "main.tsx") },
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
  if (!script || !style) throw new Error(`esbuild produced no script or style sheet: ${outputs.join(", ")}`);
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
  for (const entry of readdirSync(distDir)) {
    if (entry.startsWith("build-") && entry !== folder && !entry.includes(".tmp-")) {
      rmSync(join(distDir, entry), { recursive: true, force: true });
    }
  }
  return manifest;
}

/** The current bundle: built first when it is missing or older than its sources. */
export async function ensureBundle(): Promise<{ manifest: Manifest; built: boolean }> {
  const hash = inputHash();
  const manifest = readManifest();
  if (manifest?.inputHash === hash) return { manifest, built: false };
  return { manifest: await buildBundle(hash), built: true };
}

export function bundleDir(manifest: Manifest): string {
  return join(distDir, manifest.folder);
}
