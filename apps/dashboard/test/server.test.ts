import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { HttpService } from "@jamlik/service";
import { createLogger } from "@jamlik/service";
import { makeAsset } from "@jamlik/service/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { indexHtml } from "../src/server/html.ts";
import { createDashboardServer } from "../src/server/server.ts";

/** A stand-in gateway that records what it was sent and answers like Apollo Server. */
function fakeGateway() {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    seen.push({ headers: req.headers, body });
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ data: { regions: [{ code: "SE-BD" }] } }));
  });
  return { server, seen };
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

describe("the dashboard's HTTP server", () => {
  const gateway = fakeGateway();
  let dashboard: HttpService;
  let base: string;
  const script = Buffer.from("console.log('jamlik');".repeat(50));

  beforeAll(async () => {
    const gatewayPort = await listen(gateway.server);
    dashboard = createDashboardServer({
      logger: createLogger("dashboard-test", "silent"),
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      gatewayTimeoutMs: 2000,
      assets: new Map([["/assets/app-ABC.js", makeAsset(script, "text/javascript; charset=utf-8", true)]]),
      html: indexHtml({ script: "app-ABC.js", style: "app-ABC.css", config: { explorerUrl: "http://gw/" } }),
    });
    base = `http://127.0.0.1:${await dashboard.listen(0)}`;
  });
  afterAll(async () => {
    await dashboard.close();
    await new Promise((resolve) => gateway.server.close(resolve));
  });

  it("serves the app on each of its paths, Swedish, with a strict CSP; other paths get it with 404", async () => {
    for (const path of ["/", "/matt", "/utbud?region=SE-U", "/revision", "/rapport"]) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      const html = await response.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).toContain('<script type="module" src="/assets/app-ABC.js">');
      expect(html).toContain('{"explorerUrl":"http://gw/"}');
    }
    expect((await fetch(`${base}/finns-inte`)).status).toBe(404);
    expect((await fetch(`${base}/assets/saknas.js`)).status).toBe(404);
  });

  it("serves the bundle compressed, cached for good, and answers 304 to a known ETag", async () => {
    const response = await fetch(`${base}/assets/app-ABC.js`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("content-type")).toContain("text/javascript");
    // fetch decompresses on its own: the body is the script.
    expect(Buffer.from(await response.arrayBuffer()).equals(script)).toBe(true);
    const etag = response.headers.get("etag") ?? "";
    const again = await fetch(`${base}/assets/app-ABC.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const raw = await new Promise<Buffer>((resolve) => {
      import("node:http").then(({ get }) =>
        get(`${base}/assets/app-ABC.js`, { headers: { "accept-encoding": "gzip" } }, async (res) => {
          expect(res.headers["content-encoding"]).toBe("gzip");
          const chunks: Buffer[] = [];
          for await (const chunk of res) chunks.push(chunk as Buffer);
          resolve(Buffer.concat(chunks));
        }),
      );
    });
    expect(raw.length).toBeLessThan(script.length);
    expect(gunzipSync(raw).equals(script)).toBe(true);
  });

  it("passes POST /graphql on to the gateway with the request id, and nothing else", async () => {
    const body = JSON.stringify({ query: "{ regions { code } }", variables: {} });
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "test-123", cookie: "secret=1" },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("test-123");
    expect(await response.json()).toEqual({ data: { regions: [{ code: "SE-BD" }] } });
    const sent = gateway.seen.at(-1);
    expect(sent?.body).toBe(body);
    expect(sent?.headers["x-request-id"]).toBe("test-123");
    expect(sent?.headers.cookie).toBeUndefined();

    expect((await fetch(`${base}/graphql`)).status).toBe(405);
    const text = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body,
    });
    expect(text.status).toBe(415);
    // A type a browser sends cross-site without a preflight, dressed up as JSON: still not JSON.
    const seen = gateway.seen.length;
    for (const type of [
      "text/plain; charset=application/json",
      "application/x-www-form-urlencoded; a=application/json",
    ]) {
      const disguised = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": type },
        body,
      });
      expect(disguised.status, type).toBe(415);
      expect(disguised.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(gateway.seen.length).toBe(seen);
    const charset = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "Application/JSON; charset=utf-8" },
      body,
    });
    expect(charset.status).toBe(200);
    const huge = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(200_000),
    });
    expect(huge.status).toBe(413);
  });

  it("says GATEWAY_UNAVAILABLE (502) when the gateway cannot be reached", async () => {
    const orphan = createDashboardServer({
      logger: createLogger("dashboard-test", "silent"),
      gatewayUrl: "http://127.0.0.1:1/graphql",
      gatewayTimeoutMs: 1000,
      assets: new Map(),
      html: "<!doctype html>",
    });
    const port = await orphan.listen(0);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: "GATEWAY_UNAVAILABLE" } }],
    });
    await orphan.close();
  });

  it("answers /health and /ready", async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: "ready" });
  });
});

describe("configuration", () => {
  it("defaults to port 3000 and the local gateway; the explorer is the gateway's /", () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.gatewayUrl).toBe("http://127.0.0.1:4000/graphql");
    expect(config.explorerUrl).toBe("http://127.0.0.1:4000/");
    expect(parseConfig({ GATEWAY_URL: "http://gw:8080/graphql", PORT: "3100" })).toMatchObject({
      port: 3100,
      explorerUrl: "http://gw:8080/",
    });
    expect(() => parseConfig({ GATEWAY_URL: "not a url" })).toThrow(/GATEWAY_URL/);
  });
});
