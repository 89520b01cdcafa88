/** `npm run build -w @jamlik/dashboard`: builds the bundle now (the server also does at start when stale) and prints its size. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildBundle, bundleDir } from "../src/server/build.ts";

const started = performance.now();
const manifest = await buildBundle();
const ms = Math.round(performance.now() - started);
console.log(`built ${manifest.folder} in ${ms} ms`);
for (const name of [manifest.script, manifest.style]) {
  const body = readFileSync(join(bundleDir(manifest), name));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(
    `  ${name.padEnd(28)} ${kb(body.length).padStart(9)} raw  ${kb(gzipSync(body, { level: 9 }).length).padStart(8)} gzip`,
  );
}
