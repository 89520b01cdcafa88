import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Logger, REQUEST_ID_HEADER, SECURITY_HEADERS, sendJson } from "@jamlik/service";
import { routeFor } from "../app/routes.ts";
import { type Asset, makeAsset } from "./assets.ts";
import { graphqlProxy, HttpError } from "./proxy.ts";

export interface DashboardServerOptions {
  logger: Logger;
  gatewayUrl: string;
  gatewayTimeoutMs: number;
  /** The built bundle by URL path (`/assets/…`). */
  assets: Map<string, Asset>;
  /** The app's HTML page. */
  html: string;
}

export interface DashboardServer {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Everything the page loads comes from this origin; the browser talks to nothing else. */
const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, status = 200): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const headers: Record<string, string | number> = {
    ...PAGE_HEADERS,
    "content-type": asset.contentType,
    etag: asset.etag,
    vary: "accept-encoding",
    "cache-control": asset.immutable ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (status === 200 && req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = gzip ? asset.gzip : asset.body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The dashboard's HTTP server: the app's page on each of its paths, the bundle under /assets/,
 * `POST /graphql` passed on to the gateway, /health and /ready, request ids and pino logs.
 */
export function createDashboardServer(options: DashboardServerOptions): DashboardServer {
  const { logger, assets } = options;
  const page = makeAsset(Buffer.from(options.html), "text/html; charset=utf-8", false);
  const proxy = graphqlProxy({ gatewayUrl: options.gatewayUrl, timeoutMs: options.gatewayTimeoutMs });

  const server = createServer(async (req, res) => {
    const header = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof header === "string" && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
    const log = logger.child({ requestId });
    res.setHeader(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const started = performance.now();
    res.once("finish", () =>
      log.debug(
        { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) },
        "request",
      ),
    );
    try {
      if (path === "/graphql") return await proxy(req, res, requestId, log);
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("allow", "GET, HEAD");
        throw new HttpError(405, "Method not allowed", "METHOD_NOT_ALLOWED");
      }
      if (path === "/health") return sendJson(res, 200, { status: "ok" });
      // The bundle is in memory before the server listens: listening means ready.
      if (path === "/ready") return sendJson(res, 200, { status: "ready" });
      const asset = assets.get(path);
      if (asset) return sendAsset(req, res, asset);
      if (path.startsWith("/assets/")) throw new HttpError(404, "Not found", "NOT_FOUND");
      // Any other path gets the app, which shows its own "page not found" with the navigation.
      return sendAsset(req, res, page, routeFor(path) ? 200 : 404);
    } catch (error) {
      if (error instanceof HttpError) {
        if (!res.headersSent) {
          sendJson(res, error.status, {
            errors: [{ message: error.message, extensions: { code: error.code } }],
          });
        }
        return;
      }
      log.error({ err: error, path }, "request failed");
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
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
