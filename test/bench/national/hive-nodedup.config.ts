/**
 * Hive Gateway exactly as infra/hive/gateway.config.ts configures it, with its in-flight request
 * deduplication (on by default) turned off: identical subgraph requests sent while one is in flight
 * are then each sent, as our gateway and the floor send them. The benchmark's "B, no dedup" row.
 */
import { gatewayConfig as base } from "../../../infra/hive/gateway.config.ts";

// Hive Gateway's own documented switch (HTTPTransportOptions of @graphql-mesh/transport-http).
export const gatewayConfig = {
  ...base,
  transportEntries: {
    ...base.transportEntries,
    "*.http": { options: { deduplicateInflightRequests: false } },
  },
};
