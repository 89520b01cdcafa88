import { DASHBOARD, DEV_IDP, EDITOR, GATEWAY, NATIONAL } from "@jamlik/registry";

/** What differs between the images; everything else is one template (dockerfile.ts). */
export interface ImageApp {
  /** The folder under apps/ and the image's name (jamlik/<app>). */
  app: string;
  /** The workspace turbo prunes the repository to. */
  workspace: string;
  /** The port it listens on unless PORT says otherwise. */
  port: number;
  /** What the image is, for its head comment. */
  about: string;
  /** A `docker run` line for the head comment. */
  run: string;
  /** Node flags before the entry point. */
  nodeFlags?: readonly string[];
  /** A browser bundle built with the development dependencies (`npm run build -w <workspace>`). */
  bundle?: boolean;
  /** NODE_ENV in the image (production unless the app refuses it). */
  nodeEnv?: "production" | "development";
  /** Files of other workspaces the app reads at run time: [from (in the repository), to (in /app)]. */
  extraFiles?: readonly (readonly [string, string])[];
  /** Extra ENV lines. */
  env?: Readonly<Record<string, string>>;
}

export const IMAGE_APPS: readonly ImageApp[] = [
  {
    app: "gateway",
    workspace: "@jamlik/gateway",
    port: GATEWAY.port,
    about:
      "The federated gateway (@apollo/gateway) over the committed supergraph (apps/gateway/supergraph.graphql;\n# SUPERGRAPH_PATH points elsewhere) and the dashboard's persisted operations.",
    run: "docker run --rm -p 4000:4000 -e NATIONAL_URL=http://national:4001/graphql \\\n#     -e REGION_URL_SE_BD=http://region-se-bd:4101/graphql ... -e SUBGRAPH_SECRETS=... jamlik/gateway",
    nodeFlags: GATEWAY.nodeFlags,
    extraFiles: [
      [
        "apps/dashboard/src/app/graphql/generated/persisted-documents.json",
        "apps/gateway/persisted-documents.json",
      ],
    ],
    env: {
      PERSISTED_OPERATIONS_PATH: "/app/apps/gateway/persisted-documents.json",
      APOLLO_TELEMETRY_DISABLED: "1",
    },
  },
  {
    app: "national",
    workspace: "@jamlik/national",
    port: NATIONAL.port,
    about:
      "The national subgraph: the service catalog, the metric catalog and population, on its own PostgreSQL.",
    run: "docker run --rm -p 4001:4001 -e DATABASE_URL=postgres://... -e SUBGRAPH_SECRETS=... jamlik/national",
    env: { APOLLO_TELEMETRY_DISABLED: "1" },
  },
  {
    app: "region",
    workspace: "@jamlik/region",
    port: 4100,
    about:
      "The regional subgraph: ONE image for every region. REGION_CODE (SE-BD, SE-U, SE-N, ...) picks the region at\n# run time; each region runs its own container on its own PostgreSQL (DATABASE_URL). It listens on 4100\n# unless PORT says otherwise; compose and Kubernetes set each region's registry port.",
    run: "docker run --rm -p 4101:4101 -e REGION_CODE=SE-BD -e PORT=4101 -e DATABASE_URL=postgres://... \\\n#     -e SUBGRAPH_SECRETS=... jamlik/region",
    env: { APOLLO_TELEMETRY_DISABLED: "1" },
  },
  {
    app: "dashboard",
    workspace: "@jamlik/dashboard",
    port: DASHBOARD.port,
    about:
      "The comparison dashboard: the bundled Swedish web app and the small server that passes its GraphQL\n# requests on to the gateway (GATEWAY_URL).",
    run: "docker run --rm -p 3000:3000 -e GATEWAY_URL=http://gateway:4000/graphql jamlik/dashboard",
    bundle: true,
  },
  {
    app: "editor",
    workspace: "@jamlik/editor",
    port: EDITOR.port,
    about:
      "The regions' editing app: the bundled Swedish web app and its server, which signs users in with the\n# region's OpenID Connect provider and passes their requests on to their region's admin API.",
    run: "docker run --rm -p 3001:3001 -e PUBLIC_URL=https://redigera.example.se \\\n#     -e OIDC_ISSUER=https://login.example.se -e OIDC_CLIENT_SECRET=... \\\n#     -e REGION_ADMIN_URL_SE_BD=http://region-se-bd:4101/admin/graphql ... jamlik/editor",
    bundle: true,
  },
  {
    app: "dev-idp",
    workspace: "@jamlik/dev-idp",
    port: DEV_IDP.port,
    about:
      "The DEVELOPMENT identity provider (oidc-provider with the demo users): for trying the editor and for the\n# image tests, never for production (it refuses NODE_ENV=production; a region signs in with its own IdP).",
    run: "docker run --rm -p 4010:4010 -e ISSUER_URL=http://127.0.0.1:4010 -e EDITOR_URL=http://127.0.0.1:3001 \\\n#     -e EDITOR_CLIENT_SECRET=... jamlik/dev-idp",
    nodeEnv: "development",
  },
];
