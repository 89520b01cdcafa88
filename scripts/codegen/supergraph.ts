import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { printSchema } from "graphql";

/** The gateway's public schema: the API schema of the committed supergraph (what clients may ask). */
export function apiSchemaSdl(): string {
  const supergraphSdl = readFileSync(
    new URL("../../apps/gateway/supergraph.graphql", import.meta.url),
    "utf8",
  );
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}
