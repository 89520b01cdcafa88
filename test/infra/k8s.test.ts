import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EDITOR, envKey, GATEWAY, NATIONAL, REGIONS } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import {
  CHANGE_ME,
  generateManifests,
  NAMESPACE,
  regionFileName,
  regionResourceName,
} from "../../infra/k8s/generate.ts";
import { type K8sObject, k8sDir, readYamlDocuments } from "./files.ts";

interface Probe {
  httpGet?: { path: string; port: string };
}
interface Container {
  image: string;
  ports: { name: string; containerPort: number }[];
  envFrom: ({ configMapRef: { name: string } } | { secretRef: { name: string } })[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
}
interface Deployment extends K8sObject {
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: { securityContext?: Record<string, unknown>; containers: Container[] };
    };
  };
}
interface Service extends K8sObject {
  spec: { selector: Record<string, string>; ports: { port: number; targetPort: string }[] };
}

const k8sFiles = readdirSync(k8sDir).filter((file) => file.endsWith(".yaml"));
const objects = (file: string) => readYamlDocuments(join("infra/k8s", file));
const all = k8sFiles.filter((f) => f !== "kustomization.yaml").flatMap(objects);
const find = <T extends K8sObject>(kind: string, name: string): T => {
  const found = all.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as T;
};

/** A subgraph or the gateway: Deployment, Service, ConfigMap and Secret that fit together. */
function expectWorkload(name: string, port: number) {
  const deployment = find<Deployment>("Deployment", name);
  const service = find<Service>("Service", name);
  const config = find<K8sObject & { data: Record<string, string> }>("ConfigMap", `${name}-config`);
  const secret = find<K8sObject & { stringData: Record<string, string> }>("Secret", `${name}-secrets`);
  const pod = deployment.spec.template;
  const [container] = pod.spec.containers;
  if (!container) throw new Error(`${name} has no container`);

  expect(deployment.spec.selector.matchLabels).toMatchObject(service.spec.selector);
  expect(pod.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
  expect(container.ports[0]).toEqual(expect.objectContaining({ name: "http", containerPort: port }));
  expect(service.spec.ports[0]).toMatchObject({ port, targetPort: "http" });
  expect(config.data.PORT).toBe(String(port));
  expect(config.data).toMatchObject({ HOST: "0.0.0.0", NODE_ENV: "production" });
  expect(container.envFrom).toEqual([
    { configMapRef: { name: `${name}-config` } },
    { secretRef: { name: `${name}-secrets` } },
  ]);

  expect(container.readinessProbe?.httpGet).toEqual({ path: "/ready", port: "http" });
  expect(container.livenessProbe?.httpGet).toEqual({ path: "/health", port: "http" });
  expect(container.resources?.requests).toMatchObject({
    cpu: expect.any(String),
    memory: expect.any(String),
  });
  expect(container.resources?.limits).toMatchObject({ memory: expect.any(String) });
  expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
  expect(container.securityContext).toMatchObject({
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
  });

  // Placeholders only, and ones the services reject (SUBGRAPH_SECRETS need 16 characters).
  for (const [key, value] of Object.entries(secret.stringData)) expect(value, key).toContain(CHANGE_ME);
  expect(secret.data).toBeUndefined();
  return { deployment, service, config, secret, container };
}

describe("infra/k8s", () => {
  it("is exactly what infra/k8s/generate.ts writes from the registry (run it after a registry change)", () => {
    const generated = generateManifests(REGIONS);
    expect(k8sFiles.sort()).toEqual([...generated.keys()].sort());
    for (const [file, content] of generated) {
      expect(readFileSync(join(k8sDir, file), "utf8"), `infra/k8s/${file} is stale`).toBe(content);
    }
  });

  it("lists every manifest in kustomization.yaml, in the jamlik namespace", () => {
    const [kustomization] = objects("kustomization.yaml") as unknown as {
      kind: string;
      namespace: string;
      resources: string[];
    }[];
    expect(kustomization?.kind).toBe("Kustomization");
    expect(kustomization?.namespace).toBe(NAMESPACE);
    expect([...(kustomization?.resources ?? [])].sort()).toEqual(
      k8sFiles.filter((f) => f !== "kustomization.yaml").sort(),
    );
    expect(find("Namespace", NAMESPACE)).toBeDefined();
  });

  it.each(REGIONS.map((region) => [region.code, region] as const))(
    "deploys %s from the region image with its own ConfigMap, Secret, Service and probes",
    (code, region) => {
      const name = regionResourceName(region);
      expect(objects(regionFileName(region)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
        `ConfigMap/${name}-config`,
        `Secret/${name}-secrets`,
        `Deployment/${name}`,
        `Service/${name}`,
      ]);
      const { config, secret, container } = expectWorkload(name, region.port);
      expect(config.data.REGION_CODE).toBe(code);
      expect(container.image).toBe("jamlik/region");
      expect(Object.keys(secret.stringData).sort()).toEqual(["DATABASE_URL", "SUBGRAPH_SECRETS"]);
    },
  );

  it("deploys national likewise", () => {
    const { secret, container } = expectWorkload("national", NATIONAL.port);
    expect(container.image).toBe("jamlik/national");
    expect(Object.keys(secret.stringData).sort()).toEqual(["DATABASE_URL", "SUBGRAPH_SECRETS"]);
  });

  it("deploys the gateway with probes, a CPU autoscaler and every subgraph URL on an existing Service", () => {
    const { deployment, config, secret, container } = expectWorkload("gateway", GATEWAY.port);
    expect(container.image).toBe("jamlik/gateway");
    expect(Object.keys(secret.stringData)).toEqual(["SUBGRAPH_SECRETS"]);
    // The autoscaler owns the replica count.
    expect(deployment.spec.replicas).toBeUndefined();
    const hpa = find<K8sObject & { spec: Record<string, unknown> }>("HorizontalPodAutoscaler", "gateway");
    expect(hpa.apiVersion).toBe("autoscaling/v2");
    expect(hpa.spec).toMatchObject({
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "gateway" },
      minReplicas: expect.any(Number),
      maxReplicas: expect.any(Number),
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization" } } }],
    });
    const keys = ["NATIONAL_URL", ...REGIONS.map((r) => `REGION_URL_${envKey(r.code)}`)];
    for (const key of keys) {
      const url = new URL(config.data[key] ?? "");
      const service = find<Service>("Service", url.hostname);
      expect(String(service.spec.ports[0]?.port), key).toBe(url.port);
      expect(url.pathname).toBe("/graphql");
    }
    expect(config.data.SUBGRAPH_TIMEOUT_MS).toBe("3000");
  });

  it("runs every pod as non-root with probes and resources, the dashboard included", () => {
    const deployments = all.filter((o) => o.kind === "Deployment") as Deployment[];
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      ["dashboard", "editor", "gateway", "national", ...REGIONS.map(regionResourceName)].sort(),
    );
    for (const deployment of deployments) {
      const container = deployment.spec.template.spec.containers[0];
      expect(deployment.spec.template.spec.securityContext?.runAsNonRoot, deployment.metadata.name).toBe(
        true,
      );
      expect(container?.readinessProbe, deployment.metadata.name).toBeDefined();
      expect(container?.livenessProbe, deployment.metadata.name).toBeDefined();
      expect(container?.resources?.limits, deployment.metadata.name).toBeDefined();
    }
    const dashboard = find<K8sObject & { data: Record<string, string> }>("ConfigMap", "dashboard-config");
    expect(dashboard.data.GATEWAY_URL).toBe(`http://gateway:${GATEWAY.port}/graphql`);
  });

  it("deploys the editor with the regions' admin URLs on existing Services and its client secret apart", () => {
    const { deployment, config, secret, container } = expectWorkload("editor", EDITOR.port);
    expect(container.image).toBe("jamlik/editor");
    expect(Object.keys(secret.stringData)).toEqual(["OIDC_CLIENT_SECRET"]);
    // Sessions are held in the pod's memory.
    expect(deployment.spec.replicas).toBe(1);
    for (const region of REGIONS) {
      const url = new URL(config.data[`REGION_ADMIN_URL_${envKey(region.code)}`] ?? "");
      expect(url.hostname).toBe(regionResourceName(region));
      const service = find<Service>("Service", url.hostname);
      expect(String(service.spec.ports[0]?.port)).toBe(url.port);
      expect(url.pathname).toBe("/admin/graphql");
      // The editor's access tokens carry the audience every region checks.
      const regionConfig = find<K8sObject & { data: Record<string, string> }>(
        "ConfigMap",
        `${regionResourceName(region)}-config`,
      );
      expect(config.data.OIDC_RESOURCE).toBe(regionConfig.data.AUTH_AUDIENCE);
    }
    // Placeholders that production refuses: the editor needs HTTPS for both.
    expect(config.data.PUBLIC_URL).toMatch(/^https:\/\/CHANGE_ME/);
    expect(config.data.OIDC_ISSUER).toMatch(/^https:\/\/CHANGE_ME/);
  });

  it("lets only the gateway and the editor reach the subgraphs", () => {
    const policy = find<K8sObject & { spec: Record<string, unknown> }>(
      "NetworkPolicy",
      "subgraphs-from-gateway-and-editor",
    );
    const component = (name: string) => ({
      podSelector: { matchLabels: { "app.kubernetes.io/component": name } },
    });
    expect(policy.spec).toMatchObject({
      podSelector: { matchLabels: { "app.kubernetes.io/component": "subgraph" } },
      ingress: [{ from: [component("gateway"), component("editor")] }],
    });
    for (const name of ["national", ...REGIONS.map(regionResourceName)]) {
      const deployment = find<Deployment>("Deployment", name);
      expect(deployment.spec.template.metadata.labels["app.kubernetes.io/component"], name).toBe("subgraph");
    }
  });
});
