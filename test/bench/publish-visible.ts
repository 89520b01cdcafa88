/**
 * How soon a publication is visible through the gateway (answer cache on, as `npm start` runs it):
 * from the publish mutation's answer to the first gateway answer with the new value, repeated.
 * A benchmark, not a test. Usage: npm run bench:publish [-- repetitions]
 */
import { REGIONS } from "@jamlik/registry";
import { adminToken, postGraphQL } from "@jamlik/testkit";
import { startTestStack } from "../e2e/stack.ts";

const repetitions = Number(process.argv[2] ?? 10);
const secret = "bench-publish-secret-long-enough";
const region =
  REGIONS[0] ??
  (() => {
    throw new Error("empty registry");
  })();
const stack = await startTestStack({ env: { AUTH_DEV_SECRET: secret } });
try {
  const adminUrl = `http://127.0.0.1:${stack.specs.find((s) => s.name === region.code)?.port}/admin/graphql`;
  const [editor, publisher] = await Promise.all([
    adminToken(secret, region.code, "editor"),
    adminToken(secret, region.code, "publisher"),
  ]);
  const latest = async () =>
    (
      await postGraphQL<{ region: { latest: { value: number } | null } }>(
        stack.gatewayUrl,
        `query($code: ID!) { region(code: $code) { latest(metric: "PHONE_ANSWER_RATE") { value } } }`,
        { code: region.code },
      )
    ).data?.region.latest?.value;
  const delays: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const value = 50 + i;
    await latest(); // the answer is cached now
    const created = await postGraphQL<{ createMeasurement: { id: number } }>(
      adminUrl,
      `mutation($p: String!, $v: Float!) { createMeasurement(input: { metricCode: "PHONE_ANSWER_RATE", period: $p, value: $v }) { id } }`,
      { p: `${2030 + i}`, v: value },
      { authorization: `Bearer ${editor}` },
    );
    await postGraphQL(
      adminUrl,
      `mutation($id: Int!) { publish(records: [{ entity: MEASUREMENT, id: $id }]) { published { id } } }`,
      { id: created.data?.createMeasurement.id },
      { authorization: `Bearer ${publisher}` },
    );
    const published = performance.now();
    while ((await latest()) !== value) await new Promise((resolve) => setTimeout(resolve, 5));
    delays.push(performance.now() - published);
  }
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(
    `publication visible through the gateway after: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, ` +
      `max ${sorted.at(-1)?.toFixed(0)} ms (${repetitions} publications; the cache's version watch runs every 250 ms)`,
  );
} finally {
  await stack.dispose();
}
