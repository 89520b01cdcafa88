import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SubgraphTimeoutError, subgraphFetcher } from "./fetcher.ts";

describe("subgraphFetcher", () => {
  let server: Server;
  let url: string;
  let received = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const delay = body.includes("slow") ? 500 : 50;
        setTimeout(() => res.end(JSON.stringify({ data: { echo: body } })), delay);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (fetcher: ReturnType<typeof subgraphFetcher>["fetcher"], body: string) =>
    fetcher(url, { method: "POST", body, headers: { "content-type": "application/json" } });

  it("shares one exchange between identical requests in flight, each with its own response", async () => {
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 1000, maxSockets: 4, deduplicate: true });
    received = 0;
    const [a, b, c] = await Promise.all([
      post(fetcher, "same"),
      post(fetcher, "same"),
      post(fetcher, "other"),
    ]);
    expect(received).toBe(2);
    expect(await a.json()).toEqual({ data: { echo: "same" } });
    expect(await b.json()).toEqual({ data: { echo: "same" } });
    expect(await c.json()).toEqual({ data: { echo: "other" } });
    await post(fetcher, "same");
    expect(received).toBe(3); // only requests in flight together are shared
    await close();
  });

  it("sends every request when deduplication is off", async () => {
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 1000, maxSockets: 4, deduplicate: false });
    received = 0;
    await Promise.all([post(fetcher, "same"), post(fetcher, "same")]);
    expect(received).toBe(2);
    await close();
  });

  it("gives up at the deadline", async () => {
    const { fetcher, close } = subgraphFetcher({ timeoutMs: 100, maxSockets: 4, deduplicate: true });
    await expect(post(fetcher, "slow")).rejects.toBeInstanceOf(SubgraphTimeoutError);
    await close();
  });
});
