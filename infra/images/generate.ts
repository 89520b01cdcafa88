/**
 * Writes apps/<app>/Dockerfile for every image from one template (dockerfile.ts):
 *
 *   npx tsx infra/images/generate.ts
 *
 * The output is committed and test/infra/dockerfiles.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { IMAGE_APPS } from "./apps.ts";
import { dockerfile } from "./dockerfile.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** turbo's version as locked: the images prune with the same turbo as development. */
export function lockedTurboVersion(): string {
  const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  const version = lock.packages["node_modules/turbo"]?.version;
  if (!version) throw new Error("turbo is not in package-lock.json");
  return version;
}

export function generateDockerfiles(): Map<string, string> {
  const turbo = lockedTurboVersion();
  return new Map(IMAGE_APPS.map((image) => [`apps/${image.app}/Dockerfile`, dockerfile(image, turbo)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [path, text] of generateDockerfiles()) writeFileSync(`${root}${path}`, text);
  process.stdout.write(`${IMAGE_APPS.length} Dockerfiles written\n`);
}
