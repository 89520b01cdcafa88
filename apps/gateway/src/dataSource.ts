import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { RegionUnavailableError, SubgraphUnavailableError } from "@jamlik/schema";
import { injectTraceContext, REQUEST_ID_HEADER, SUBGRAPH_CREDENTIAL_HEADER } from "@jamlik/service";
import type { GraphQLError } from "graphql";
import type { GatewayContext } from "./context.ts";
import type { SubgraphStatus } from "./resilience/status.ts";
import { type SubgraphClient, SubgraphTimeoutError } from "./resilience/subgraphClient.ts";

export interface SubgraphInfo {
  name: string;
  url: string;
  /** ISO code of the region the subgraph serves; undefined for national. */
  regionCode?: string | undefined;
  regionName?: string | undefined;
}

export type FetchOutcome = "ok" | "error" | "timeout" | "circuit_open" | "invalid_response";

export interface DataSourceDeps {
  client: SubgraphClient;
  status: SubgraphStatus;
  /** The credential subgraphs require (SUBGRAPH_SECRETS). */
  credential?: string | undefined;
  observe?: (outcome: FetchOutcome, seconds: number) => void;
}

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>["process"]>>;

class InvalidSubgraphResponse extends Error {}
class SubgraphHttpError extends Error {}

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
 *
 * It sends what @apollo/gateway's RemoteGraphQLDataSource sends (the request without `http`, as
 * JSON) but builds its headers once and parses the answer once, with no fetch Request or Response
 * objects on the way: per answer, the gateway makes one of these calls for every region.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly headers: Record<string, string>;

  readonly info: SubgraphInfo;
  private readonly deps: DataSourceDeps;
  constructor(info: SubgraphInfo, deps: DataSourceDeps) {
    this.info = info;
    this.deps = deps;
    this.headers = {
      "content-type": "application/json",
      ...(deps.credential && { [SUBGRAPH_CREDENTIAL_HEADER]: deps.credential }),
    };
  }

  private async send({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!request.query) throw new Error("Missing query");
    const headers = { ...this.headers };
    if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    injectTraceContext({ set: (name, value) => (headers[name] = value) });
    const { http: _http, ...body } = request;
    const answer = await this.deps.client.post(this.info.url, headers, JSON.stringify(body));
    if (answer.status < 200 || answer.status >= 300) throw new SubgraphHttpError(`answered ${answer.status}`);
    const response = JSON.parse(answer.text) as SubgraphResponse;
    checkShape(response, request.variables);
    return response;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { status } = this.deps;
    if (!status.circuit.allow()) {
      this.deps.observe?.("circuit_open", 0);
      throw this.unavailable();
    }
    const started = performance.now();
    try {
      const response = await this.send(options);
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
