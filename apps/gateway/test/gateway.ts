import { readFileSync } from "node:fs";
import { REGIONS } from "@jamlik/registry";
import { createLogger } from "@jamlik/service";
import { createGatewayServer, type GatewayServerConfig } from "../src/server.ts";

const supergraphSdl = readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8");
export const STATUS_QUERY = "{ regionStatus { code state } }";

/** A gateway on a free port; regionStatus is answered by the gateway itself, so no subgraph is needed. */
export async function startGateway(overrides: Partial<GatewayServerConfig>) {
  const service = await createGatewayServer({
    logger: createLogger("test", "silent"),
    regions: REGIONS,
    supergraphSdl,
    subgraphUrls: {},
    subgraphSecret: undefined,
    subgraphTimeoutMs: 500,
    subgraphMaxSockets: 4,
    deduplicateSubgraphRequests: true,
    shareIdenticalRequests: true,
    compiledResultShaping: { mode: "on", verifyShare: 0 },
    circuit: { failureThreshold: 3, cooldownMs: 1000 },
    probeIntervalMs: 60_000,
    rateLimitPerMinute: 1000,
    trustedProxies: [],
    persistedOperationsPath: undefined,
    persistedOperationsOnly: false,
    production: true,
    responseCache: undefined,
    ...overrides,
  });
  const url = `http://127.0.0.1:${await service.listen(0)}/graphql`;
  return { service, url };
}
