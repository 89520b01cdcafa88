import { envKey, REGIONS } from "@jamlik/registry";
import { freePort, postGraphQL, startFaultProxy } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPH_CREDENTIAL_HEADER } from "../../infra/hive/subgraphs.ts";
import { sharedStack } from "../e2e/sharedStacks.ts";
import { type HiveGateway, startHiveGateway } from "./hiveGateway.ts";

const COMPARISON = `{ regions { code name latest(metric: "LOGGED_IN_SHARE") { period value } coverage { unitsTotal } } }`;

interface Region {
  code: string;
  name: string;
  latest: { period: string; value: number } | null;
  coverage: { unitsTotal: number } | null;
}
type Regions = { regions: Region[] };

describe("Hive Gateway (infra/hive/gateway.config.ts) over the committed supergraph and real subgraphs", () => {
  // The run's stack with production settings: subgraphs that require the credential.
  const stack = sharedStack("securedStack");
  const secret = stack.subgraphSecret ?? "";
  /** Configured with SUBGRAPH_SECRETS. */
  let hive: HiveGateway;
  /** The same configuration without SUBGRAPH_SECRETS. */
  let hiveWithoutSecret: HiveGateway;
  let subgraphUrls: Record<string, string>;

  beforeAll(async () => {
    const url = (name: string) => `http://127.0.0.1:${stack.ports[name]}/graphql`;
    // The variables our gateway reads, named from the registry.
    subgraphUrls = {
      NATIONAL_URL: url("national"),
      ...Object.fromEntries(REGIONS.map((r) => [`REGION_URL_${envKey(r.code)}`, url(r.code)])),
    };
    const [withSecret, withoutSecret] = await Promise.allSettled([
      freePort().then((port) => startHiveGateway(port, { ...subgraphUrls, SUBGRAPH_SECRETS: secret })),
      freePort().then((port) => startHiveGateway(port, subgraphUrls)),
    ]);
    // Assigned before any failure is thrown, so that afterAll stops whichever did start.
    if (withSecret.status === "fulfilled") hive = withSecret.value;
    if (withoutSecret.status === "fulfilled") hiveWithoutSecret = withoutSecret.value;
    for (const result of [withSecret, withoutSecret]) if (result.status === "rejected") throw result.reason;
  });

  afterAll(async () => {
    await Promise.all([hive?.stop(), hiveWithoutSecret?.stop()]);
  });

  it("runs against subgraphs that refuse anyone without the credential", async () => {
    const direct = await postGraphQL(`http://127.0.0.1:${stack.ports.national}/graphql`, "{ __typename }");
    expect(direct.status).toBe(401);
  });

  it("answers /health and /ready", async () => {
    const base = hive.url.replace("/graphql", "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it("returns all three regions with Norrbotten's 83 % logged in for 2020", async () => {
    const result = await postGraphQL<Regions>(hive.url, COMPARISON);
    expect(result.errors, hive.output()).toBeUndefined();
    const regions = result.data?.regions ?? [];
    expect(regions.map((r) => r.code)).toEqual(REGIONS.map((r) => r.code));
    expect(regions.map((r) => r.name)).toEqual(REGIONS.map((r) => r.name));
    expect(regions.find((r) => r.code === "SE-BD")?.latest).toEqual({ period: "2020", value: 83 });
    for (const region of regions) expect(region.coverage?.unitsTotal).toBeGreaterThanOrEqual(15);
  });

  it("returns the same data as our gateway", async () => {
    const [fromHive, fromOurs] = await Promise.all([
      postGraphQL<Regions>(hive.url, COMPARISON),
      postGraphQL<Regions>(stack.gatewayUrl, COMPARISON),
    ]);
    expect(fromOurs.errors, "our gateway (apps/gateway) answers with SUBGRAPH_SECRETS set").toBeUndefined();
    expect(fromHive.data).toEqual(fromOurs.data);
  });

  it("is refused by the subgraphs without SUBGRAPH_SECRETS", async () => {
    const result = await postGraphQL<Regions>(hiveWithoutSecret.url, COMPARISON);
    expect(result.data?.regions ?? null).toBeNull();
    // National, asked first, answers 401 UNAUTHENTICATED; Hive passes that on.
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      serviceName: "national",
    });
  });

  it("does not pass a client's own credential header on to the subgraphs", async () => {
    const result = await postGraphQL<Regions>(
      hiveWithoutSecret.url,
      COMPARISON,
      {},
      { [SUBGRAPH_CREDENTIAL_HEADER]: secret },
    );
    expect(result.data?.regions ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("gives up on a region that never answers, at its 3 s deadline, and serves the others", async () => {
    const proxy = await startFaultProxy(stack.ports["SE-U"] ?? 0);
    proxy.set({ kind: "hang" });
    const slow = await startHiveGateway(await freePort(), {
      ...subgraphUrls,
      REGION_URL_SE_U: proxy.url,
      SUBGRAPH_SECRETS: secret,
    });
    try {
      const started = performance.now();
      const result = await postGraphQL<Regions>(slow.url, COMPARISON);
      const ms = performance.now() - started;
      expect(ms).toBeGreaterThanOrEqual(2_900);
      expect(result.errors?.length, slow.output()).toBeGreaterThan(0);
      const regions = result.data?.regions ?? [];
      expect(regions.map((r) => r.code)).toEqual(REGIONS.map((r) => r.code));
      expect(regions.find((r) => r.code === "SE-U")?.coverage ?? null).toBeNull();
      expect(regions.find((r) => r.code === "SE-BD")?.latest).toEqual({ period: "2020", value: 83 });
    } finally {
      await slow.stop();
      await proxy.close();
    }
  });
});
