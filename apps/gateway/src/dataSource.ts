import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import { RegionUnavailableError, SubgraphUnavailableError } from "@jamlik/schema";
import { injectTraceContext, REQUEST_ID_HEADER, SUBGRAPH_CREDENTIAL_HEADER } from "@jamlik/service";
import type { GraphQLError } from "graphql";
import type { GatewayContext } from "./context.ts";
import { SubgraphTimeoutError } from "./resilience/fetcher.ts";
import type { SubgraphStatus } from "./resilience/status.ts";

export interface SubgraphInfo {
  name: string;
  url: string;
  /** ISO code of the region the subgraph serves; undefined for national. */
  regionCode?: string | undefined;
  regionName?: string | undefined;
}

export type FetchOutcome = "ok" | "error" | "timeout" | "circuit_open" | "invalid_response";

export interface DataSourceDeps {
  fetcher: Fetcher;
  status: SubgraphStatus;
  /** The credential subgraphs require (SUBGRAPH_SECRETS). */
  credential?: string | undefined;
  observe?: (outcome: FetchOutcome, seconds: number) => void;
}

class InvalidSubgraphResponse extends Error {}

/** A subgraph answer the gateway can use: GraphQL's shape, and one entity per representation asked for. */
function checkShape(
  response: { data?: unknown; errors?: unknown },
  variables: Record<string, unknown> | undefined,
) {
  if (
    typeof response !== "object" ||
    response === null ||
    (!("data" in response) && !("errors" in response))
  ) {
    throw new InvalidSubgraphResponse("not a GraphQL response");
  }
  const representations = variables?.representations;
  if (Array.isArray(representations) && response.data !== null && response.data !== undefined) {
    const entities = (response.data as { _entities?: unknown })._entities;
    if (!Array.isArray(entities) || entities.length !== representations.length) {
      throw new InvalidSubgraphResponse("wrong number of entities");
    }
  }
}

/**
 * A subgraph fetch with the gateway's credential and request id, a deadline, a circuit breaker and
 * a status record. Any failure (refused, reset, slow, garbage) becomes a coded error naming the
 * region, so the client learns which region is missing and never the subgraph's internals.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly info: SubgraphInfo,
    private readonly deps: DataSourceDeps,
  ) {
    super({ url: info.url, fetcher: deps.fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (this.deps.credential) request.http?.headers.set(SUBGRAPH_CREDENTIAL_HEADER, this.deps.credential);
    if (request.http) injectTraceContext(request.http.headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { status } = this.deps;
    if (!status.circuit.allow()) {
      this.deps.observe?.("circuit_open", 0);
      throw this.unavailable();
    }
    const started = performance.now();
    try {
      const response = await super.process(options);
      checkShape(response, options.request.variables);
      const ms = performance.now() - started;
      status.succeeded(ms);
      this.deps.observe?.("ok", ms / 1000);
      return response;
    } catch (error) {
      const outcome: FetchOutcome =
        error instanceof SubgraphTimeoutError
          ? "timeout"
          : error instanceof InvalidSubgraphResponse || error instanceof SyntaxError
            ? "invalid_response"
            : "error";
      status.failed(
        { timeout: "no answer in time", invalid_response: "answered something that is not GraphQL" }[
          outcome as string
        ] ?? "could not be reached or answered with an error",
      );
      this.deps.observe?.(outcome, (performance.now() - started) / 1000);
      options.context.log?.warn({ err: error, subgraph: this.info.name, outcome }, "subgraph fetch failed");
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
