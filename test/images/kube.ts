import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { DEV_IDP, EDITOR, type RegionEntry } from "@jamlik/registry";
import { parseAllDocuments, stringify } from "yaml";
import { podman, REPO_ROOT, run } from "./podman.ts";

/**
 * The Kubernetes manifests of infra/k8s played with `podman kube play`, through a kustomize overlay
 * that adds only what a cluster would have around them: a PostgreSQL per database, the development
 * identity provider and the Secrets (podman 4.3 reads a Secret only as a podman secret made before).
 * Every pod runs on the host's network; what a cluster's Services and their DNS names do is done by
 * `playable` (below): the Services' names in the settings become 127.0.0.1.
 */
export const DEV_IDP_URL = `http://127.0.0.1:${DEV_IDP.port}`;
export const EDITOR_URL = `http://127.0.0.1:${EDITOR.port}`;
/** Test data: every secret of the played stack (never a real one). */
export const TEST_SECRETS = {
  subgraph: "images-test-subgraph-secret-0001",
  postgres: "images-test-postgres",
  editorClient: "images-test-editor-client-secret",
} as const;

const POSTGRES_IMAGE = "docker.io/library/postgres:15-bookworm";
const databaseName = (owner: string) => `postgres-${owner}`;
const hasDocuments = (region: RegionEntry) =>
  existsSync(join(REPO_ROOT, "packages/seeds/data/regions", `${region.code}.json`));
const regionName = (region: RegionEntry) => `region-${region.code.toLowerCase()}`;

/** The database owners: national, then the regions; each database on its own port of the host. */
export function databases(regions: readonly RegionEntry[]) {
  return ["national", ...regions.map((r) => r.code.toLowerCase())].map((owner, index) => ({
    owner,
    name: databaseName(owner),
    port: 25432 + index,
  }));
}

export function databaseUrl(regions: readonly RegionEntry[], owner: string): string {
  const database = databases(regions).find((d) => d.owner === owner);
  if (!database) throw new Error(`no database for ${owner}`);
  return `postgres://jamlik:${TEST_SECRETS.postgres}@127.0.0.1:${database.port}/jamlik`;
}

/** Every Service name of the stack, resolved to the host (all pods share its network). */
function serviceNames(regions: readonly RegionEntry[]): string[] {
  return [
    "gateway",
    "national",
    "dashboard",
    "editor",
    "dev-idp",
    ...regions.map(regionName),
    ...databases(regions).map((d) => d.name),
  ];
}

function postgresDocuments(database: { name: string; port: number }) {
  const labels = { "app.kubernetes.io/name": database.name, "app.kubernetes.io/part-of": "jamlik-test" };
  return [
    {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: database.name, labels },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: database.name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { "app.kubernetes.io/name": database.name } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: "postgres",
                image: POSTGRES_IMAGE,
                env: [
                  { name: "POSTGRES_USER", value: "jamlik" },
                  { name: "POSTGRES_PASSWORD", value: TEST_SECRETS.postgres },
                  { name: "POSTGRES_DB", value: "jamlik" },
                  { name: "PGPORT", value: String(database.port) },
                ],
                volumeMounts: [{ name: "data", mountPath: "/var/lib/postgresql/data" }],
              },
            ],
            volumes: [{ name: "data", persistentVolumeClaim: { claimName: database.name } }],
          },
        },
      },
    },
  ];
}

function devIdpDocument() {
  const labels = { "app.kubernetes.io/name": "dev-idp", "app.kubernetes.io/part-of": "jamlik-test" };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "dev-idp", labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: { "app.kubernetes.io/name": "dev-idp" } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: "app",
              image: "jamlik/dev-idp:local",
              imagePullPolicy: "IfNotPresent",
              env: [
                { name: "PORT", value: String(DEV_IDP.port) },
                { name: "ISSUER_URL", value: DEV_IDP_URL },
                { name: "EDITOR_URL", value: EDITOR_URL },
                { name: "EDITOR_CLIENT_SECRET", value: TEST_SECRETS.editorClient },
                // The audience the manifests' regions check and the editor asks for (OIDC_RESOURCE).
                { name: "ADMIN_AUDIENCE", value: "urn:jamlik:admin" },
              ],
              securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
            },
          ],
        },
      },
    },
  };
}

const configPatch = (name: string, data: Record<string, string>) =>
  stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data });

/**
 * Writes the overlay into `dir` over the base in `base` (infra/k8s, or a copy's regenerated one) and
 * returns its folder; `kubectl kustomize` renders it.
 */
export function writeOverlay(
  dir: string,
  base: string,
  regions: readonly RegionEntry[],
  tags: Readonly<Record<string, string>> = {},
): string {
  mkdirSync(dir, { recursive: true });
  const resources = [relative(dir, base), "databases.yaml", "dev-idp.yaml"];
  writeFileSync(
    join(dir, "databases.yaml"),
    databases(regions)
      .flatMap(postgresDocuments)
      .map((doc) => stringify(doc))
      .join("---\n"),
  );
  writeFileSync(join(dir, "dev-idp.yaml"), stringify(devIdpDocument()));
  const secretNames = [
    "national-secrets",
    "gateway-secrets",
    "editor-secrets",
    ...regions.map((r) => `${regionName(r)}-secrets`),
  ];
  const patches: unknown[] = [
    // The Secrets become podman secrets made before the play (createSecrets).
    ...secretNames.map((name) => ({
      patch: stringify({ apiVersion: "v1", kind: "Secret", metadata: { name }, $patch: "delete" }),
    })),
    ...regions.map((region) => ({
      patch: configPatch(`${regionName(region)}-config`, {
        AUTH_ISSUER: DEV_IDP_URL,
        AUTH_JWKS_URL: `${DEV_IDP_URL}/jwks`,
        // A region without source documents (the fourth) gets synthetic demo data, marked so.
        ...(hasDocuments(region) ? {} : { SEED: "synthetic" }),
      }),
    })),
    // Every answer from the subgraphs (no cache hides a region's swap); the load is one client's.
    { patch: configPatch("gateway-config", { RESPONSE_CACHE: "false", RATE_LIMIT_PER_MINUTE: "1000000" }) },
    // The development provider speaks plain HTTP, which the editor accepts only outside production.
    {
      patch: configPatch("editor-config", {
        NODE_ENV: "development",
        PUBLIC_URL: EDITOR_URL,
        OIDC_ISSUER: DEV_IDP_URL,
      }),
    },
  ];
  writeFileSync(
    join(dir, "kustomization.yaml"),
    stringify({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources,
      // One gateway: every pod shares the host's ports.
      replicas: [{ name: "gateway", count: 1 }],
      images: Object.entries(tags).map(([app, tag]) => ({ name: `jamlik/${app}`, newTag: tag })),
      patches,
    }),
  );
  return dir;
}

/** The documents of one workload in played YAML: its Deployment (or PVC) and its ConfigMap. */
export function documentsOf(yaml: string, name: string): string {
  return yaml
    .split("---\n")
    .filter((doc) => doc.includes(`name: ${name}\n`) || doc.includes(`name: ${name}-config\n`))
    .join("---\n");
}

export async function render(overlay: string): Promise<string> {
  return (await run("kubectl", ["kustomize", overlay])).stdout;
}

/** What podman plays; the Services, NetworkPolicies, autoscaler and namespace are the cluster's. */
const PLAYED_KINDS = new Set(["ConfigMap", "Deployment", "PersistentVolumeClaim"]);

interface Container {
  ports?: { name?: string; containerPort: number }[];
  [probe: string]: unknown;
}

/**
 * The rendered manifests as podman 4.3 plays them on the host's network: only the workloads and
 * their settings; a Service's name in a setting becomes 127.0.0.1 (every pod listens on the host,
 * each on its registry port); container ports are left out (podman would publish them, which the
 * host network refuses) and the probes name their port by number. Returns the databases and the
 * services apart: the databases are played first.
 */
export function playable(
  rendered: string,
  regions: readonly RegionEntry[],
): { databases: string; services: string } {
  const names = serviceNames(regions).join("|");
  const serviceHost = new RegExp(`//(${names}):`, "g");
  const docs = parseAllDocuments(rendered)
    .map(
      (doc) =>
        doc.toJS() as {
          kind: string;
          metadata: { name: string };
          data?: Record<string, string>;
          spec: { template: { spec: { containers: Container[] } } };
        },
    )
    .filter((doc) => PLAYED_KINDS.has(doc.kind));
  for (const doc of docs) {
    if (doc.kind === "ConfigMap" && doc.data) {
      for (const [key, value] of Object.entries(doc.data))
        doc.data[key] = value.replace(serviceHost, "//127.0.0.1:");
    }
    if (doc.kind === "Deployment") {
      for (const container of doc.spec.template.spec.containers) {
        const ports = new Map((container.ports ?? []).map((port) => [port.name, port.containerPort]));
        delete container.ports;
        for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
          const httpGet = (container[probe] as { httpGet?: { port: string | number } } | undefined)?.httpGet;
          if (httpGet && typeof httpGet.port === "string")
            httpGet.port = ports.get(httpGet.port) ?? httpGet.port;
        }
      }
    }
  }
  const isDatabase = (doc: { metadata: { name: string } }) => doc.metadata.name.startsWith("postgres-");
  const text = (list: typeof docs) => list.map((doc) => stringify(doc)).join("---\n");
  return { databases: text(docs.filter(isDatabase)), services: text(docs.filter((doc) => !isDatabase(doc))) };
}

const base64 = (value: string) => Buffer.from(value).toString("base64");

/** The stack's Secrets as podman secrets (JSON of base64 values: what kube play's envFrom reads). */
export async function createSecrets(
  regions: readonly RegionEntry[],
  only?: readonly string[],
): Promise<void> {
  const secrets: Record<string, Record<string, string>> = {
    "national-secrets": {
      DATABASE_URL: databaseUrl(regions, "national"),
      SUBGRAPH_SECRETS: TEST_SECRETS.subgraph,
    },
    "gateway-secrets": { SUBGRAPH_SECRETS: TEST_SECRETS.subgraph },
    "editor-secrets": { OIDC_CLIENT_SECRET: TEST_SECRETS.editorClient },
    ...Object.fromEntries(
      regions.map((region) => [
        `${regionName(region)}-secrets`,
        {
          DATABASE_URL: databaseUrl(regions, region.code.toLowerCase()),
          SUBGRAPH_SECRETS: TEST_SECRETS.subgraph,
        },
      ]),
    ),
  };
  for (const [name, values] of Object.entries(secrets)) {
    if (only && !only.includes(name)) continue;
    await podman(["secret", "rm", name]).catch(() => undefined);
    // From a file: podman reads `-` only from a FIFO, and node's pipes are sockets.
    const file = join(mkdtempSync(join(tmpdir(), "jamlik-secret-")), "secret.json");
    writeFileSync(
      file,
      JSON.stringify(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, base64(v)]))),
      {
        mode: 0o600,
      },
    );
    try {
      await podman(["secret", "create", name, file]);
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  }
}
