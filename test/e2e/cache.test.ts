import { REGIONS } from "@jamlik/registry";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "./stack.ts";

const SECRET = "cache-test-secret-long-enough";
const region =
  REGIONS[0] ??
  (() => {
    throw new Error("empty registry");
  })();
const QUERY = `query($code: ID!) { region(code: $code) { latest(metric: "PHONE_ANSWER_RATE") { period value } } }`;

const token = (role: string) =>
  new SignJWT({ region: region.code, role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(`cache-${role}`)
    .setIssuer("jamlik-dev")
    .setAudience("jamlik-admin")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(SECRET));

describe("the gateway's answer cache", () => {
  let stack: TestStack;
  let adminUrl: string;
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
      headers: { "content-type": "application/json", authorization: `Bearer ${await token(role)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { id: number }>; errors?: unknown[] };
  };

  beforeAll(async () => {
    stack = await startTestStack({ env: { AUTH_DEV_SECRET: SECRET, RESPONSE_CACHE: "on" } });
    adminUrl = `http://127.0.0.1:${stack.specs.find((s) => s.name === region.code)?.port}/admin/graphql`;
  }, 180_000);
  afterAll(() => stack?.dispose());

  it("answers a repeated query from the cache", async () => {
    expect((await ask()).cache).toBe("miss");
    expect(await ask()).toEqual({ cache: "hit", latest: null });
  });

  it("shows a region's publication within one second", async () => {
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
    const publishedAt = performance.now();
    let answer = await ask();
    while (answer.latest === null && performance.now() - publishedAt < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = await ask();
    }
    const visibleAfterMs = performance.now() - publishedAt;
    console.log(`published measurement visible through the gateway after ${visibleAfterMs.toFixed(0)} ms`);
    expect(answer.latest).toEqual({ period: "2026-09", value: 91.5 });
    expect(visibleAfterMs).toBeLessThan(1_000);
  });
});
