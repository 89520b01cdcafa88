import type { RegionEntry } from "@jamlik/registry";
import { buildSubgraph, nationalTypeDefs } from "@jamlik/schema";
import type { Resolvers } from "./generated/resolvers.ts";
import { Metric, Service } from "./resolvers/Catalog.ts";
import { Query } from "./resolvers/Query.ts";
import { Region } from "./resolvers/Region.ts";

export function nationalSubgraphSchema(regions: readonly RegionEntry[]) {
  const resolvers: Omit<Resolvers, "Region" | "OwnRegion"> & { Region: typeof Region } = {
    Query,
    Region,
    Service,
    Metric,
  };
  return buildSubgraph(nationalTypeDefs(regions), resolvers);
}
