import { readFileSync } from "node:fs";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { adminResolvers } from "./resolvers.ts";

const typeDefs = readFileSync(new URL("./admin.graphql", import.meta.url), "utf8");

/** The region's admin schema: separate from the federated one and never composed. */
export function adminSchema() {
  return makeExecutableSchema({ typeDefs, resolvers: adminResolvers as never });
}
