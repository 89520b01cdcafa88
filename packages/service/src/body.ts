import type { IncomingMessage } from "node:http";

export class RequestBodyError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
    this.name = "RequestBodyError";
  }
}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limitBytes) throw new RequestBodyError(413, `Request body exceeds ${limitBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new RequestBodyError(413, `Request body exceeds ${limitBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The media type of a Content-Type header, without its parameters and in lower case:
 * `text/plain; charset=application/json` is `text/plain`, not JSON.
 */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Deeper JSON than any real request needs (an import row is four levels down). */
export const MAX_JSON_DEPTH = 32;

/** How deeply `value` nests arrays and objects, counted without recursion (a hostile body cannot overflow the stack). */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object") continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

/** Apollo expects a parsed JSON body; anything else is passed on as text for it to reject. */
export function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  if (mediaType(contentType) === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new RequestBodyError(400, "Request body is not valid JSON");
    }
    if (jsonDepth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new RequestBodyError(400, `Request body nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
    return parsed;
  }
  return raw;
}
