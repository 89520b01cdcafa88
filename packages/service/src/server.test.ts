import { ApolloServer } from "@apollo/server";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createService, type Service } from "./server.ts";

const logger = pino({ level: "silent" });

describe("identical requests in flight answered once", () => {
  let executions = 0;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  let refused = new Set<string>();
  let service: Service<{ client: string }>;
  let base: string;

  beforeAll(async () => {
    const apollo = new ApolloServer<{ client: string }>({
      typeDefs: "type Query { slow(n: Int): Int }",
      resolvers: {
        Query: {
          slow: async (_: unknown, { n }: { n: number }) => {
            executions++;
            await gate;
            return n;
          },
        },
      },
      logger,
    });
    service = await createService({
      logger,
      apollo,
      // As the gateway's rate limit: every request builds its own context, and may be refused.
      context: ({ req }) => {
        const client = String(req.headers["x-client"] ?? "");
        if (refused.has(client)) throw new Error("refused");
        return { client };
      },
      ready: async () => {},
      shareIdenticalInFlight: true,
    });
    base = `http://127.0.0.1:${await service.listen(0)}`;
  });
  afterAll(() => service.close());

  const post = (query: string, client = "a") =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-client": client },
      body: JSON.stringify({ query }),
    });
  const hold = () => {
    gate = new Promise((resolve) => {
      release = resolve;
    });
  };

  it("runs identical requests once and gives each the answer with its own request id", async () => {
    executions = 0;
    hold();
    const first = post("{ slow(n: 1) }");
    // The first is executing (waiting at the gate) before the others arrive.
    await expect.poll(() => executions).toBe(1);
    const others = [post("{ slow(n: 1) }"), post("{ slow(n: 1) }", "b"), post("{ slow(n: 2) }")];
    await expect.poll(() => executions).toBe(2); // the different query runs on its own
    release();
    const responses = await Promise.all([first, ...others]);
    expect(await Promise.all(responses.map((r) => r.json()))).toEqual([
      { data: { slow: 1 } },
      { data: { slow: 1 } },
      { data: { slow: 1 } },
      { data: { slow: 2 } },
    ]);
    expect(executions).toBe(2);
    const ids = responses.map((r) => r.headers.get("x-request-id"));
    expect(new Set(ids).size).toBe(4);
    // Once answered, the same request runs again.
    await post("{ slow(n: 1) }");
    expect(executions).toBe(3);
  });

  it("answers a request whose own context fails on its own, never with another's answer", async () => {
    executions = 0;
    refused = new Set(["c"]);
    hold();
    const first = post("{ slow(n: 3) }");
    await expect.poll(() => executions).toBe(1);
    const rejected = post("{ slow(n: 3) }", "c");
    const rejectedResponse = await rejected;
    const body = (await rejectedResponse.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.length).toBeGreaterThan(0);
    release();
    expect(await (await first).json()).toEqual({ data: { slow: 3 } });
    refused = new Set();
  });
});
