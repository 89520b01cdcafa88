import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

/** Whether `folder` holds no PGlite cluster yet (the service will create and seed one). */
export const isFreshEmbeddedFolder = (folder: string): boolean => !existsSync(join(folder, "PG_VERSION"));

/**
 * Gives each fresh PGlite folder an initialised, empty cluster, made once and copied: initdb is the
 * costliest part of a first start (some 2.5 s of CPU for each service), and services started
 * side by side on a small machine would each run it at once. A copy of a cleanly closed cluster is
 * a cluster of its own; every service then migrates and seeds its copy as it would a new one.
 * Folders that already hold a cluster are left alone.
 */
export async function prepareEmbeddedFolders(folders: readonly string[]): Promise<void> {
  const fresh = folders.filter(isFreshEmbeddedFolder);
  const [first] = fresh;
  if (!first) return;
  const { PGlite } = await import("@electric-sql/pglite");
  mkdirSync(dirname(first), { recursive: true });
  const template = mkdtempSync(join(dirname(first), ".initdb-"));
  try {
    const cluster = await PGlite.create(template);
    await cluster.close();
    for (const folder of fresh) cpSync(template, folder, { recursive: true });
  } finally {
    rmSync(template, { recursive: true, force: true });
  }
}
