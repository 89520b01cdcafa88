import {
  createHttpService,
  type HttpService,
  type Logger,
  RequestRejected,
  type ServiceMetrics,
} from "@jamlik/service";
import { type Asset, makeAsset, sendAsset } from "@jamlik/service/web";
import { routeFor } from "../app/routes.ts";
import { graphqlProxy } from "./proxy.ts";

export interface DashboardServerOptions {
  logger: Logger;
  gatewayUrl: string;
  gatewayTimeoutMs: number;
  /** The built bundle by URL path (`/assets/…`). */
  assets: Map<string, Asset>;
  /** The app's HTML page. */
  html: string;
  metrics?: ServiceMetrics;
}

/** Everything the page loads comes from this origin; the browser talks to nothing else. */
const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * The dashboard's HTTP service on the shared base: the app's page on each of its paths, the bundle
 * under /assets/, `POST /graphql` passed on to the gateway (plus the base's /health, /ready,
 * /metrics, request ids and logs).
 */
export function createDashboardServer(options: DashboardServerOptions): HttpService {
  const { assets } = options;
  const page = makeAsset(Buffer.from(options.html), "text/html; charset=utf-8", false);
  return createHttpService({
    logger: options.logger,
    ...(options.metrics && { metrics: options.metrics }),
    // The bundle is in memory before the server listens: listening means ready.
    ready: async () => undefined,
    routes: {
      "/graphql": graphqlProxy({ gatewayUrl: options.gatewayUrl, timeoutMs: options.gatewayTimeoutMs }),
    },
    fallback: ({ req }, res) => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("allow", "GET, HEAD");
        throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Method not allowed");
      }
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const asset = assets.get(path);
      if (asset) return sendAsset(req, res, asset, PAGE_HEADERS);
      if (path.startsWith("/assets/")) throw new RequestRejected(404, "NOT_FOUND", "Not found");
      // Any other path gets the app, which shows its own "page not found" with the navigation.
      return sendAsset(req, res, page, PAGE_HEADERS, routeFor(path) ? 200 : 404);
    },
  });
}
