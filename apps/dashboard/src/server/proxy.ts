import type { IncomingMessage, ServerResponse } from "node:http";
import { type Logger, mediaType, REQUEST_ID_HEADER } from "@jamlik/service";

export interface ProxyOptions {
  gatewayUrl: string;
  timeoutMs: number;
  /** Largest request body passed on; the dashboard's own queries are a few kilobytes. */
  bodyLimitBytes?: number;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > limit) {
    throw new HttpError(413, `Request body exceeds ${limit} bytes`, "BAD_REQUEST");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new HttpError(413, `Request body exceeds ${limit} bytes`, "BAD_REQUEST");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `POST /graphql` passed on to the gateway, so the browser stays on the dashboard's origin (no
 * CORS) and the gateway sees the request id. Only JSON POSTs: nothing else is needed, and the
 * gateway's CSRF protection stays meaningful.
 */
export function graphqlProxy(options: ProxyOptions) {
  const limit = options.bodyLimitBytes ?? 100_000;
  return async (req: IncomingMessage, res: ServerResponse, requestId: string, log: Logger) => {
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      throw new HttpError(405, "Use POST", "METHOD_NOT_ALLOWED");
    }
    // Exactly application/json: a browser sends other types (text/plain; charset=application/json)
    // cross-site without a preflight, and the gateway's CSRF check must not be bypassed through here.
    if (mediaType(req.headers["content-type"]) !== "application/json") {
      throw new HttpError(415, "Send application/json", "BAD_REQUEST");
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
        body: body.toString("utf8"),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      log.warn({ err: error, gateway: options.gatewayUrl }, "gateway request failed");
      throw new HttpError(
        timedOut ? 504 : 502,
        timedOut ? "The gateway did not answer in time" : "The gateway is unreachable",
        "GATEWAY_UNAVAILABLE",
      );
    }
    const payload = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, {
      "content-type": upstream.headers.get("content-type") ?? "application/json; charset=utf-8",
      "content-length": payload.length,
      "cache-control": "no-store",
    });
    res.end(payload);
  };
}
