import { buildSubgraph, statusTypeDefs } from "@jamlik/schema";
import type { SubgraphHealth } from "./resilience/status.ts";

/** The gateway's own subgraph: `regionStatus`, answered from the status records. */
export function statusSubgraphSchema(regions: () => SubgraphHealth[]) {
  return buildSubgraph(statusTypeDefs(), {
    Query: {
      regionStatus: () =>
        regions().map((health) => ({
          code: health.regionCode,
          name: health.regionName,
          state: health.state.toUpperCase(),
          lastSuccess: health.lastSuccess,
          lastFailure: health.lastFailure,
          latencyMs: health.latencyMs,
          consecutiveFailures: health.consecutiveFailures,
          lastError: health.lastError,
        })),
    },
  });
}
