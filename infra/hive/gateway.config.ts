/**
 * Hive Gateway over Jämlik's committed supergraph, configured from the same environment as our
 * own gateway (apps/gateway), so either can sit in front of the same subgraphs:
 *
 *   npx hive-gateway supergraph apps/gateway/supergraph.graphql --config-path infra/hive/gateway.config.ts
 *
 * - NATIONAL_URL and REGION_URL_<CODE> (for example REGION_URL_SE_BD) override the subgraph URLs
 *   written in the supergraph; any other subgraph `<name>` takes `<NAME>_URL` (STATUS_URL).
 * - SUBGRAPH_SECRETS is sent to every subgraph as `x-jamlik-subgraph-credential`; without it the
 *   subgraphs (which require SUBGRAPH_SECRETS in production) refuse every request.
 * - SUBGRAPH_TIMEOUT_MS (default 3000) bounds every subgraph request.
 * - PORT (default 4000) and HOST (default 0.0.0.0); /health and /ready as on our services.
 *
 * Only node built-ins, ./subgraphs.ts and @graphql-hive/gateway are imported, so the file also runs in the
 * official Hive Gateway image (mount it with the supergraph; see docs/deployment.md).
 */
import { readFileSync } from "node:fs";
import { defineConfig } from "@graphql-hive/gateway";
import {
  DEFAULT_SUPERGRAPH_PATH,
  SUBGRAPH_CREDENTIAL_HEADER,
  subgraphUrlVariable,
  supergraphSubgraphs,
} from "./subgraphs.ts";

/** Passed on so that one request can be followed through every service's log. */
const REQUEST_ID_HEADER = "x-request-id";

/** Read once here; Hive Gateway itself also reads PORT and HOST (its CLI options win over this file). */
const env: Record<string, string | undefined> = process.env;

function positiveInteger(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

const supergraphPath = env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH;
const subgraphs = supergraphSubgraphs(readFileSync(supergraphPath, "utf8"));
// The first of the list, as our gateway sends it.
const secret = env.SUBGRAPH_SECRETS?.split(",")[0]?.trim() || undefined;

/** Subgraph name → URL from the environment; subgraphs without one keep the supergraph's URL. */
const transportEntries = Object.fromEntries(
  subgraphs.flatMap(({ name }) => {
    const location = env[subgraphUrlVariable(name)];
    return location ? [[name, { location }]] : [];
  }),
);

export const gatewayConfig = defineConfig({
  supergraph: supergraphPath,
  port: positiveInteger("PORT", 4000),
  host: env.HOST || "0.0.0.0",
  transportEntries,
  // Every subgraph request gets the gateway's credential; nothing from the client is passed on
  // except the request id (a client's own credential header is never forwarded).
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      ...(secret ? { [SUBGRAPH_CREDENTIAL_HEADER]: secret } : {}),
      [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
    }),
  },
  upstreamTimeout: positiveInteger("SUBGRAPH_TIMEOUT_MS", 3000),
  healthCheckEndpoint: "/health",
  readinessCheckEndpoint: "/ready",
  // As our gateway: no introspection and no explorer in production.
  ...(env.NODE_ENV === "production" ? { disableIntrospection: {}, graphiql: false } : {}),
});
