import { postGraphQL } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./stack.ts";

/**
 * Start-up and recovery as a newcomer and a load balancer see them: the gateway is ready only when
 * it can serve, and a subgraph that comes up is used at once, whatever circuits requests opened
 * before. The gateway's own cooldown and probe interval are set to ten minutes here, so only the
 * fast probing of a subgraph that does not answer can bring it back within the test.
 */
describe("the gateway while the system starts and recovers", () => {
  let stack: TestStack;
  const readyStatus = async () => {
    try {
      return (await fetch(stack.gatewayUrl.replace("/graphql", "/ready"))).status;
    } catch {
      return 0;
    }
  };
  const regions = () =>
    postGraphQL<{ regions: { code: string }[] }>(stack.gatewayUrl, "{ regions { code name } }");

  beforeAll(async () => {
    stack = await startTestStack({
      env: { CIRCUIT_COOLDOWN_MS: "600000", PROBE_INTERVAL_MS: "600000", RESPONSE_CACHE: "off" },
    });
  });
  afterAll(() => stack?.dispose());

  it("uses the national subgraph again as soon as it is back, though requests opened its circuit", async () => {
    await stack.stop("national");
    for (let i = 0; i < 4; i++) {
      const failed = await regions();
      expect(failed.errors?.[0]?.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
    }
    await expect.poll(readyStatus, { timeout: 20_000, interval: 50 }).toBe(503);
    await stack.start("national");
    await expect
      .poll(async () => (await regions()).errors, { timeout: 30_000, interval: 100 })
      .toBeUndefined();
    expect(await readyStatus()).toBe(200);
  });

  it("says ready only once it can serve: a query right after /ready succeeds", async () => {
    await stack.stop("gateway");
    await stack.stop("national");
    const gatewayReady = stack.start("gateway");
    // Listening, but not ready while national has not answered.
    await expect.poll(readyStatus, { timeout: 60_000, interval: 50 }).toBe(503);
    await stack.start("national");
    await gatewayReady;
    const first = await regions();
    expect(first.errors).toBeUndefined();
    expect(first.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
  });
});
