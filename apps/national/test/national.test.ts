import { REGIONS } from "@jamlik/registry";
import { createLogger } from "@jamlik/service";
import { createTestDatabase, type TestDatabase } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNationalServer, type NationalServer } from "../src/server.ts";

describe("national subgraph on its own database", () => {
  let database: TestDatabase;
  let server: NationalServer;
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await server.service.apollo.executeOperation(
      { query, variables },
      { contextValue: server.context() },
    );
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string }; message: string }[];
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase("national");
    server = await createNationalServer({
      logger: createLogger("test", "silent"),
      regions: REGIONS,
      databaseUrl: database.url,
      dataDir: "memory://",
    });
  });
  afterAll(async () => {
    await server?.service.close();
    await database?.drop();
  });

  it("lists the registry's regions in order, each as its own type", async () => {
    const result = await run("{ regions { __typename code name } }");
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions).toEqual([
      { __typename: "Norrbotten", code: "SE-BD", name: "Region Norrbotten" },
      { __typename: "Vastmanland", code: "SE-U", name: "Region Västmanland" },
      { __typename: "Halland", code: "SE-N", name: "Region Halland" },
    ]);
  });

  it("names a few of many unknown codes, never echoes them all, and looks nothing up for codes that cannot exist", async () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => `SE-${i}`);
    const bad = await run("query($codes: [ID!]) { regions(codes: $codes) { code } }", { codes });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/and 9995 more/);
    expect(bad.errors?.[0]?.message.length).toBeLessThan(400);
    const nul = await run('{ service(code: "A\\u0000") { code } metric(code: "x\\u0000") { code } }');
    expect(nul.errors).toBeUndefined();
    expect(nul.data).toEqual({ service: null, metric: null });
  });

  it("filters regions by code and rejects unknown codes", async () => {
    expect((await run(`{ regions(codes: ["SE-N", "SE-BD"]) { code } }`)).data?.regions).toEqual([
      { code: "SE-BD" },
      { code: "SE-N" },
    ]);
    const bad = await run(`{ regions(codes: ["SE-XX"]) { code } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("SE-XX");
    expect((await run(`{ region(code: "SE-XX") { code } }`)).data?.region).toBeNull();
  });

  it("serves the service catalog with Digitalen and Digitala vårdbesök as Norrbotten's regional services", async () => {
    const result = await run("{ services { code name kind regional regionCodes } }");
    const services = result.data?.services as {
      code: string;
      kind: string;
      regional: boolean;
      regionCodes: string[];
    }[];
    expect(services.map((s) => s.code)).toEqual([
      "FORNYA_RECEPT",
      "KONTAKTA_MIG",
      "AVBOKA_OMBOKA",
      "BESTALLA_TID",
      "RADGIVNING",
      "JOURNALEN",
      "WEBBTIDBOK",
      "TELEFON_1177",
      "WEBB_1177",
      "DIGITALT_VARDBESOK",
      "TELEFON_MOTTAGNING",
      "DIGITALEN",
    ]);
    expect(services.find((s) => s.code === "DIGITALEN")).toMatchObject({
      kind: "REGIONAL",
      regional: true,
      regionCodes: ["SE-BD"],
    });
    expect(services.filter((s) => s.regional).map((s) => s.code)).toEqual([
      "DIGITALT_VARDBESOK",
      "DIGITALEN",
    ]);
  });

  it("serves the metric definitions with unit and direction", async () => {
    const result = await run("{ metrics { code unit higherIsBetter definition source { document } } }");
    const metrics = result.data?.metrics as { code: string; unit: string; higherIsBetter: boolean }[];
    expect(metrics).toHaveLength(9);
    expect(metrics.find((m) => m.code === "PHONE_MEAN_WAIT_MIN")).toMatchObject({
      unit: "MINUTES",
      higherIsBetter: false,
    });
    expect(metrics.find((m) => m.code === "LOGGED_IN_SHARE")).toMatchObject({
      unit: "PERCENT",
      higherIsBetter: true,
    });
  });

  it("says so where the documents define no metric or unit, instead of assuming one", async () => {
    const result = await run("{ metrics { code unit definition note } }");
    const metrics = result.data?.metrics as {
      code: string;
      unit: string | null;
      definition: string;
      note: string;
    }[];
    for (const code of ["TRUST_1177", "PHONE_ANSWER_RATE"]) {
      expect(metrics.find((m) => m.code === code)).toMatchObject({
        unit: null,
        definition: "Definitionen anges inte i dokumenten.",
        note: expect.stringMatching(/anger inte|definierar den inte/),
      });
    }
  });

  it("serves a region's population only where the registry has it: none for the pilot regions", async () => {
    const result = await run("{ regions { code population { count year demo } } }");
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions).toEqual([
      { code: "SE-BD", population: null },
      { code: "SE-U", population: null },
      { code: "SE-N", population: null },
    ]);
  });

  it("resolves Service and Metric entities by key, null for unknown keys", async () => {
    const result = await run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { code name kind } ... on Metric { code unit } } }`,
      {
        reps: [
          { __typename: "Service", code: "JOURNALEN" },
          { __typename: "Metric", code: "UNIQUE_LOGINS" },
          { __typename: "Service", code: "NOPE" },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { code: "JOURNALEN", name: "Journalen", kind: "E_SERVICE" },
      { code: "UNIQUE_LOGINS", unit: "COUNT" },
      null,
    ]);
  });

  it("keeps the catalog in step with the repository on every start (upsert, no duplicates)", async () => {
    const { seedCatalog } = await import("../src/seed.ts");
    const { nationalSchema } = await import("@jamlik/db");
    const { eq } = await import("drizzle-orm");
    const { db } = server.context();
    await db
      .update(nationalSchema.services)
      .set({ name: "stale" })
      .where(eq(nationalSchema.services.code, "JOURNALEN"));
    await seedCatalog(db);
    const result = await run('{ services { code } service(code: "JOURNALEN") { name } }');
    expect(result.data?.services).toHaveLength(12);
    expect(result.data?.service).toEqual({ name: "Journalen" });
  });
});
