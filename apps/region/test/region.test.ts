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

  it("refuses a metric code the database could not even hold (NUL) as bad input, with no SQL in the answer", async () => {
    const before = region.queries.length;
    const { errors } = await region.run(
      entityQuery("Norrbotten", `measurements(metric: "A\\u0000B") { period }`),
      {
        reps,
      },
    );
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(errors)).not.toMatch(/Failed query|select|params/i);
    expect(region.queries.slice(before).some((sql) => sql.includes("measurements"))).toBe(false);
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

describe("Norrbotten: honest figures", () => {
  let region: RegionHarness;
  const reps = [{ __typename: "Norrbotten", code: "SE-BD" }];
  const entity = async (selection: string) => {
    const { data, errors } = await region.run<Entities>(entityQuery("Norrbotten", selection), { reps });
    expect(errors).toEqual([]);
    return data?._entities[0] as Record<string, never>;
  };

  beforeAll(async () => {
    region = await startRegion("SE-BD");
  });
  afterAll(() => region?.close());

  it("marks coverage, every municipality's coverage and the municipalities demo: the care units are", async () => {
    const result =
      await entity(`coverage(asOf: "2026-01-01") { demo municipalities { demo municipality { demo } } }
      municipalities { demo }`);
    const coverage = result.coverage as unknown as {
      demo: boolean;
      municipalities: { demo: boolean; municipality: { demo: boolean } }[];
    };
    expect(coverage.demo).toBe(true);
    expect(coverage.municipalities.length).toBeGreaterThan(0);
    expect(coverage.municipalities.every((m) => m.demo && m.municipality.demo)).toBe(true);
    expect((result.municipalities as unknown as { demo: boolean }[]).every((m) => m.demo)).toBe(true);
  });

  it("serves the document's decisions as not demo, and both 2021 proposals as PROPOSED", async () => {
    const result = await entity("decisions { dnr status demo note }");
    const decisions = result.decisions as unknown as { dnr: string | null; status: string; demo: boolean }[];
    expect(decisions.every((d) => !d.demo)).toBe(true);
    expect(decisions.filter((d) => d.dnr !== null).map((d) => [d.dnr, d.status])).toEqual([
      ["00361-2021", "PROPOSED"],
      ["678-2021", "PROPOSED"],
    ]);
  });

  it("serves the auditors' findings with their quotes", async () => {
    const result = await entity(`findings { topic statedBy text period demo source { document quote } }
      trust: findings(topic: TRUST) { text }`);
    const findings = result.findings as unknown as {
      topic: string;
      statedBy: string;
      demo: boolean;
      source: { document: string; quote: string };
    }[];
    expect(findings.filter((f) => f.statedBy === "AUDITORS").map((f) => f.topic)).toEqual([
      "TRUST",
      "UNIFORM_OFFERING",
      "BOARD_FOLLOW_UP",
      "PHONE",
      "USAGE",
    ]);
    expect(findings.every((f) => !f.demo && f.source.quote.length > 0)).toBe(true);
    expect(result.trust).toEqual([{ text: expect.stringContaining("bland de lägsta i landet") }]);
  });

  it("serves the history as a timeline: dates as written, decisions among them, oldest first", async () => {
    const result = await entity("events { date period text decision { title } source { document } }");
    const events = result.events as unknown as { date: string; decision: { title: string } | null }[];
    expect(events.map((e) => e.date)).toEqual([
      "2015-10-28",
      "2016",
      "2017-03-01",
      "2017-04-26",
      "2018-06-07",
      "2018-09-27",
      "2019",
      "2019",
      "februari 2021",
      "2021-05-20",
    ]);
    expect(events[0]?.decision?.title).toBe("Strategi för invånartjänster");
    expect(events[2]?.decision).toBeNull();
  });

  it("dates the unique logins to 2021 with a note that the year is inferred", async () => {
    const result = await entity(`latest(metric: "UNIQUE_LOGINS") { period value note }`);
    expect(result.latest).toEqual({
      period: "2021",
      value: 206000,
      note: expect.stringContaining("härlett"),
    });
  });
});

describe("Halland: a part of the region is not the region", () => {
  let region: RegionHarness;
  const reps = [{ __typename: "Halland", code: "SE-N" }];

  beforeAll(async () => {
    region = await startRegion("SE-N");
  });
  afterAll(() => region?.close());

  it("serves Webbtidbok's 9 % for närsjukvården, and no region total", async () => {
    const { data, errors } = await region.run<Entities>(
      entityQuery(
        "Halland",
        `measurements(metric: "WEBBTIDBOK_REBOOKING_SHARE") { period value scope }
         latest(metric: "WEBBTIDBOK_REBOOKING_SHARE") { value }
         events { date period }
         audits { year note }`,
      ),
      { reps },
    );
    expect(errors).toEqual([]);
    expect(data?._entities[0]).toMatchObject({
      measurements: [{ period: "2017", value: 9, scope: "närsjukvården" }],
      latest: null,
      events: expect.arrayContaining([
        { date: "augusti 2017", period: "2017-08" },
        { date: "1/1-2018", period: "2018-01-01" },
      ]),
      audits: [{ year: 2017, note: expect.stringContaining("härlett") }],
    });
  });
});

describe("Halland's action plan", () => {
  let region: RegionHarness;
  const reps = [{ __typename: "Halland", code: "SE-N" }];

  beforeAll(async () => {
    region = await startRegion("SE-N");
  });
  afterAll(() => region?.close());

  it("keeps quarter deadlines as quarters and never calls an activity of the 2017 plan overdue", async () => {
    const { data, errors } = await region.run<Entities>(
      entityQuery(
        "Halland",
        `actionPlans { title demo activities { heading title start due status statusAsOf completedOn note overdue(asOf: "2019-01-01") } }`,
      ),
      { reps },
    );
    expect(errors).toEqual([]);
    type Plans = {
      actionPlans: {
        demo: boolean;
        activities: {
          heading: string;
          due: string | null;
          overdue: boolean | null;
          status: string;
          statusAsOf: string;
        }[];
      }[];
    };
    const plans = (data?._entities[0] as Plans | undefined)?.actionPlans ?? [];
    expect(plans).toHaveLength(1);
    expect(plans[0]?.demo).toBe(false);
    const activities = plans[0]?.activities ?? [];
    expect(activities.map((a) => a.due)).toEqual(
      expect.arrayContaining(["2017-Q3", "2018-Q1", "2018-Q4", "2018"]),
    );
    // The letter says which work had started in 2017 and nothing of what was done after: under way
    // or unknown as of 2017, so past its deadline neither overdue nor on time.
    const underWay = activities.filter((a) => a.status === "IN_PROGRESS").map((a) => a.heading);
    expect(underWay).toEqual([
      ...Array(4).fill(
        "Konkretisera en plan för 1177 Vårdguiden för Region Halland idag och utvecklingen framåt",
      ),
      "Uppföljning av användning av digitala tjänster",
    ]);
    for (const activity of activities) {
      expect(["IN_PROGRESS", "UNKNOWN"]).toContain(activity.status);
      expect(activity.statusAsOf).toBe("2017");
      expect(activity.overdue).toBe(activity.due === null ? false : null);
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
