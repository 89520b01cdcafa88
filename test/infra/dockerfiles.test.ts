import { existsSync } from "node:fs";
import { join } from "node:path";
import { GATEWAY } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { read, repoRoot } from "./files.ts";

const APPS = [
  { app: "gateway", port: "4000" },
  { app: "national", port: "4001" },
  { app: "region", port: "4100" },
  { app: "dashboard", port: "3000" },
  { app: "editor", port: "3001" },
];

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

describe.each(APPS)("apps/$app/Dockerfile", ({ app, port }) => {
  const path = `apps/${app}/Dockerfile`;
  const all = existsSync(join(repoRoot, path)) ? instructions(read(path)) : [];
  const runtime = finalStage(all);
  const args = (keyword: string) => runtime.filter((i) => i.keyword === keyword).map((i) => i.args);

  it("exists and is multi-stage on a pinned node 20 slim image", () => {
    expect(all.length).toBeGreaterThan(0);
    const froms = all.filter((i) => i.keyword === "FROM");
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const image = all.find((i) => i.keyword === "ARG" && i.args.startsWith("NODE_IMAGE="))?.args;
    expect(image).toMatch(/^NODE_IMAGE=node:20(\.\d+){0,2}-slim$/);
    for (const from of froms) expect(from.args).toMatch(/^\$\{NODE_IMAGE\} AS \w+$/);
  });

  it("installs the locked production dependencies only", () => {
    const installs = all.filter((i) => i.keyword === "RUN" && i.args.includes("npm "));
    expect(installs.some((i) => /npm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    expect(installs.some((i) => /npm install\b/.test(i.args))).toBe(false);
  });

  it("runs as a non-root user", () => {
    const user = args("USER").at(-1) ?? "";
    expect(user).not.toBe("");
    expect(user.split(":")[0]).not.toMatch(/^(root|0)$/);
  });

  it("checks /health with node's fetch on the configured port", () => {
    const check = args("HEALTHCHECK").at(-1) ?? "";
    expect(check).toContain("fetch(");
    expect(check).toContain("/health");
    expect(check).toContain("process.env.PORT");
  });

  it(`listens on 0.0.0.0:${port} in production by default and exposes it`, () => {
    const env = args("ENV").join(" ");
    expect(env).toContain("HOST=0.0.0.0");
    expect(env).toContain("NODE_ENV=production");
    expect(env).toContain(`PORT=${port}`);
    expect(args("EXPOSE")).toEqual([port]);
  });

  it("starts the app's TypeScript entry with tsx (the gateway with its Node flags from the registry)", () => {
    const cmd = JSON.parse(args("CMD").at(-1) ?? "[]") as string[];
    const flags: readonly string[] = app === "gateway" ? GATEWAY.nodeFlags : [];
    expect(cmd).toEqual(["node", ...flags, "--import", "tsx", `apps/${app}/src/index.ts`]);
    expect(existsSync(join(repoRoot, cmd.at(-1) ?? ""))).toBe(true);
  });

  it("copies only the shared packages and this app's sources into the runtime image", () => {
    const sources = args("COPY")
      .filter((a) => !a.startsWith("--from="))
      .map((a) => a.split(/\s+/)[0]);
    // The gateway also takes the dashboard's persisted operations: the one file its allow-list reads.
    const extra =
      app === "gateway" ? ["apps/dashboard/src/app/graphql/generated/persisted-documents.json"] : [];
    expect(sources).toEqual(["packages/", `apps/${app}/`, ...extra]);
  });
});

describe.each(["dashboard", "editor"])("apps/%s/Dockerfile (a web app)", (app) => {
  const all = instructions(read(`apps/${app}/Dockerfile`));
  const runtime = finalStage(all);

  it("builds the browser bundle in a stage of its own and ships only what it built", () => {
    expect(all).toContainEqual({ keyword: "RUN", args: `npm run build -w @jamlik/${app}` });
    const shipped = runtime.filter((i) => i.keyword === "COPY" && i.args.startsWith("--from=bundle"));
    expect(shipped.map((i) => i.args)).toEqual([`--from=bundle /app/apps/${app}/dist/ ./apps/${app}/dist/`]);
    // No full install in the image that runs: the bundler (a dev dependency) stays out.
    expect(runtime.some((i) => i.keyword === "RUN" && /npm (ci|install)/.test(i.args))).toBe(false);
    expect(runtime.filter((i) => i.keyword === "COPY" && i.args.startsWith("--from=deps"))).toHaveLength(1);
  });
});

describe("the images' build inputs", () => {
  it("keep tsx a production dependency (of @jamlik/launcher), so `npm ci --omit=dev` installs it", () => {
    const launcher = JSON.parse(read("packages/launcher/package.json")) as {
      dependencies?: Record<string, string>;
    };
    expect(launcher.dependencies?.tsx).toBeDefined();
  });

  it("leave dependencies, local data, build caches and test output out of the context", () => {
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
      "infra/.env",
    ]) {
      expect(ignored, entry).toContain(entry);
    }
    // What the images copy must stay in the context.
    for (const needed of ["packages", "apps", "package.json", "package-lock.json"]) {
      expect(ignored, needed).not.toContain(needed);
    }
  });
});
