import type { ServerResponse } from "node:http";
import {
  mediaType,
  REQUEST_ID_HEADER,
  type RequestInfo,
  RequestRejected,
  readBody,
  relayAnswer,
} from "@jamlik/service";

export interface ProxyOptions {
  gatewayUrl: string;
  timeoutMs: number;
  /** Largest request body passed on; the dashboard's own queries are a few kilobytes. */
  bodyLimitBytes?: number;
}

/**
 * `POST /graphql` passed on to the gateway, so the browser stays on the dashboard's origin (no
 * CORS) and the gateway sees the request id. Only JSON POSTs: nothing else is needed, and the
 * gateway's CSRF protection stays meaningful.
 */
export function graphqlProxy(options: ProxyOptions) {
  const limit = options.bodyLimitBytes ?? 100_000;
  return async ({ req, requestId, log }: RequestInfo, res: ServerResponse) => {
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "Use POST");
    }
    // Exactly application/json: a browser sends other types (text/plain; charset=application/json)
    // cross-site without a preflight, and the gateway's CSRF check must not be bypassed through here.
    if (mediaType(req.headers["content-type"]) !== "application/json") {
      throw new RequestRejected(415, "BAD_REQUEST", "Send application/json");
    }
    const body = await readBody(req, limit);
    let upstream: Response;
    try {
      upstream = await fetch(options.gatewayUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          [REQUEST_ID_HEADER]: requestId,
          // The gateway rate-limits per client; it trusts this header from configured proxies only.
          "x-forwarded-for": req.socket.remoteAddress ?? "unknown",
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      log.warn({ err: error, gateway: options.gatewayUrl }, "gateway request failed");
      throw new RequestRejected(
        timedOut ? 504 : 502,
        "GATEWAY_UNAVAILABLE",
        timedOut ? "The gateway did not answer in time" : "The gateway is unreachable",
      );
    }
    await relayAnswer(res, upstream);
  };
}
