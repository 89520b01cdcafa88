import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { RegionEntry } from "@jamlik/registry";
import { createService, type Logger, type Service } from "@jamlik/service";
import type { GatewayContext } from "./context.ts";
import { SubgraphDataSource } from "./dataSource.ts";
import { explorerRoute } from "./explorer.ts";

export interface GatewayServerOptions {
  logger: Logger;
  regions: readonly RegionEntry[];
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  production?: boolean;
}

/** The federated gateway over the static supergraph; does not listen. */
export async function createGatewayServer(options: GatewayServerOptions): Promise<Service<GatewayContext>> {
  const { logger, regions } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const region = regions.find((r) => r.subgraphName === name);
      return new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name] ?? url ?? "",
        regionCode: region?.code,
        regionName: region?.name,
      });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  return createService({
    logger,
    apollo,
    context: ({ requestId, log }) => ({ requestId, log }),
    ready: async () => {},
    routes: { "/": explorerRoute, "/explorer": explorerRoute },
  });
}
