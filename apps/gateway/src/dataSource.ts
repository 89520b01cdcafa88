import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { RegionUnavailableError, SubgraphUnavailableError } from "@jamlik/schema";
import { REQUEST_ID_HEADER } from "@jamlik/service";
import type { GraphQLError } from "graphql";
import type { GatewayContext } from "./context.ts";

export interface SubgraphInfo {
  name: string;
  url: string;
  /** ISO code of the region the subgraph serves; undefined for national. */
  regionCode?: string | undefined;
  regionName?: string | undefined;
}

/**
 * A subgraph fetch that passes the request id on and turns a failed fetch (refused, reset,
 * garbage) into a coded error naming the region, so the client sees which region is missing
 * and never the subgraph's internal URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(readonly info: SubgraphInfo) {
    super({ url: info.url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      options.context.log?.warn({ err: error, subgraph: this.info.name }, "subgraph fetch failed");
      throw this.unavailable();
    }
  }

  private unavailable(): GraphQLError {
    const { regionCode, regionName, name } = this.info;
    if (regionCode) {
      return new RegionUnavailableError(
        regionCode,
        `${regionName ?? regionCode} (${regionCode}) is unavailable`,
      );
    }
    return new SubgraphUnavailableError(name);
  }
}
