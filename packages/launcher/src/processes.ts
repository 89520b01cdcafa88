import { createRequire } from "node:module";
import {
  DASHBOARD,
  DEV_IDP,
  EDITOR,
  envKey,
  GATEWAY,
  localUrl,
  NATIONAL,
  type RegionEntry,
} from "@jamlik/registry";

const require = createRequire(import.meta.url);

/** Each app's entry point as its package declares it: resolved, never imported (each runs as a process). */
const ENTRY_POINTS: Record<string, () => string> = {
  region: () => require.resolve("@jamlik/region"),
  national: () => require.resolve("@jamlik/national"),
  gateway: () => require.resolve("@jamlik/gateway"),
  dashboard: () => require.resolve("@jamlik/dashboard"),
  editor: () => require.resolve("@jamlik/editor"),
  "dev-idp": () => require.resolve("@jamlik/dev-idp"),
};

export function appEntry(app: string): string {
  const entryPoint = ENTRY_POINTS[app];
  if (!entryPoint) throw new Error(`no app ${app} (apps: ${Object.keys(ENTRY_POINTS).join(", ")})`);
  return entryPoint();
}
const entry = appEntry;

/** The dashboard's persisted documents (`npm run codegen`): the gateway answers them by hash. */
export const DASHBOARD_DOCUMENTS = require.resolve("@jamlik/dashboard/persisted-documents.json");

export interface ProcessSpec {
  name: string;
  entry: string;
  port: number;
  env: Record<string, string>;
  /** Path that answers 200 once the process can serve. */
  readyPath: string;
  /** Node's own flags, before the entry. */
  nodeFlags?: readonly string[];
  /** The PGlite folder the process keeps its data in (embedded storage), when it has one. */
  embeddedFolder?: string;
}

export interface StackLayout {
  regions: readonly RegionEntry[];
  gatewayPort?: number;
  nationalPort?: number;
  /** Region code → port; the registry's ports by default. */
  regionPorts?: Record<string, number>;
  /** Folder for the PGlite data of every service (one sub-folder each) when no database URL is given. */
  dataRoot?: string;
  /** Service name (`national` or a region code) → PostgreSQL URL. */
  databaseUrls?: Record<string, string>;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  /** Extra environment for the gateway only (it wins over the defaults, e.g. a region URL). */
  gatewayEnv?: Record<string, string>;
  /** Also start the comparison dashboard (apps/dashboard), on `port` (default 3000), reading this gateway. */
  dashboard?: { port?: number };
  /**
   * Also start the regions' editing app (apps/editor) and the development identity provider
   * (apps/dev-idp) it signs in with; the regions then also accept that provider's tokens.
   */
  editor?: { port?: number; idpPort?: number; clientSecret: string };
}

/** The issuer of the CLI's development tokens (`jamlik token`). */
const CLI_ISSUER = "jamlik-dev";

/** Node's own flags for an app, wherever the launcher starts it (the gateway's come from the registry). */
export const appNodeFlags = (app: string): readonly string[] => (app === "gateway" ? GATEWAY.nodeFlags : []);

/** The dashboard's port in the local stack. */
export const DASHBOARD_PORT = DASHBOARD.port;

/** A service's database: its URL when given, else PGlite in `<dataRoot>/<folder>` (the services' own default names). */
function storage(layout: StackLayout, name: string, folder: string): Record<string, string> {
  const url = layout.databaseUrls?.[name];
  if (url) return { DATABASE_URL: url };
  return layout.dataRoot ? { DATA_DIR: `${layout.dataRoot}/${folder}` } : {};
}

/** The spec's PGlite folder, read back from its environment. */
const withEmbeddedFolder = (spec: ProcessSpec): ProcessSpec =>
  spec.env.DATA_DIR ? { ...spec, embeddedFolder: spec.env.DATA_DIR } : spec;

/** The processes of the whole system: national, one per region, the gateway, then the dashboard if asked for. */
export function stackProcesses(layout: StackLayout): ProcessSpec[] {
  const nationalPort = layout.nationalPort ?? NATIONAL.port;
  const regionPort = (region: RegionEntry) => layout.regionPorts?.[region.code] ?? region.port;
  const common = { APOLLO_TELEMETRY_DISABLED: "1", ...layout.env };
  const national: ProcessSpec = {
    name: "national",
    entry: entry("national"),
    port: nationalPort,
    readyPath: "/ready",
    env: { ...common, PORT: String(nationalPort), ...storage(layout, "national", "national") },
  };
  const idpPort = layout.editor?.idpPort ?? DEV_IDP.port;
  const editorPort = layout.editor?.port ?? EDITOR.port;
  const issuer = `http://127.0.0.1:${idpPort}`;
  // With the editor, the regions verify the provider's tokens (JWKS) beside the CLI's (secret).
  const regionAuth: Record<string, string> = layout.editor
    ? { AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_ISSUER: issuer, AUTH_DEV_ISSUER: CLI_ISSUER }
    : {};
  const regions = layout.regions.map(
    (region): ProcessSpec => ({
      name: region.code,
      entry: entry("region"),
      port: regionPort(region),
      readyPath: "/ready",
      env: {
        ...common,
        ...regionAuth,
        REGION_CODE: region.code,
        PORT: String(regionPort(region)),
        ...storage(layout, region.code, `region-${region.code}`),
      },
    }),
  );
  const gatewayPort = layout.gatewayPort ?? GATEWAY.port;
  const gateway: ProcessSpec = {
    name: "gateway",
    entry: entry("gateway"),
    nodeFlags: appNodeFlags("gateway"),
    port: gatewayPort,
    readyPath: "/ready",
    env: {
      ...common,
      PORT: String(gatewayPort),
      NATIONAL_URL: localUrl(nationalPort),
      ...Object.fromEntries(
        layout.regions.map((region) => [`REGION_URL_${envKey(region.code)}`, localUrl(regionPort(region))]),
      ),
      // The dashboard's server, on this machine, forwards its visitors: the rate limit counts them, not it.
      ...(layout.dashboard ? { TRUSTED_PROXIES: "127.0.0.1,::1,::ffff:127.0.0.1" } : {}),
      PERSISTED_OPERATIONS_PATH: DASHBOARD_DOCUMENTS,
      ...layout.gatewayEnv,
    },
  };
  const specs = [...[national, ...regions].map(withEmbeddedFolder), gateway];
  if (layout.dashboard) {
    const dashboardPort = layout.dashboard.port ?? DASHBOARD_PORT;
    specs.push({
      name: "dashboard",
      entry: entry("dashboard"),
      port: dashboardPort,
      readyPath: "/ready",
      env: { ...common, PORT: String(dashboardPort), GATEWAY_URL: localUrl(gatewayPort) },
    });
  }
  if (layout.editor) {
    const editorUrl = `http://127.0.0.1:${editorPort}`;
    specs.push(
      {
        name: "dev-idp",
        entry: entry("dev-idp"),
        port: idpPort,
        readyPath: "/ready",
        env: {
          ...common,
          PORT: String(idpPort),
          EDITOR_URL: editorUrl,
          EDITOR_CLIENT_SECRET: layout.editor.clientSecret,
        },
      },
      {
        name: "editor",
        entry: entry("editor"),
        port: editorPort,
        readyPath: "/ready",
        env: {
          ...common,
          PORT: String(editorPort),
          PUBLIC_URL: editorUrl,
          OIDC_ISSUER: issuer,
          OIDC_CLIENT_SECRET: layout.editor.clientSecret,
          GATEWAY_URL: localUrl(gatewayPort),
          ...Object.fromEntries(
            layout.regions.map((region) => [
              `REGION_ADMIN_URL_${envKey(region.code)}`,
              `http://127.0.0.1:${regionPort(region)}/admin/graphql`,
            ]),
          ),
        },
      },
    );
  }
  return specs;
}
