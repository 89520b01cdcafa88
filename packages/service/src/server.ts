import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import type { Logger } from "pino";
import { parseBody, RequestBodyError, readBody } from "./body.ts";
import { metricsPlugin, type ServiceMetrics } from "./metrics.ts";
import { operationGuard } from "./operationGuard.ts";

export const REQUEST_ID_HEADER = "x-request-id";

export interface RequestInfo {
  req: IncomingMessage;
  requestId: string;
  log: Logger;
}

export type RouteHandler = (info: RequestInfo, res: ServerResponse) => void | Promise<void>;

/** One GraphQL schema served on one path, for example the federated /graphql or /admin/graphql. */
export interface GraphqlEndpoint {
  path: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  handle(info: RequestInfo, res: ServerResponse): Promise<void>;
  /** Counts the endpoint's GraphQL operations; called before `start`. */
  instrument?(metrics: ServiceMetrics): void;
}

/** A request refused before its body is read (for example without a valid token): status, code, message. */
export class RequestRejected extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RequestRejected";
  }
}

export interface GraphqlEndpointOptions<TAuth> {
  bodyLimitBytes?: number;
  /**
   * Runs on the headers alone, before the body is read or parsed: a caller without the right to
   * ask costs no more than that. Throws `RequestRejected`; its result is passed to the context.
   */
  authenticate?: (info: RequestInfo) => Promise<TAuth>;
}

export function graphqlEndpoint<TContext extends BaseContext, TAuth = undefined>(
  path: string,
  apollo: ApolloServer<TContext>,
  context: (info: RequestInfo, auth: TAuth) => Promise<TContext> | TContext,
  options: GraphqlEndpointOptions<TAuth> = {},
): GraphqlEndpoint {
  const bodyLimitBytes = options.bodyLimitBytes ?? 1_000_000;
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
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: url.search,
          body: parseBody(raw, req.headers["content-type"]),
        },
        context: () => Promise.resolve(context(info, auth)),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.setHeader(REQUEST_ID_HEADER, info.requestId);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
        return;
      }
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

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

/** Headers every answer carries: no content sniffing, no framing by other sites, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

/**
 * The one HTTP server of every Jämlik service: request ids, structured logs, `/health`,
 * `/ready`, GraphQL on `/graphql` through Apollo Server, optional `/metrics`, and graceful shutdown.
 */
export async function createService<TContext extends BaseContext>(
  options: ServiceOptions<TContext>,
): Promise<Service<TContext>> {
  const { apollo, logger, metrics } = options;
  const main = graphqlEndpoint(options.graphqlPath ?? "/graphql", apollo, options.context, {
    bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
  });
  const endpoints = new Map(
    [main, ...(options.endpoints ?? [])].map((endpoint) => [endpoint.path, endpoint]),
  );
  for (const endpoint of endpoints.values()) {
    if (metrics) endpoint.instrument?.(metrics);
    await endpoint.start();
  }

  const routes: Record<string, RouteHandler> = {
    "/health": (_info, res) => sendJson(res, 200, { status: "ok" }),
    "/ready": async (info, res) => {
      try {
        const details = await options.ready();
        sendJson(res, 200, { status: "ready", ...(typeof details === "object" ? details : {}) });
      } catch (error) {
        info.log.warn({ err: error }, "not ready");
        sendJson(res, 503, { status: "unavailable" });
      }
    },
    ...(metrics && { "/metrics": metricsRoute(metrics) }),
    ...options.routes,
  };

  const server = createServer(async (req, res) => {
    const header = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof header === "string" && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
    const info: RequestInfo = { req, requestId, log: logger.child({ requestId }) };
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes[path];
    const endpoint = endpoints.get(path);
    // Metrics and span names carry the matched path only, so that their cardinality stays bounded.
    const matched = route || endpoint ? path : "other";
    if (matched !== "other") {
      trace.getActiveSpan()?.setAttribute("http.route", path).updateName(`${req.method} ${path}`);
    }
    if (metrics) countOnFinish(metrics, matched, req, res);
    try {
      if (route) await route(info, res);
      else if (endpoint === main && options.guard && !options.guard(req)) {
        sendJson(res, 401, {
          errors: [{ message: "Unauthorized", extensions: { code: "UNAUTHENTICATED" } }],
        });
      } else if (endpoint) await endpoint.handle(info, res);
      else sendJson(res, 404, { error: "Not found" });
    } catch (error) {
      if (error instanceof RequestRejected) {
        // The body is not read: close the connection rather than drain a large upload.
        if (!req.complete) res.setHeader("connection", "close");
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: error.code } }],
        });
        return;
      }
      if (error instanceof RequestBodyError) {
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }],
        });
        return;
      }
      info.log.error({ err: error }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error" }] });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;

  let closing: Promise<void> | undefined;
  return {
    server,
    apollo,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        for (const endpoint of endpoints.values()) await endpoint.stop();
        await options.onClose?.();
      })();
      return closing;
    },
  };
}

function countOnFinish(metrics: ServiceMetrics, route: string, req: IncomingMessage, res: ServerResponse) {
  const started = performance.now();
  res.once("finish", () => {
    const seconds = (performance.now() - started) / 1000;
    metrics.observeRequest(route, req.method ?? "GET", res.statusCode, seconds);
  });
}

function metricsRoute(metrics: ServiceMetrics): RouteHandler {
  return async (_info, res) => {
    const { contentType, body } = await metrics.render();
    res.writeHead(200, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
    res.end(body);
  };
}

/** Closes the service on SIGINT/SIGTERM and exits; a second signal exits at once. */
export function closeOnSignals(service: Pick<Service, "close">, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}
