import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import type { Logger } from "pino";
import { RequestBodyError } from "./body.ts";
import type { ServiceMetrics } from "./metrics.ts";
import { PROCESS_ID_HEADER } from "./processId.ts";

export const REQUEST_ID_HEADER = "x-request-id";

export interface RequestInfo {
  req: IncomingMessage;
  requestId: string;
  log: Logger;
}

export type RouteHandler = (info: RequestInfo, res: ServerResponse) => void | Promise<void>;

/** A request refused with a status and a code (no token, wrong method, a gateway that is down). */
export class RequestRejected extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "RequestRejected";
  }
}

/** Headers every answer carries: no content sniffing, no framing by other sites, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

function sendCodedError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Passes an upstream service's answer on as it is: status, type and body, never cached. */
export async function relayAnswer(res: ServerResponse, upstream: Response): Promise<void> {
  const payload = Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, {
    "content-type": upstream.headers.get("content-type") ?? "application/json; charset=utf-8",
    "content-length": payload.length,
    "cache-control": "no-store",
  });
  res.end(payload);
}

export interface HttpServiceOptions {
  logger: Logger;
  /** Handlers by exact path. `/health`, `/ready` and (with `metrics`) `/metrics` are added. */
  routes?: Record<string, RouteHandler>;
  /** Answers every path no route matches (by default `404`). */
  fallback?: RouteHandler;
  /** Resolves when the service can serve, optionally with details for `/ready`. */
  ready: () => Promise<unknown>;
  /** Serves `GET /metrics` (Prometheus) and counts every request by matched route. */
  metrics?: ServiceMetrics;
  /** Runs on close after the HTTP server stopped, for example closing the database. */
  onClose?: () => Promise<void>;
}

export interface HttpService {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The HTTP base of every Jämlik service, GraphQL or not: request ids, security headers, structured
 * logs, `/health`, `/ready`, `/metrics`, coded JSON errors, and a graceful close.
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  const { logger, metrics } = options;
  const routes: Record<string, RouteHandler> = {
    "/health": (_info, res) => sendJson(res, 200, { status: "ok" }),
    "/ready": async (info, res) => {
      // Which process answers: a launcher waiting for its child can tell it from another on the port.
      res.setHeader(PROCESS_ID_HEADER, String(process.pid));
      try {
        const details = await options.ready();
        sendJson(res, 200, { status: "ready", ...(typeof details === "object" ? details : {}) });
      } catch (error) {
        // An expected answer while a service starts (its caller polls): the reason, no stack.
        info.log.debug({ reason: error instanceof Error ? error.message : String(error) }, "not ready");
        sendJson(res, 503, { status: "unavailable" });
      }
    },
    ...(metrics && { "/metrics": metricsRoute(metrics) }),
    ...options.routes,
  };
  const fallback: RouteHandler =
    options.fallback ?? ((_info, res) => sendJson(res, 404, { error: "Not found" }));

  const server = createServer(async (req, res) => {
    const header = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof header === "string" && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
    const info: RequestInfo = { req, requestId, log: logger.child({ requestId }) };
    res.setHeader(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes[path];
    // Metrics and span names carry the matched path only, so that their cardinality stays bounded.
    const matched = route ? path : "other";
    if (route) trace.getActiveSpan()?.setAttribute("http.route", path).updateName(`${req.method} ${path}`);
    observeOnFinish(info, res, matched, path, metrics);
    try {
      await (route ?? fallback)(info, res);
    } catch (error) {
      if (error instanceof RequestRejected) {
        // Refused before its body was read: close the connection rather than drain a large upload.
        if (!req.complete) res.setHeader("connection", "close");
        if (!res.headersSent) sendCodedError(res, error.status, error.code, error.message);
        return;
      }
      if (error instanceof RequestBodyError) {
        // Node reads and discards the rest of the body once the answer is sent; the client sees 413.
        if (!res.headersSent) sendCodedError(res, error.status, "BAD_REQUEST", error.message);
        return;
      }
      info.log.error({ err: error, path }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error" }] });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;

  let closing: Promise<void> | undefined;
  return {
    server,
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
        await options.onClose?.();
      })();
      return closing;
    },
  };
}

function observeOnFinish(
  info: RequestInfo,
  res: ServerResponse,
  route: string,
  path: string,
  metrics: ServiceMetrics | undefined,
) {
  const started = performance.now();
  res.once("finish", () => {
    const seconds = (performance.now() - started) / 1000;
    const method = info.req.method ?? "GET";
    metrics?.observeRequest(route, method, res.statusCode, seconds);
    info.log.debug({ method, path, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request");
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
export function closeOnSignals(service: Pick<HttpService, "close">, logger: Logger): void {
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
