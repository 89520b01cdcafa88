import { readdirSync, readFileSync } from "node:fs";
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
  const etag = `"${body.length.toString(16)}-${gzip.length.toString(16)}-${hashOf(body)}"`;
  return { body, gzip, contentType, etag, immutable };
}

function hashOf(body: Buffer): string {
  let h = 2166136261;
  for (const byte of body) h = Math.imul(h ^ byte, 16777619);
  return (h >>> 0).toString(16);
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
