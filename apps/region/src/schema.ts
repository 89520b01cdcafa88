import type { RegionEntry } from "@jamlik/registry";
import { buildSubgraph, regionTypeDefs } from "@jamlik/schema";
import type { Resolvers } from "./generated/resolvers.ts";
import { Basutbud, CareUnit, CoverageGap, MunicipalityCoverage, Offering } from "./resolvers/CareUnit.ts";
import {
  ActionPlan,
  Activity,
  Audit,
  Decision,
  Event,
  Finding,
  Recommendation,
  RecommendationDecisionLink,
} from "./resolvers/FollowUp.ts";
import { Goal, Measurement } from "./resolvers/Measurement.ts";
import { Region } from "./resolvers/Region.ts";

/** The subgraph schema of one region deployment: the shared shape under the region's type name. */
export function regionSubgraphSchema(region: Pick<RegionEntry, "typeName">) {
  const resolvers: Omit<Resolvers, "OwnRegion"> & Record<string, object> = {
    [region.typeName]: Region,
    CareUnit,
    Offering,
    Basutbud,
    CoverageGap,
    MunicipalityCoverage,
    Measurement,
    Goal,
    Decision,
    Audit,
    Recommendation,
    RecommendationDecisionLink,
    ActionPlan,
    Activity,
    Finding,
    Event,
  };
  return buildSubgraph(regionTypeDefs(region), resolvers);
}
