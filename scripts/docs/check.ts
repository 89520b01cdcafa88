/**
 * `npm run docs:check` (part of `npm test`): every repository path and every npm script that
 * README.md and docs/ name exists, so that the documents cannot drift from the tree unnoticed.
 * Paths are read from `code spans` and relative links; a span with a placeholder (`<app>`, `*`,
 * `...`) is a pattern, not a path, and is left alone.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TOP = ["apps/", "packages/", "infra/", "docs/", "test/", "scripts/", ".ci/"];
const ROOT_FILES = new Set(readdirSync(root));
const TRACKED = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter(Boolean);
const BASENAMES = new Set(TRACKED.map((file) => file.split("/").at(-1)));

/** A path git ignores on purpose (infra/.env, .data): named by the documents, made by the reader. */
function ignoredByGit(path: string): boolean {
  try {
    execFileSync("git", ["check-ignore", "-q", path], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

interface Problem {
  file: string;
  line: number;
  what: string;
}

function documents(): string[] {
  const docs = readdirSync(join(root, "docs"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => join("docs", file));
  return ["README.md", ...docs];
}

const isPattern = (text: string) => /[<>*{}$]|\.\.\.|…/.test(text);

/** A code span that names a repository path: under a top folder, or a file at the root. */
function pathIn(span: string): string | undefined {
  const candidate =
    span
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[:,;)]+$/, "") ?? "";
  if (!candidate || isPattern(candidate) || candidate.includes("://")) return undefined;
  const bare = candidate.replace(/^\.\//, "");
  if (TOP.some((top) => bare.startsWith(top))) return bare.replace(/#.*$/, "").replace(/:\d+$/, "");
  if (!bare.includes("/") && /\.(md|json|ts|yaml|yml)$/.test(bare) && ROOT_FILES.has(bare)) return bare;
  return undefined;
}

function scriptsOf(packageJson: string): Set<string> {
  const scripts = (
    JSON.parse(readFileSync(join(root, packageJson), "utf8")) as { scripts?: Record<string, string> }
  ).scripts;
  return new Set(Object.keys(scripts ?? {}));
}

function workspaceManifest(name: string): string | undefined {
  for (const folder of ["apps", "packages"]) {
    for (const entry of readdirSync(join(root, folder))) {
      const manifest = join(folder, entry, "package.json");
      if (!existsSync(join(root, manifest))) continue;
      if ((JSON.parse(readFileSync(join(root, manifest), "utf8")) as { name: string }).name === name)
        return manifest;
    }
  }
  if (name === "@jamlik/e2e") return "test/package.json";
  return undefined;
}

export function checkDocuments(): Problem[] {
  const problems: Problem[] = [];
  for (const file of documents()) {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    lines.forEach((text, index) => {
      const line = index + 1;
      for (const [, span = ""] of text.matchAll(/`([^`]+)`/g)) {
        const path = pathIn(span);
        if (path && !existsSync(join(root, path)) && !ignoredByGit(path)) {
          problems.push({ file, line, what: `no such path: ${path}` });
        }
        // A file named without its folder: some file of the repository has that name.
        const bare = span.trim();
        if (
          /^[\w-][\w.-]*\.(ts|tsx|md|json|css|graphql|ya?ml)$/.test(bare) &&
          !bare.includes("/") &&
          !BASENAMES.has(bare)
        ) {
          problems.push({ file, line, what: `no file named ${bare}` });
        }
      }
      for (const [, target = ""] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:|^#/.test(target)) continue;
        const path = relative(root, join(root, dirname(file), target.replace(/#.*$/, "")));
        if (!existsSync(join(root, path))) problems.push({ file, line, what: `broken link: ${target}` });
      }
      for (const [, named = "", workspace] of text.matchAll(/npm run ([\w:.-]+)(?:\s+-w\s+(\S+))?/g)) {
        const script = named.replace(/[:.]+$/, "");
        if (workspace && isPattern(workspace)) continue;
        const manifest = workspace ? workspaceManifest(workspace.replace(/[`,.;:)]+$/, "")) : "package.json";
        const scripts = manifest ? scriptsOf(manifest) : new Set<string>();
        if (!scripts.has(script))
          problems.push({
            file,
            line,
            what: `no npm script "${script}"${workspace ? ` in ${workspace}` : ""}`,
          });
      }
    });
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkDocuments();
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.what}\n`);
  if (problems.length > 0) {
    process.stderr.write(`${problems.length} reference(s) in the documents name nothing in the repository\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(
      `docs: every path and npm script named in README.md and docs/ exists (${documents().length} files)\n`,
    );
  }
}
