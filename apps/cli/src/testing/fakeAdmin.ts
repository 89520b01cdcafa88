import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake admin endpoint received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, unknown> };
}

export interface FakeAnswer {
  status?: number;
  /** Sent as JSON, or as is when a string. */
  body: unknown;
  /** Answer this much later, like a server at work. */
  delayMs?: number;
}

export interface FakeAdmin {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for a region's /admin/graphql for the CLI's own tests: records each request and answers what
 * `answer` returns. The real admin endpoint is tested with the region service.
 */
export async function startFakeAdmin(answer: (request: RecordedRequest) => FakeAnswer): Promise<FakeAdmin> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      };
      requests.push(request);
      const { status = 200, body, delayMs = 0 } = answer(request);
      setTimeout(() => {
        res.writeHead(status, {
          "content-type": typeof body === "string" ? "text/plain" : "application/json",
        });
        res.end(typeof body === "string" ? body : JSON.stringify(body));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin/graphql`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
