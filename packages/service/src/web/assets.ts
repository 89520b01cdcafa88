import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Asset {
  body: Buffer;
  /** Gzip-compressed body, served when the client accepts it. */
  gzip: Buffer;
  contentType: string;
  etag: string;
  /** Long-lived caching: the file name carries its content hash. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

export function makeAsset(body: Buffer, contentType: string, immutable: boolean): Asset {
  const gzip = gzipSync(body, { level: 9 });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, gzip, contentType, etag, immutable };
}

/** Every file of a built bundle, by URL path (`/assets/<name>`), read and compressed once at start. */
export function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)] ?? "application/octet-stream";
    assets.set(`/assets/${name}`, makeAsset(readFileSync(join(dir, name)), type, true));
  }
  return assets;
}

/**
 * Sends an asset with its validator: gzip when the client takes it, 304 when its ETag matches,
 * a year's caching for hashed file names and revalidation for the page.
 */
export function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  asset: Asset,
  pageHeaders: Record<string, string>,
  status = 200,
): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const headers: Record<string, string | number> = {
    ...pageHeaders,
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
