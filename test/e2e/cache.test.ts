import { getRegion } from "@jamlik/registry";
import { adminToken } from "@jamlik/testkit";
import { describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

/** Halland, so that this file and admin.test.ts (Norrbotten) never touch the same answers. */
const region = getRegion("SE-N");
const QUERY = `query($code: ID!) { region(code: $code) { latest(metric: "PHONE_ANSWER_RATE") { period value } } }`;

describe("the gateway's answer cache", () => {
  const stack = sharedStack("openStack");
  const adminUrl = stack.adminUrls[region.code] ?? "";
  const ask = async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, variables: { code: region.code } }),
    });
    const body = (await response.json()) as {
      data: { region: { latest: { period: string; value: number } | null } };
    };
    return { cache: response.headers.get("x-jamlik-cache"), latest: body.data.region.latest };
  };
  const admin = async (query: string, variables: Record<string, unknown>, role: string) => {
    const response = await fetch(adminUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await adminToken(stack.devSecret, region.code, role)}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { id: number }>; errors?: unknown[] };
  };

  it("answers a repeated query from the cache", async () => {
    const first = await ask();
    expect(["miss", "hit"]).toContain(first.cache);
    expect(await ask()).toEqual({ cache: "hit", latest: null });
  });

  it("drops its answers when the region publishes: the new value is served, never the stale one again", async () => {
    const created = await admin(
      `mutation { createMeasurement(input: { metricCode: "PHONE_ANSWER_RATE", period: "2026-09", value: 91.5 }) { id } }`,
      {},
      "editor",
    );
    expect((await ask()).latest).toBeNull(); // a draft changes nothing
    const published = await admin(
      `mutation($id: Int!) { publish(records: [{ entity: MEASUREMENT, id: $id }]) { published { id } } }`,
      { id: created.data?.createMeasurement?.id },
      "publisher",
    );
    expect(published.errors).toBeUndefined();
    // How soon is a benchmark's question (npm run bench:publish); here: it happens, and it stays.
    await expect
      .poll(async () => (await ask()).latest, { timeout: 30_000, interval: 20 })
      .toEqual({ period: "2026-09", value: 91.5 });
    expect(await ask()).toEqual({ cache: "hit", latest: { period: "2026-09", value: 91.5 } });
  });
});
