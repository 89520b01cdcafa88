/**
 * The licence check of `npm test`: every package the lockfile installs (production and development)
 * must be under a licence of the allow-list, or be allowed by name with the reason. The licence is
 * the lockfile's, else the package's own package.json (old `licenses` arrays included).
 *
 *   npx tsx scripts/licences/check.ts          # exits 1 and names each package outside the list
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import satisfies from "spdx-satisfies";
import { ALLOWED_BY_NAME, ALLOWED_LICENCES } from "./policy.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  link?: boolean;
}

interface Finding {
  name: string;
  version: string;
  licence: string | undefined;
  dev: boolean;
}

/** The package's name from its lockfile path (node_modules/a/node_modules/@b/c → @b/c). */
const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/** What the package itself says: `license`, or the old `licenses: [{ type }]`, as one SPDX expression. */
function declaredLicence(path: string): string | undefined {
  const file = join(root, path, "package.json");
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    license?: string | { type?: string };
    licenses?: { type?: string }[];
  };
  if (typeof manifest.license === "string") return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  const types = manifest.licenses?.map((l) => l.type).filter(Boolean);
  return types?.length ? types.join(" OR ") : undefined;
}

function allowed(licence: string | undefined): boolean {
  if (!licence) return false;
  try {
    return satisfies(licence, [...ALLOWED_LICENCES]);
  } catch {
    // Not an SPDX expression ("BSD License"): only by name.
    return false;
  }
}

export function findOutsidePolicy(lockfile: { packages: Record<string, LockEntry> }): Finding[] {
  const outside: Finding[] = [];
  for (const [path, entry] of Object.entries(lockfile.packages)) {
    if (!path.includes("node_modules/") || entry.link) continue;
    const name = nameOf(path);
    const licence = entry.license ?? declaredLicence(path);
    if (allowed(licence)) continue;
    if (ALLOWED_BY_NAME[name]?.licence === licence) continue;
    outside.push({ name, version: entry.version ?? "?", licence, dev: entry.dev === true });
  }
  return outside;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lockfile = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const outside = findOutsidePolicy(lockfile);
  if (outside.length > 0) {
    process.stderr.write(
      `licence check: ${outside.length} packages outside the allow-list (scripts/licences/policy.ts):\n${outside
        .map(
          (f) =>
            `  ${f.name}@${f.version}: ${f.licence ?? "no licence declared"}${f.dev ? " (development)" : ""}`,
        )
        .join("\n")}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `licence check: ${Object.keys(lockfile.packages).length - 1} packages within the allow-list\n`,
  );
}
