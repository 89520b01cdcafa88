import { REGIONS } from "@jamlik/registry";
import { adminToken, postGraphQL } from "@jamlik/testkit";
import { describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

const region =
  REGIONS[0] ??
  (() => {
    throw new Error("empty registry");
  })();

describe("a region's draft through the gateway", () => {
  const stack = sharedStack("openStack");
  const adminUrl = stack.adminUrls[region.code] ?? "";
  const token = (role: string) => adminToken(stack.devSecret, region.code, role);
  const latest = async () => {
    const result = await postGraphQL<{ region: { latest: { period: string; value: number } | null } }>(
      stack.gatewayUrl,
      `query($code: ID!) { region(code: $code) { latest(metric: "PHONE_ANSWER_RATE") { period value } } }`,
      { code: region.code },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.region.latest;
  };

  it("is invisible until published, then visible", async () => {
    expect(await latest()).toBeNull();
    const created = await postGraphQL<{ createMeasurement: { id: number } }>(
      adminUrl,
      `mutation { createMeasurement(input: { metricCode: "PHONE_ANSWER_RATE", period: "2026-10", value: 88.5 }) { id } }`,
      {},
      { authorization: `Bearer ${await token("editor")}` },
    );
    expect(created.errors).toBeUndefined();
    expect(await latest()).toBeNull();
    const published = await postGraphQL(
      adminUrl,
      `mutation($id: Int!) { publish(records: [{ entity: MEASUREMENT, id: $id }]) { published { id } } }`,
      { id: created.data?.createMeasurement.id },
      { authorization: `Bearer ${await token("publisher")}` },
    );
    expect(published.errors).toBeUndefined();
    // The gateway's answer cache drops its answers when it sees the region's publication version move.
    await expect.poll(latest, { timeout: 30_000, interval: 25 }).toEqual({ period: "2026-10", value: 88.5 });
  });

  it("does not let the gateway reach the admin API", async () => {
    const result = await postGraphQL(stack.gatewayUrl, `mutation { publish { published { id } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/no mutation operations/);
  });
});
