import { composeServices } from "@apollo/composition";
import { GATEWAY, localUrl, NATIONAL, type RegionEntry, STATUS } from "@jamlik/registry";
import { nationalTypeDefs, regionTypeDefs, statusTypeDefs } from "@jamlik/schema";

export class CompositionError extends Error {
  readonly messages: string[];
  constructor(messages: string[]) {
    super(`Supergraph composition failed:\n  ${messages.join("\n  ")}`);
    this.messages = messages;
    this.name = "CompositionError";
  }
}

/** The subgraphs of the federation as the registry describes them. */
export function subgraphDefinitions(regions: readonly RegionEntry[]) {
  return [
    { name: NATIONAL.subgraphName, url: localUrl(NATIONAL.port), typeDefs: nationalTypeDefs(regions) },
    ...regions.map((region) => ({
      name: region.subgraphName,
      url: localUrl(region.port),
      typeDefs: regionTypeDefs(region),
    })),
    {
      name: STATUS.subgraphName,
      url: `http://127.0.0.1:${GATEWAY.port}${STATUS.path}`,
      typeDefs: statusTypeDefs(),
    },
  ];
}

/** Composes the supergraph SDL from the registry and the subgraph schemas; throws on errors. */
export function composeSupergraph(regions: readonly RegionEntry[]): {
  supergraphSdl: string;
  hints: string[];
} {
  const result = composeServices(subgraphDefinitions(regions));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
