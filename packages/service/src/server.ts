import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { Logger } from "pino";
import { parseBody, readBody } from "./body.ts";
import {
  createHttpService,
  REQUEST_ID_HEADER,
  type RequestInfo,
  type RouteHandler,
  sendJson,
} from "./http.ts";
import { metricsPlugin, type ServiceMetrics } from "./metrics.ts";
import { operationGuard } from "./operationGuard.ts";

/** One GraphQL schema served on one path, for example the federated /graphql or /admin/graphql. */
export interface GraphqlEndpoint {
  path: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  handle(info: RequestInfo, res: ServerResponse): Promise<void>;
  /** Counts the endpoint's GraphQL operations; called before `start`. */
  instrument?(metrics: ServiceMetrics): void;
}

export interface GraphqlEndpointOptions<TAuth> {
  bodyLimitBytes?: number;
  /**
   * Runs on the headers alone, before the body is read or parsed: a caller without the right to
   * ask costs no more than that. Throws `RequestRejected`; its result is passed to the context.
   */
  authenticate?: (info: RequestInfo) => Promise<TAuth>;
  /**
   * Identical POSTs in flight at the same moment (same body, content type and accept header) run
   * once: the others wait for that answer's bytes and get them as their own. Each still builds its
   * context first (rate limit, authentication), so none skips a check; one whose context fails is
   * answered on its own. For read-only public endpoints whose answer depends on nothing else.
   */
  shareIdenticalInFlight?: boolean;
}

/** A complete answer as it went out, to give to the identical requests that waited for it. */
interface SharedAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

export function graphqlEndpoint<TContext extends BaseContext, TAuth = undefined>(
  path: string,
  apollo: ApolloServer<TContext>,
  context: (info: RequestInfo, auth: TAuth) => Promise<TContext> | TContext,
  options: GraphqlEndpointOptions<TAuth> = {},
): GraphqlEndpoint {
  const bodyLimitBytes = options.bodyLimitBytes ?? 1_000_000;
  const inFlight = new Map<string, Promise<SharedAnswer | undefined>>();
  const send = (res: ServerResponse, info: RequestInfo, answer: SharedAnswer) => {
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.setHeader(REQUEST_ID_HEADER, info.requestId);
    res.statusCode = answer.status;
    res.end(answer.body);
  };
  return {
    path,
    start: () => {
      // Every endpoint answers an operation that cannot run as a client error, never a 500.
      apollo.addPlugin(operationGuard<TContext>());
      return apollo.start();
    },
    stop: () => apollo.stop(),
    instrument: (metrics) => apollo.addPlugin(metricsPlugin<TContext>(metrics, path)),
    handle: async (info, res) => {
      const { req } = info;
      const auth = options.authenticate ? await options.authenticate(info) : (undefined as TAuth);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      const raw = req.method === "POST" ? await readBody(req, bodyLimitBytes) : "";
      const key =
        options.shareIdenticalInFlight && req.method === "POST"
          ? `${req.headers["content-type"]}\n${req.headers.accept}\n${url.search}\n${raw}`
          : undefined;
      const leader = key === undefined ? undefined : inFlight.get(key);
      if (leader) {
        const ownContext = await Promise.resolve()
          .then(() => context(info, auth))
          .then(
            () => true,
            () => false,
          );
        const answer = ownContext ? await leader : undefined;
        if (answer) return send(res, info, answer);
      }
      const execution = apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: url.search,
          body: parseBody(raw, req.headers["content-type"]),
        },
        context: () => Promise.resolve(context(info, auth)),
      });
      if (key !== undefined && !leader) {
        // Followers get the bytes only of a complete answer to a request whose own context held.
        const shared = execution.then(
          (response) =>
            response.body.kind === "complete" && response.status !== 429 && response.status !== 401
              ? { status: response.status ?? 200, headers: [...response.headers], body: response.body.string }
              : undefined,
          () => undefined,
        );
        inFlight.set(key, shared);
        void shared.finally(() => inFlight.delete(key));
      }
      const response = await execution;
      if (response.body.kind === "complete") {
        return send(res, info, {
          status: response.status ?? 200,
          headers: [...response.headers],
          body: response.body.string,
        });
      }
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.setHeader(REQUEST_ID_HEADER, info.requestId);
      res.statusCode = response.status ?? 200;
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    },
  };
}

export interface ServiceOptions<TContext extends BaseContext> {
  logger: Logger;
  apollo: ApolloServer<TContext>;
  /** Builds the GraphQL context of one request. */
  context: (info: RequestInfo) => Promise<TContext> | TContext;
  /** Resolves when the service can serve (its database answers), optionally with details for `/ready`. */
  ready: () => Promise<unknown>;
  /** Extra routes by exact path, for example an API explorer. */
  routes?: Record<string, RouteHandler>;
  /** More GraphQL schemas on paths of their own (for example the region's admin API). */
  endpoints?: GraphqlEndpoint[];
  graphqlPath?: string;
  bodyLimitBytes?: number;
  /**
   * Admits requests to the main GraphQL endpoint (the federated schema of a subgraph); others get
   * 401 with nothing else. Health, readiness, metrics and other endpoints are not guarded.
   */
  guard?: (req: IncomingMessage) => boolean;
  /** Runs on close after the HTTP server stopped, for example closing the database. */
  onClose?: () => Promise<void>;
  /** See `GraphqlEndpointOptions.shareIdenticalInFlight`; for the main endpoint. */
  shareIdenticalInFlight?: boolean;
  /**
   * Serves `GET /metrics` (Prometheus, unguarded) and counts every request by matched route and
   * every GraphQL operation of every endpoint.
   */
  metrics?: ServiceMetrics;
}

export interface Service<TContext extends BaseContext = BaseContext> {
  server: Server;
  apollo: ApolloServer<TContext>;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * A GraphQL service on the HTTP base (`createHttpService`): Apollo Server on `/graphql`, more
 * GraphQL endpoints on paths of their own, and the base's health, readiness, metrics and shutdown.
 */
export async function createService<TContext extends BaseContext>(
  options: ServiceOptions<TContext>,
): Promise<Service<TContext>> {
  const { apollo, metrics, guard } = options;
  const main = graphqlEndpoint(options.graphqlPath ?? "/graphql", apollo, options.context, {
    bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
    ...(options.shareIdenticalInFlight && { shareIdenticalInFlight: true }),
  });
  const endpoints = [main, ...(options.endpoints ?? [])];
  for (const endpoint of endpoints) {
    if (metrics) endpoint.instrument?.(metrics);
    await endpoint.start();
  }
  const graphqlRoutes = Object.fromEntries(
    endpoints.map((endpoint): [string, RouteHandler] => [
      endpoint.path,
      endpoint === main && guard
        ? (info, res) =>
            guard(info.req)
              ? endpoint.handle(info, res)
              : sendJson(res, 401, {
                  errors: [{ message: "Unauthorized", extensions: { code: "UNAUTHENTICATED" } }],
                })
        : (info, res) => endpoint.handle(info, res),
    ]),
  );
  const http = createHttpService({
    logger: options.logger,
    routes: { ...graphqlRoutes, ...options.routes },
    ready: options.ready,
    ...(metrics && { metrics }),
    onClose: async () => {
      for (const endpoint of endpoints) await endpoint.stop();
      await options.onClose?.();
    },
  });
  return { ...http, apollo };
}
