import { REGIONS } from "@jamlik/registry";
import { postGraphQL } from "@jamlik/testkit";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./stack.ts";

const SECRET = "e2e-secret-that-is-long-enough";
const region =
  REGIONS[0] ??
  (() => {
    throw new Error("empty registry");
  })();

const token = (role: string) =>
  new SignJWT({ region: region.code, role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(`e2e-${role}`)
    .setIssuer("jamlik-dev")
    .setAudience("jamlik-admin")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(SECRET));

describe("a region's draft through the gateway", () => {
  let stack: TestStack;
  let adminUrl: string;
  const latest = async () => {
    const result = await postGraphQL<{ region: { latest: { period: string; value: number } | null } }>(
      stack.gatewayUrl,
      `query($code: ID!) { region(code: $code) { latest(metric: "PHONE_ANSWER_RATE") { period value } } }`,
      { code: region.code },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.region.latest;
  };

  beforeAll(async () => {
    stack = await startTestStack({ env: { AUTH_DEV_SECRET: SECRET } });
    const spec = stack.specs.find((s) => s.name === region.code);
    adminUrl = `http://127.0.0.1:${spec?.port}/admin/graphql`;
  });
  afterAll(() => stack?.dispose());

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
    // The gateway's answer cache notices the publication within its watch interval (250 ms).
    const deadline = Date.now() + 1_000;
    let value = await latest();
    while (value === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      value = await latest();
    }
    expect(value).toEqual({ period: "2026-10", value: 88.5 });
  });

  it("does not let the gateway reach the admin API", async () => {
    const result = await postGraphQL(stack.gatewayUrl, `mutation { publish { published { id } } }`);
    expect(result.errors?.[0]?.message).toMatch(/Mutation|mutation/);
  });
});
