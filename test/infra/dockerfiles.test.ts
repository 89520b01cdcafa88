import { existsSync } from "node:fs";
import { join } from "node:path";
import { GATEWAY } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { IMAGE_APPS } from "../../infra/images/apps.ts";
import { generateDockerfiles } from "../../infra/images/generate.ts";
import { read, repoRoot } from "./files.ts";

/**
 * The Dockerfiles as text: generated from one template, on Node 24, pruned per app, no transpiler.
 * test/images (npm run test:images) builds and runs them.
 */
interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of a Dockerfile, continuation lines joined, comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

/** The instructions of the last stage (the image that runs). */
function finalStage(all: Instruction[]): Instruction[] {
  const from = all.map((i) => i.keyword).lastIndexOf("FROM");
  return all.slice(from);
}

it("every Dockerfile is exactly what infra/images/generate.ts writes (run it after changing the template)", () => {
  for (const [path, text] of generateDockerfiles()) expect(read(path), `${path} is stale`).toBe(text);
});

describe.each(IMAGE_APPS)("apps/$app/Dockerfile", ({ app, workspace, port, bundle }) => {
  const path = `apps/${app}/Dockerfile`;
  const all = existsSync(join(repoRoot, path)) ? instructions(read(path)) : [];
  const runtime = finalStage(all);
  const args = (keyword: string) => runtime.filter((i) => i.keyword === keyword).map((i) => i.args);

  it("builds on node:24-bookworm-slim (an ARG) and runs on nothing but what it copies", () => {
    const image = all.find((i) => i.keyword === "ARG" && i.args.startsWith("NODE_IMAGE="))?.args;
    expect(image).toBe("NODE_IMAGE=node:24-bookworm-slim");
    const froms = all.filter((i) => i.keyword === "FROM").map((i) => i.args);
    expect(froms.slice(0, -1).every((from) => /^\$\{NODE_IMAGE\} AS \w+$/.test(from))).toBe(true);
    expect(froms.at(-1)).toBe("scratch");
    expect(runtime.some((i) => i.keyword === "RUN")).toBe(false);
  });

  it("prunes the repository to this app's workspaces and installs their locked production dependencies", () => {
    expect(
      all.some(
        (i) =>
          i.keyword === "RUN" && i.args.includes(`turbo@`) && i.args.includes(`prune ${workspace} --docker`),
      ),
    ).toBe(true);
    const installs = all.filter((i) => i.keyword === "RUN" && /npm ci\b/.test(i.args));
    expect(installs.some((i) => /--omit=dev/.test(i.args) && /--omit=optional/.test(i.args))).toBe(true);
    expect(all.some((i) => i.keyword === "RUN" && /npm install\b/.test(i.args))).toBe(false);
    // Only a web app installs its development dependencies, in the stage that bundles.
    expect(installs.length).toBe(bundle ? 2 : 1);
  });

  it("writes a CycloneDX bill of materials into the image", () => {
    expect(all.some((i) => i.keyword === "RUN" && /npm sbom --sbom-format=cyclonedx/.test(i.args))).toBe(
      true,
    );
    expect(args("COPY")).toContain("--from=deps /app/sbom.cdx.json ./sbom.cdx.json");
  });

  it("takes an extra CA for npm only as a build secret, never as a layer", () => {
    const fetching = all.filter((i) => i.keyword === "RUN" && /npm ci|npx/.test(i.args));
    for (const run of fetching) expect(run.args).toMatch(/^--mount=type=secret,id=extra_ca,required=false /);
    expect(
      all.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && /\.(pem|crt)\b/.test(i.args)),
    ).toBe(false);
  });

  it("runs as uid 1000 and checks /health with node's fetch on the configured port", () => {
    expect(args("USER").at(-1)).toBe("1000:1000");
    const check = args("HEALTHCHECK").at(-1) ?? "";
    expect(check).toContain("fetch(");
    expect(check).toContain("/health");
    expect(check).toContain("process.env.PORT");
  });

  it(`listens on 0.0.0.0:${port} by default and exposes it`, () => {
    const env = args("ENV").join(" ");
    expect(env).toContain("HOST=0.0.0.0");
    expect(env).toContain(`PORT=${port}`);
    expect(env).toContain(app === "dev-idp" ? "NODE_ENV=development" : "NODE_ENV=production");
    expect(args("EXPOSE")).toEqual([String(port)]);
  });

  it("starts the app's TypeScript with plain node (the gateway with its Node flags from the registry)", () => {
    const cmd = JSON.parse(args("CMD").at(-1) ?? "[]") as string[];
    const flags: readonly string[] = app === "gateway" ? GATEWAY.nodeFlags : [];
    expect(cmd).toEqual(["node", ...flags, `apps/${app}/src/index.ts`]);
    expect(existsSync(join(repoRoot, cmd.at(-1) ?? ""))).toBe(true);
  });
});

describe("the images' build inputs", () => {
  it("leave dependencies, local data, build caches, tests and local secrets out of the context", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim());
    for (const entry of [
      "**/node_modules",
      "**/dist",
      ".data",
      ".turbo",
      ".git",
      "test/screenshots",
      "test/images",
      "infra/.env",
    ]) {
      expect(ignored, entry).toContain(entry);
    }
    for (const needed of ["packages", "apps", "package.json", "package-lock.json", "turbo.json"]) {
      expect(ignored, needed).not.toContain(needed);
    }
  });

  it("keep PGlite optional, so that the images leave it out", () => {
    const db = JSON.parse(read("packages/db/package.json")) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    expect(db.dependencies?.["@electric-sql/pglite"]).toBeUndefined();
    expect(db.optionalDependencies?.["@electric-sql/pglite"]).toBeDefined();
  });
});
