import { postGraphQL } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./stack.ts";

const SECRET = "fault-test-gateway-credential";
const LATEST = `query($metric: ID!) { regions { code latest(metric: $metric) { period value } } }`;
type Regions = {
  regions: { code: string; latest: { value: number } | null; careUnits?: unknown[] | null }[];
};

/**
 * The production stack (NODE_ENV=production, credentials on) with Västmanland behind a fault
 * proxy: down, slow, garbage, and back again; and Halland killed under load.
 */
describe("a region that misbehaves", () => {
  let stack: TestStack;
  const query = <T = Regions>(
    text: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => postGraphQL<T>(stack.gatewayUrl, text, variables, headers);
  const timed = async (text: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const result = await query(text, variables);
    return { result, ms: performance.now() - started };
  };
  const expectOnlyRegionDown = (result: Awaited<ReturnType<typeof postGraphQL<Regions>>>, code: string) => {
    expect(result.status).toBe(200);
    expect(result.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
    expect(result.data?.regions.find((r) => r.code === "SE-BD")?.latest).toEqual({
      period: "2020",
      value: 83,
    });
    expect(result.errors).toEqual([
      { message: expect.stringContaining(code), extensions: { code: "REGION_UNAVAILABLE", region: code } },
    ]);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack|at .*\.ts/);
  };

  beforeAll(async () => {
    stack = await startTestStack({
      env: {
        NODE_ENV: "production",
        SUBGRAPH_SECRETS: SECRET,
        SUBGRAPH_SECRET: SECRET,
        // These tests are about fetching from misbehaving regions, not about answering from a cache.
        RESPONSE_CACHE: "off",
        CIRCUIT_FAILURES: "3",
        CIRCUIT_COOLDOWN_MS: "1500",
        PROBE_INTERVAL_MS: "500",
      },
      proxied: ["SE-U"],
    });
  }, 180_000);
  afterAll(() => stack?.dispose());

  it("serves every region while all are up", async () => {
    const result = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
  });

  it("answers within the 3 s deadline when a region answers after 10 s, then stops waiting for it", async () => {
    stack.proxies["SE-U"]?.set({ kind: "delay", ms: 10_000 });
    const first = await timed(LATEST, { metric: "LOGGED_IN_SHARE" });
    expectOnlyRegionDown(first.result, "SE-U");
    expect(first.ms).toBeGreaterThan(2_500);
    expect(first.ms).toBeLessThan(4_500);
    await timed(LATEST, { metric: "LOGGED_IN_SHARE" });
    await timed(LATEST, { metric: "LOGGED_IN_SHARE" });
    // The circuit is open now: the slow region costs nothing per request.
    const fast = await timed(LATEST, { metric: "LOGGED_IN_SHARE" });
    expectOnlyRegionDown(fast.result, "SE-U");
    expect(fast.ms).toBeLessThan(1_000);
  }, 30_000);

  it("treats a region answering garbage as unavailable", async () => {
    stack.proxies["SE-U"]?.set({ kind: "garbage" });
    await new Promise((resolve) => setTimeout(resolve, 1_600)); // past the cooldown: the next request tries again
    expectOnlyRegionDown(await query(LATEST, { metric: "LOGGED_IN_SHARE" }), "SE-U");
    stack.proxies["SE-U"]?.set({ kind: "garbage", body: JSON.stringify({ data: { _entities: [] } }) });
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expectOnlyRegionDown(await query(LATEST, { metric: "LOGGED_IN_SHARE" }), "SE-U");
  });

  it("reports the region on /status and regionStatus, and uses it again when it is back", async () => {
    const status = (await (await fetch(stack.gatewayUrl.replace("/graphql", "/status"))).json()) as {
      regions: { regionCode: string; state: string }[];
    };
    expect(status.regions.find((r: { regionCode: string }) => r.regionCode === "SE-U")).toMatchObject({
      state: "down",
    });
    stack.proxies["SE-U"]?.set({ kind: "pass" });
    const deadline = Date.now() + 5_000;
    let result = await query(LATEST, { metric: "ACCOUNT_SHARE" });
    while (result.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      result = await query(LATEST, { metric: "ACCOUNT_SHARE" });
    }
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions.find((r) => r.code === "SE-U")?.latest).toEqual({
      period: "2020",
      value: 80,
    });
    const live = await query<{ regionStatus: { code: string; state: string; lastSuccess: string | null }[] }>(
      "{ regionStatus { code state lastSuccess } }",
    );
    expect(live.data?.regionStatus.map((r) => [r.code, r.state])).toEqual([
      ["SE-BD", "UP"],
      ["SE-U", "UP"],
      ["SE-N", "UP"],
    ]);
  });

  it("keeps answering while a region is killed under load", async () => {
    const results: Awaited<ReturnType<typeof postGraphQL<Regions>>>[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) results.push(await query(LATEST, { metric: "LOGGED_IN_SHARE" }));
    };
    const workers = Array.from({ length: 6 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await stack.stop("SE-N", "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stop = true;
    await Promise.all(workers);
    expect(results.length).toBeGreaterThan(20);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.data?.regions.find((r) => r.code === "SE-BD")?.latest?.value).toBe(83);
      for (const error of result.errors ?? [])
        expect(error.extensions).toEqual({ code: "REGION_UNAVAILABLE", region: "SE-N" });
    }
    expect(results.at(-1)?.errors).toHaveLength(1);
    await stack.start("SE-N");
  }, 60_000);
});

describe("a subgraph called without the gateway", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      env: { SUBGRAPH_SECRETS: SECRET, SUBGRAPH_SECRET: SECRET, RESPONSE_CACHE: "off" },
    });
  }, 180_000);
  afterAll(() => stack?.dispose());

  it("gets 401 and nothing else, _service and _entities included; health stays open", async () => {
    const spec = stack.specs.find((s) => s.name === "SE-BD");
    const url = `http://127.0.0.1:${spec?.port}`;
    const attempts: [string, Record<string, string>][] = [
      ["{ _service { sdl } }", {}],
      [
        '{ _entities(representations: [{ __typename: "Norrbotten", code: "SE-BD" }]) { ... on Norrbotten { name } } }',
        {},
      ],
      ["{ _service { sdl } }", { "x-jamlik-subgraph-credential": "a-wrong-credential-value" }],
    ];
    for (const [text, headers] of attempts) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: text }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [{ message: "Unauthorized", extensions: { code: "UNAUTHENTICATED" } }],
      });
    }
    const withCredential = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-jamlik-subgraph-credential": SECRET },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    });
    expect(withCredential.status).toBe(200);
    for (const path of ["/health", "/ready"]) expect((await fetch(`${url}${path}`)).status).toBe(200);
  });
});
