import { type Fault, postGraphQL } from "@jamlik/testkit";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sharedStack, stackControl } from "./sharedStacks.ts";

const LATEST = `query($metric: ID!) { regions { code latest(metric: $metric) { period value } } }`;
type Regions = {
  regions: { code: string; latest: { value: number } | null; careUnits?: unknown[] | null }[];
};

/**
 * The run's production stack (NODE_ENV=production, credentials on) with Västmanland behind a
 * fault proxy: hanging, garbage, and back again; and Halland killed under load. Whatever a test
 * breaks, the file restores. What is asserted is what
 * happens (an answer at all, which requests reach the region), never how fast: that is measured by
 * `npm run bench:outages`.
 */
describe("a region that misbehaves", () => {
  const stack = sharedStack("securedStack");
  const processes = stackControl(stack);
  const query = <T = Regions>(text: string, variables?: Record<string, unknown>) =>
    postGraphQL<T>(stack.gatewayUrl, text, variables);
  const fault = (f: Fault) => processes.fault("SE-U", f);
  const asked = () => processes.graphqlRequests("SE-U");
  /** The gateway's count of fetches to a region that its deadline ended (from its /metrics). */
  const timeouts = async (region: string) => {
    const text = await (await fetch(stack.gatewayUrl.replace("/graphql", "/metrics"))).text();
    const line = text
      .split("\n")
      .find(
        (l) =>
          l.includes("subgraph_fetch_errors_total{") &&
          l.includes(`region="${region}"`) &&
          l.includes('reason="timeout"'),
      );
    return line ? Number(line.split(" ").at(-1)) : 0;
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

  // The next file shares this stack: hand it over only once the gateway serves every region again
  // (a restarted region stays behind an open circuit until its cooldown has passed).
  afterAll(async () => {
    await fault({ kind: "pass" });
    await processes.start("SE-N");
    await vi.waitFor(
      async () => {
        const { errors } = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
        if (errors?.length) throw new Error(`the gateway still reports ${JSON.stringify(errors)}`);
      },
      { timeout: 30_000, interval: 100 },
    );
  });

  it("serves every region while all are up", async () => {
    const result = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
  });

  it("answers at its deadline when a region never answers, then stops asking it", async () => {
    await fault({ kind: "hang" });
    // A region that never answers: only the gateway's deadline can end the request, and the
    // gateway says so (asserted by what it reports, not by the wall clock).
    const timeoutsBefore = await timeouts("SE-U");
    const first = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
    expectOnlyRegionDown(first, "SE-U");
    expect(await timeouts("SE-U")).toBe(timeoutsBefore + 1);
    await query(LATEST, { metric: "LOGGED_IN_SHARE" });
    await query(LATEST, { metric: "LOGGED_IN_SHARE" });
    // Three failures open the circuit: the next request does not go to the region at all.
    const before = await asked();
    expectOnlyRegionDown(await query(LATEST, { metric: "LOGGED_IN_SHARE" }), "SE-U");
    expect(await asked()).toBe(before);
  });

  it("treats a region answering garbage as unavailable", async () => {
    for (const body of [undefined, JSON.stringify({ data: { _entities: [] } })]) {
      // Its /ready stays healthy, so the probe keeps the circuit closed and queries reach the garbage.
      await fault({ kind: "garbage", scope: "graphql", ...(body && { body }) });
      const before = await asked();
      // Once the circuit lets a trial request through, that request gets garbage.
      let result = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
      await expect
        .poll(
          async () => {
            result = await query(LATEST, { metric: "LOGGED_IN_SHARE" });
            return (await asked()) > before;
          },
          { timeout: 30_000, interval: 100 },
        )
        .toBe(true);
      expectOnlyRegionDown(result, "SE-U");
    }
  });

  it("reports the region on /status and regionStatus, and uses it again when it is back", async () => {
    const status = (await (await fetch(stack.gatewayUrl.replace("/graphql", "/status"))).json()) as {
      regions: { regionCode: string; state: string }[];
    };
    expect(status.regions.find((r: { regionCode: string }) => r.regionCode === "SE-U")).toMatchObject({
      state: "down",
    });
    await fault({ kind: "pass" });
    await expect
      .poll(async () => (await query(LATEST, { metric: "ACCOUNT_SHARE" })).errors, {
        timeout: 30_000,
        interval: 100,
      })
      .toBeUndefined();
    const result = await query(LATEST, { metric: "ACCOUNT_SHARE" });
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
    await expect.poll(() => results.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(12);
    await processes.stop("SE-N", "SIGKILL");
    const killedAt = results.length;
    // Keep the load on until answers without Halland have come back.
    await expect
      .poll(() => results.slice(killedAt).filter((r) => (r.errors?.length ?? 0) > 0).length, {
        timeout: 30_000,
        interval: 20,
      })
      .toBeGreaterThanOrEqual(6);
    stop = true;
    await Promise.all(workers);
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.data?.regions.find((r) => r.code === "SE-BD")?.latest?.value).toBe(83);
      for (const error of result.errors ?? [])
        expect(error.extensions).toEqual({ code: "REGION_UNAVAILABLE", region: "SE-N" });
    }
    expect(results.at(-1)?.errors).toHaveLength(1);
    await processes.start("SE-N");
  });
});
