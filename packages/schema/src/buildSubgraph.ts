import { buildSubgraphSchema } from "@apollo/subgraph";
import type { DocumentNode, GraphQLSchema } from "graphql";

type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: DocumentNode }>;

/**
 * `buildSubgraphSchema` with resolver maps typed by their own modules; the one cast to
 * Apollo's loose resolver map type lives here.
 */
export function buildSubgraph(typeDefs: DocumentNode, resolvers: Record<string, object>): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as SubgraphModule["resolvers"] });
}
