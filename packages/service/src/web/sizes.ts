import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Manifest, WebBundle } from "./bundle.ts";

/** `npm run build` in an app: the bundle's files with raw and gzip sizes, for the terminal. */
export function bundleSizes(bundle: WebBundle, manifest: Manifest, ms: number): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const lines = [`built ${manifest.folder} in ${ms} ms`];
  for (const name of [manifest.script, manifest.style]) {
    const body = readFileSync(join(bundle.bundleDir(manifest), name));
    lines.push(
      `  ${name.padEnd(28)} ${kb(body.length).padStart(9)} raw  ${kb(gzipSync(body, { level: 9 }).length).padStart(8)} gzip`,
    );
  }
  return `${lines.join("\n")}\n`;
}
