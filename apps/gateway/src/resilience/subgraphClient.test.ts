import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SubgraphTimeoutError, subgraphClient } from "./subgraphClient.ts";

describe("subgraphClient", () => {
  let server: Server;
  let url: string;
  let received = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        // "slow" is never answered (the deadline must end it); the others at once. Identical
        // requests are shared by the client before anything is sent, so no delay is needed.
        if (!body.includes("slow")) res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  const post = (client: ReturnType<typeof subgraphClient>, body: string) =>
    client.post(url, { "content-type": "application/json" }, body);

  it("shares one exchange between identical requests in flight; each caller parses its own answer", async () => {
    const client = subgraphClient({ timeoutMs: 60_000, maxSockets: 4, deduplicate: true });
    received = 0;
    const [a, b, c] = await Promise.all([post(client, "same"), post(client, "same"), post(client, "other")]);
    expect(received).toBe(2);
    expect(a.status).toBe(200);
    const [parsedA, parsedB] = [JSON.parse(a.text), JSON.parse(b.text)];
    expect(parsedA).toEqual({ data: { echo: "same" } });
    expect(parsedB).toEqual(parsedA);
    expect(parsedB).not.toBe(parsedA);
    expect(JSON.parse(c.text)).toEqual({ data: { echo: "other" } });
    await post(client, "same");
    expect(received).toBe(3); // only requests in flight together are shared
    await client.close();
  });

  it("sends every request when deduplication is off", async () => {
    const client = subgraphClient({ timeoutMs: 60_000, maxSockets: 4, deduplicate: false });
    received = 0;
    await Promise.all([post(client, "same"), post(client, "same")]);
    expect(received).toBe(2);
    await client.close();
  });

  it("gives up at the deadline", async () => {
    const client = subgraphClient({ timeoutMs: 100, maxSockets: 4, deduplicate: true });
    await expect(post(client, "slow")).rejects.toBeInstanceOf(SubgraphTimeoutError);
    await client.close();
  });
});
