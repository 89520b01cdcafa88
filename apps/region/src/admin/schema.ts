import { makeExecutableSchema } from "@graphql-tools/schema";
import { adminTypeDefs } from "@jamlik/schema";
import { adminResolvers } from "./resolvers/index.ts";

/** The region's admin API schema: separate from the federated one and never composed. */
export function adminSchema() {
  return makeExecutableSchema({ typeDefs: adminTypeDefs(), resolvers: adminResolvers });
}
