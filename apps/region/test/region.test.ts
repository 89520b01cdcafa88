import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityQuery, type RegionHarness, startRegion } from "./harness.ts";

type Entities = { _entities: (Record<string, unknown> | null)[] };

describe("Norrbotten's subgraph on its own database", () => {
  let region: RegionHarness;
  const reps = [{ __typename: "Norrbotten", code: "SE-BD" }];
  const entity = async (selection: string, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await region.run<Entities>(entityQuery("Norrbotten", selection), {
      reps,
      ...variables,
    });
    expect(errors).toEqual([]);
    return data?._entities[0] as Record<string, never>;
  };

  beforeAll(async () => {
    region = await startRegion("SE-BD");
  });
  afterAll(() => region?.close());

  it("resolves its own region by key and nothing else", async () => {
    const { data, errors } = await region.run<Entities>(entityQuery("Norrbotten", "code name"), {
      reps: [...reps, { __typename: "Norrbotten", code: "SE-U" }],
    });
    expect(errors).toEqual([]);
    expect(data?._entities).toEqual([{ code: "SE-BD", name: "Region Norrbotten" }, null]);
  });

  it("serves its schema under the registry's type name", async () => {
    const { data } = await region.run<{ _service: { sdl: string } }>("{ _service { sdl } }");
    expect(data?._service.sdl).toContain("type Norrbotten implements Region");
    expect(data?._service.sdl).not.toContain("type Halland");
  });

  it("serves the logged-in share from the source document: 31 % in 2016, 83 % in 2020", async () => {
    const result = await entity(
      `measurements(metric: "LOGGED_IN_SHARE") { period value sex missing source { document dnr quote } }
       latest(metric: "LOGGED_IN_SHARE") { period value }`,
    );
    expect(result.measurements).toEqual([
      expect.objectContaining({
        period: "2016",
        value: 31,
        source: expect.objectContaining({ document: "001_76e2d01250d0f490.txt", dnr: "678-2021" }),
      }),
      expect.objectContaining({
        period: "2020",
        value: 83,
        source: expect.objectContaining({ document: "001_76e2d01250d0f490.txt" }),
      }),
    ]);
    expect(result.latest).toEqual({ period: "2020", value: 83 });
  });

  it("filters measurements by period range and rejects a malformed period", async () => {
    const result = await entity(
      `measurements(metric: "LOGGED_IN_SHARE", from: "2017", to: "2020-Q4") { period value }`,
    );
    expect(result.measurements).toEqual([{ period: "2020", value: 83 }]);
    const { errors } = await region.run(
      entityQuery("Norrbotten", `measurements(from: "2020-13") { period }`),
      { reps },
    );
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors[0]?.message).toContain("2020-13");
  });

  it("serves the basutbud decided in Dnr 678-2021", async () => {
    const result = await entity(
      `basutbud(asOf: "2024-01-01") { validFrom demo services { code } decision { dnr } }`,
    );
    expect(result.basutbud).toEqual({
      validFrom: "2022-01-01",
      demo: false,
      decision: { dnr: "678-2021" },
      services: expect.arrayContaining([
        { code: "FORNYA_RECEPT" },
        { code: "DIGITALEN" },
        { code: "TELEFON_MOTTAGNING" },
      ]),
    });
    expect(await entity(`basutbud(asOf: "2021-06-01") { validFrom }`)).toEqual({ basutbud: null });
  });

  it("computes coverage that names the care units missing basutbud services", async () => {
    const result = await entity(`coverage(asOf: "2026-01-01") {
      share unitsTotal unitsComplete
      gaps { careUnit { hsaId name demo } missing { code } }
      municipalities { municipality { code name } unitsTotal unitsComplete share }
    }`);
    const coverage = result.coverage as unknown as {
      share: number;
      unitsTotal: number;
      unitsComplete: number;
      gaps: { careUnit: { demo: boolean }; missing: unknown[] }[];
      municipalities: { unitsTotal: number; municipality: { code: string } }[];
    };
    expect(coverage.unitsTotal).toBeGreaterThanOrEqual(15);
    expect(coverage.gaps.length).toBe(coverage.unitsTotal - coverage.unitsComplete);
    expect(coverage.gaps.length).toBeGreaterThan(0);
    expect(coverage.gaps.every((gap) => gap.missing.length > 0 && gap.careUnit.demo)).toBe(true);
    expect(coverage.share).toBeCloseTo((100 * coverage.unitsComplete) / coverage.unitsTotal, 1);
    expect(coverage.municipalities.reduce((sum, m) => sum + m.unitsTotal, 0)).toBe(coverage.unitsTotal);
    expect(coverage.municipalities.every((m) => m.municipality.code.startsWith("25"))).toBe(true);
  });

  it("lists care units with offerings and filters them by municipality", async () => {
    const all = await entity(
      "careUnits { hsaId municipality { name } offerings { service { code } validFrom validTo } }",
    );
    const units = all.careUnits as unknown as { municipality: { name: string }; offerings: unknown[] }[];
    expect(units.length).toBeGreaterThanOrEqual(15);
    expect(units.every((unit) => unit.offerings.length > 0)).toBe(true);
    const lulea = await entity(`careUnits(municipality: "Luleå") { municipality { code name } }`);
    const byCode = await entity(`careUnits(municipality: "2580") { municipality { code name } }`);
    expect(lulea.careUnits).not.toHaveLength(0);
    expect(byCode.careUnits).toEqual(lulea.careUnits);
    expect(lulea.careUnits).toEqual(
      expect.arrayContaining([{ municipality: { code: "2580", name: "Luleå" } }]),
    );
  });

  it("links the auditors' four recommendations to the decisions that answer them", async () => {
    const result = await entity(
      "recommendations { ordinal text audit { title year } decisions { dnr } activities { title } }",
    );
    const recs = result.recommendations as unknown as {
      ordinal: number;
      audit: { year: number };
      decisions: { dnr: string }[];
    }[];
    expect(recs.map((rec) => rec.ordinal)).toEqual([1, 2, 3, 4]);
    expect(recs.every((rec) => rec.audit.year === 2021)).toBe(true);
    expect(recs[0]?.decisions.map((d) => d.dnr)).toEqual(expect.arrayContaining(["00361-2021", "678-2021"]));
  });

  it("reports goals without a stated target as NO_TARGET", async () => {
    const result = await entity(
      "goals { metric { code } target comparator period attainment latest { period value } }",
    );
    expect(result.goals).toEqual([
      {
        metric: { code: "LOGGED_IN_SHARE" },
        target: null,
        comparator: "GTE",
        period: "2020",
        attainment: "NO_TARGET",
        latest: { period: "2020", value: 83 },
      },
    ]);
  });
});

describe("Halland's action plan", () => {
  let region: RegionHarness;
  const reps = [{ __typename: "Halland", code: "SE-N" }];

  beforeAll(async () => {
    region = await startRegion("SE-N");
  });
  afterAll(() => region?.close());

  it("keeps quarter deadlines as quarters and flags activities not done by 2019-01-01", async () => {
    const { data, errors } = await region.run<Entities>(
      entityQuery(
        "Halland",
        `actionPlans { title activities { heading title due status completedOn overdue(asOf: "2019-01-01") } }`,
      ),
      { reps },
    );
    expect(errors).toEqual([]);
    type Plans = {
      actionPlans: { activities: { due: string | null; overdue: boolean; status: string }[] }[];
    };
    const plans = (data?._entities[0] as Plans | undefined)?.actionPlans ?? [];
    expect(plans).toHaveLength(1);
    const activities = plans[0]?.activities ?? [];
    expect(activities.map((a) => a.due)).toEqual(
      expect.arrayContaining(["2017-Q3", "2018-Q1", "2018-Q4", "2018"]),
    );
    for (const activity of activities) {
      expect(activity.overdue).toBe(activity.due !== null && activity.status !== "DONE");
    }
  });

  it("rejects an overdue date that is not a date", async () => {
    const { errors } = await region.run(
      entityQuery("Halland", `actionPlans { activities { overdue(asOf: "2019-Q1") } }`),
      { reps },
    );
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
