import { existsSync } from "node:fs";
import { join } from "node:path";
import { envKey, REGIONS, SYNTHETIC_REGIONS } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateCompose } from "../../infra/compose/generate.ts";
import { read, readYaml, repoRoot } from "./files.ts";

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string | null>;
  ports?: string[];
  healthcheck?: { test: string | string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  networks?: string[];
  profiles?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
  networks: Record<string, { internal?: boolean } | null>;
}

/** Host ports that other software on the developers' and CI machines uses. */
const FORBIDDEN_HOST_PORTS = [4222, 5432, 5672, 1883, 3306, 6379];

const compose = readYaml<Compose>("infra/compose.yaml");
const services = Object.entries(compose.services);
const service = (name: string) => {
  const found = compose.services[name];
  if (!found) throw new Error(`no service ${name}`);
  return found;
};
const env = (name: string) => service(name).environment ?? {};

/** `name: port` of the service a URL points at, or undefined when the host is no service. */
function target(url: string): { name: string; port: string } | undefined {
  const { hostname, port } = new URL(url.replace(/\$\{[^}]*\}/g, "x"));
  return compose.services[hostname] ? { name: hostname, port } : undefined;
}

const regionServices = REGIONS.map((region) => {
  const found = services.find(([, s]) => s.environment?.REGION_CODE === region.code);
  if (!found) throw new Error(`no compose service with REGION_CODE=${region.code}`);
  return { region, name: found[0], service: found[1] };
});

describe("infra/compose.yaml", () => {
  it("is exactly what infra/compose/generate.ts writes from the registry (run it after a registry change)", () => {
    expect(read("infra/compose.yaml"), "infra/compose.yaml is stale").toBe(generateCompose(REGIONS));
  });

  it("grows with the registry: every region of a larger one gets its database, service and gateway URL", () => {
    const larger = parse(generateCompose(SYNTHETIC_REGIONS)) as Compose;
    for (const region of SYNTHETIC_REGIONS) {
      const name = `region-${region.code.toLowerCase()}`;
      expect(larger.services[name]?.environment).toMatchObject({
        REGION_CODE: region.code,
        PORT: String(region.port),
      });
      expect(larger.services[`postgres-${region.code.toLowerCase()}`]).toBeDefined();
      expect(larger.services.gateway?.environment?.[`REGION_URL_${envKey(region.code)}`]).toBe(
        `http://${name}:${region.port}/graphql`,
      );
      expect(larger.networks[`db-${region.code.toLowerCase()}`]).toEqual({ internal: true });
    }
  });

  it("runs each registry region from the one region image, told apart only by REGION_CODE", () => {
    const images = new Set(regionServices.map(({ service: s }) => s.image));
    const dockerfiles = new Set(regionServices.map(({ service: s }) => s.build?.dockerfile));
    expect([...images]).toHaveLength(1);
    expect([...dockerfiles]).toEqual(["apps/region/Dockerfile"]);
    expect(new Set(regionServices.map(({ service: s }) => s.environment?.REGION_CODE)).size).toBe(
      REGIONS.length,
    );
    for (const { region, service: s } of regionServices) {
      expect(s.environment?.PORT).toBe(String(region.port));
      expect(s.environment).toMatchObject({ NODE_ENV: "production", HOST: "0.0.0.0" });
    }
  });

  it("gives national and every region its own PostgreSQL 15 with a named volume and pg_isready", () => {
    const owners = [{ name: "national", service: service("national") }, ...regionServices];
    const databases = owners.map(({ name, service: s }) => {
      const url = s.environment?.DATABASE_URL;
      expect(url, `${name} DATABASE_URL`).toMatch(/^postgres:\/\//);
      const db = target(url ?? "");
      expect(db, `${name} points at a compose service`).toBeDefined();
      return db?.name ?? "";
    });
    expect(new Set(databases).size).toBe(owners.length);
    for (const name of databases) {
      const db = service(name);
      expect(db.image).toMatch(/^postgres:15\b/);
      expect(JSON.stringify(db.healthcheck?.test)).toContain("pg_isready");
      const volume = db.volumes?.[0]?.split(":")[0] ?? "";
      expect(Object.keys(compose.volumes)).toContain(volume);
      expect(db.ports).toBeUndefined();
    }
  });

  it("keeps each database on an internal network shared only with its owner", () => {
    for (const { name, service: s } of [
      { name: "national", service: service("national") },
      ...regionServices,
    ]) {
      const db = target(s.environment?.DATABASE_URL ?? "")?.name ?? "";
      const shared = (service(db).networks ?? []).filter((n) => s.networks?.includes(n));
      expect(shared, `${name} and ${db}`).toHaveLength(1);
      expect(compose.networks[shared[0] ?? ""]?.internal).toBe(true);
      const others = services.filter(([, o]) => o.networks?.includes(shared[0] ?? "")).map(([n]) => n);
      expect(others.sort()).toEqual([name, db].sort());
    }
  });

  it("points every subgraph URL of the gateway at an existing service and its port", () => {
    const gateway = env("gateway");
    const keys = ["NATIONAL_URL", ...REGIONS.map((r) => `REGION_URL_${envKey(r.code)}`)];
    for (const key of keys) {
      const url = gateway[key];
      expect(url, key).toMatch(/^http:\/\/.+\/graphql$/);
      const to = target(url ?? "");
      expect(to, `${key} → ${url}`).toBeDefined();
      expect(to?.port).toBe(env(to?.name ?? "").PORT);
    }
    const byUrl = regionServices.map(({ region, name }) => [
      envKey(region.code),
      target(gateway[`REGION_URL_${envKey(region.code)}`] ?? "")?.name,
      name,
    ]);
    for (const [code, pointed, actual] of byUrl) expect(pointed, code).toBe(actual);
  });

  it("starts the gateway only when national and every region are healthy", () => {
    const dependsOn = service("gateway").depends_on ?? {};
    for (const name of ["national", ...regionServices.map((r) => r.name)]) {
      expect(dependsOn[name]?.condition, name).toBe("service_healthy");
    }
  });

  it("gives every service a health check", () => {
    for (const [name, s] of services) expect(s.healthcheck?.test, name).toBeDefined();
  });

  it("publishes ports only for the gateway and the two web apps, none of the reserved host ports", () => {
    const publishing = services.filter(([, s]) => s.ports?.length).map(([name]) => name);
    expect(publishing.sort()).toEqual(["dashboard", "editor", "gateway"]);
    for (const [name, s] of services) {
      for (const mapping of s.ports ?? []) {
        // "${GATEWAY_PORT:-4000}:4000" → the default host port; "127.0.0.1:4000:4000" → 4000.
        const resolved = mapping.replace(/\$\{[A-Z_]+:-(\d+)\}/g, "$1");
        const parts = resolved.split(":");
        const hostPort = Number(parts.length >= 2 ? parts[parts.length - 2] : parts[0]);
        expect(Number.isInteger(hostPort), `${name} ${mapping}`).toBe(true);
        expect(FORBIDDEN_HOST_PORTS, `${name} ${mapping}`).not.toContain(hostPort);
      }
    }
  });

  it("puts the dashboard and the editor behind profiles of their own, talking to the gateway", () => {
    expect(service("dashboard").profiles).toEqual(["dashboard"]);
    expect(service("editor").profiles).toEqual(["editor"]);
    expect(env("dashboard").GATEWAY_URL).toBe("http://gateway:4000/graphql");
    expect(env("editor").GATEWAY_URL).toBe("http://gateway:4000/graphql");
    for (const [name, s] of services) {
      if (name !== "dashboard" && name !== "editor") expect(s.profiles, name).toBeUndefined();
    }
  });

  it("sends the editor's writes to each region's own admin API, with the audience the regions check", () => {
    for (const { region, name, service: regionService } of regionServices) {
      const url = String(env("editor")[`REGION_ADMIN_URL_${envKey(region.code)}`]);
      expect(target(url), region.code).toEqual({ name, port: regionService.environment?.PORT });
      expect(new URL(url).pathname).toBe("/admin/graphql");
    }
    const audience = String(env("editor").OIDC_RESOURCE);
    for (const { name } of regionServices) expect(audience).toBe(String(env(name).AUTH_AUDIENCE));
    // The provider and the client secret come from infra/.env; the image refuses to start without them.
    for (const key of ["PUBLIC_URL", "OIDC_ISSUER", "OIDC_CLIENT_SECRET"])
      expect(env("editor")[key], key).toBeNull();
    expect(service("editor").networks).toEqual(["federation"]);
  });

  it("builds every app image from the repository root with an existing Dockerfile", () => {
    for (const [name, s] of services) {
      if (!s.build) continue;
      expect(s.build.context, name).toBe("..");
      expect(existsSync(join(repoRoot, s.build.dockerfile)), s.build.dockerfile).toBe(true);
    }
  });

  it("takes every secret from the environment (infra/.env), none is written in the file", () => {
    expect(env("gateway").SUBGRAPH_SECRETS).toMatch(/^\$\{SUBGRAPH_SECRETS:\?/);
    for (const { name } of regionServices)
      expect(env(name).SUBGRAPH_SECRETS).toMatch(/^\$\{SUBGRAPH_SECRETS:\?/);
    expect(env("national").SUBGRAPH_SECRETS).toMatch(/^\$\{SUBGRAPH_SECRETS:\?/);
  });

  it("documents every variable it reads in infra/.env.example, with placeholders only", () => {
    const example = read("infra/.env.example");
    const used = new Set([...read("infra/compose.yaml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
    const nullValued = services.flatMap(([, s]) =>
      Object.entries(s.environment ?? {})
        .filter(([, value]) => value === null)
        .map(([key]) => key),
    );
    for (const name of [...used, ...nullValued]) {
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    }
    for (const secret of ["POSTGRES_PASSWORD", "SUBGRAPH_SECRETS"]) {
      expect(example).toMatch(new RegExp(`^${secret}=CHANGE_ME`, "m"));
    }
  });
});
