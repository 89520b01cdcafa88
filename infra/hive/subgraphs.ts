/**
 * What infra/hive/gateway.config.ts needs to know about the supergraph, without dependencies (the
 * config also runs in the official Hive Gateway image); the tests use it for the Router config too.
 */
import { fileURLToPath } from "node:url";

/** The header our subgraphs check (packages/service/src/subgraphCredential.ts). */
export const SUBGRAPH_CREDENTIAL_HEADER = "x-jamlik-subgraph-credential";
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(
  new URL("../../apps/gateway/supergraph.graphql", import.meta.url),
);

export interface SupergraphSubgraph {
  /** Subgraph name as in `@join__graph(name:)`, for example `region_se_bd`. */
  name: string;
  /** URL written in the supergraph (the local stack's). */
  url: string;
}

/** The subgraphs of a supergraph: the values of its `join__Graph` enum. */
export function supergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  const enumBody = /enum\s+join__Graph\s*\{([^}]*)\}/.exec(supergraphSdl)?.[1];
  if (!enumBody) throw new Error("the supergraph has no join__Graph enum");
  const graph = /@join__graph\(\s*name:\s*"([^"]+)"\s*,?\s*url:\s*"([^"]*)"\s*\)/g;
  return [...enumBody.matchAll(graph)].map((match) => ({ name: match[1] ?? "", url: match[2] ?? "" }));
}

/**
 * The environment variable overriding a subgraph's URL, the same as our gateway reads:
 * `national` → NATIONAL_URL, `region_se_bd` → REGION_URL_SE_BD, any other `name` → NAME_URL.
 */
export function subgraphUrlVariable(subgraphName: string): string {
  const region = /^region_(.+)$/.exec(subgraphName);
  if (region) return `REGION_URL_${region[1]?.toUpperCase()}`;
  return `${subgraphName.toUpperCase()}_URL`;
}
