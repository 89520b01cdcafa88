import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { sendJson } from "./http.ts";
import { createService } from "./server.ts";
import { injectTraceContext, startTracing } from "./tracing.ts";

const logger = pino({ level: "silent" });

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

/** A local HTTP server remembering what it was sent. */
async function recorder() {
  const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    received.push({ path: req.url ?? "", headers: req.headers, body });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { received, url, close };
}

const SERVER = 2;
const CLIENT = 3;
const traceparent = (value: unknown) => {
  const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(String(value));
  if (!match) throw new Error(`not a sampled traceparent: ${value}`);
  return { traceId: match[1], parentId: match[2] };
};

describe("startTracing", () => {
  it("returns undefined, starting nothing, without an endpoint", async () => {
    expect(await startTracing("test", { logger })).toBeUndefined();
    expect(await startTracing("test", { endpoint: "", logger })).toBeUndefined();
  });

  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("exports a span per request over OTLP/HTTP and passes traceparent on to outgoing requests", async () => {
    const collector = await recorder();
    cleanup.push(collector.close);
    const downstream = await recorder();
    cleanup.push(downstream.close);

    const tracing = await startTracing("tracing-test", { endpoint: `${collector.url}/`, logger });
    if (!tracing) throw new Error("tracing did not start");
    let shutDown = false;
    cleanup.push(async () => {
      if (!shutDown) await tracing.shutdown();
    });

    const service = await createService({
      logger,
      apollo: new ApolloServer({
        typeDefs: "type Query { hello: String }",
        resolvers: { Query: { hello: () => "hej" } },
      }),
      context: () => ({}),
      ready: async () => {},
      routes: {
        // Like the gateway's subgraph fetches: one over node:http, one over fetch (undici).
        "/call": async (_info, res) => {
          await new Promise<void>((resolve, reject) =>
            http
              .get(`${downstream.url}/over-http`, (response) => response.resume().on("end", resolve))
              .on("error", reject),
          );
          const headers = new Headers();
          injectTraceContext(headers);
          await (await fetch(`${downstream.url}/over-fetch`, { headers })).text();
          sendJson(res, 200, { ok: true });
        },
      },
    });
    cleanup.push(() => service.close());
    const base = `http://127.0.0.1:${await service.listen(0)}`;

    const graphql = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ hello }" }),
    });
    expect(await graphql.json()).toEqual({ data: { hello: "hej" } });
    expect((await fetch(`${base}/call`)).status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    await tracing.shutdown();
    shutDown = true;

    const exports = collector.received.filter((request) => request.path === "/v1/traces");
    expect(exports.length).toBeGreaterThan(0);
    const resourceSpans = exports.flatMap(
      (request) => (JSON.parse(request.body) as OtlpExport).resourceSpans,
    );
    const serviceNames = resourceSpans.map(
      (entry) =>
        entry.resource.attributes.find((attribute) => attribute.key === "service.name")?.value.stringValue,
    );
    expect(new Set(serviceNames)).toEqual(new Set(["tracing-test"]));
    const spans = resourceSpans.flatMap((entry) => entry.scopeSpans.flatMap((scope) => scope.spans));
    const named = (name: string, kind: number) =>
      spans.filter((span) => span.name === name && span.kind === kind);

    expect(named("POST /graphql", SERVER)).toHaveLength(1);
    // Probes are not traced.
    expect(spans.map((span) => span.name)).not.toContain("GET /health");

    const [call] = named("GET /call", SERVER);
    if (!call) throw new Error(`no server span for /call among ${spans.map((span) => span.name)}`);
    expect(call.parentSpanId ?? "").toBe("");

    // node:http: the instrumentation adds a client span, the parent of the downstream request.
    const overHttp = downstream.received.find((request) => request.path === "/over-http");
    const viaHttp = traceparent(overHttp?.headers.traceparent);
    expect(viaHttp.traceId).toBe(call.traceId);
    const client = spans.find((span) => span.kind === CLIENT && span.spanId === viaHttp.parentId);
    expect(client).toMatchObject({ traceId: call.traceId, parentSpanId: call.spanId });

    // fetch: injectTraceContext passes the server span on.
    const overFetch = downstream.received.find((request) => request.path === "/over-fetch");
    expect(traceparent(overFetch?.headers.traceparent)).toEqual({
      traceId: call.traceId,
      parentId: call.spanId,
    });
  });
});
