import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Supergraph } from "@apollo/federation-internals";
import { printSchema } from "graphql";

/** The gateway's public schema: the API schema of the committed supergraph (what clients may ask). */
export function apiSchemaSdl(): string {
  const supergraphSdl = readFileSync(
    createRequire(import.meta.url).resolve("@jamlik/gateway/supergraph.graphql"),
    "utf8",
  );
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}
