import { readSourceDocument } from "@jamlik/seeds";
import { postGraphQL } from "@jamlik/testkit";
import { describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

interface RegionData {
  code: string;
  name: string;
  [field: string]: unknown;
}
type Regions = { regions: RegionData[] };

const CARE_UNITS = `{ regions { code name careUnits { hsaId name municipality { code name } demo offerings { service { code name } validFrom validTo } } } }`;
const LATEST = `query($metric: ID!) { regions { code name latest(metric: $metric) { metric { code name unit } period value source { document dnr quote } } } }`;
const COVERAGE = `{ regions { code coverage { share unitsTotal unitsComplete gaps { careUnit { hsaId name } missing { code name } } } } }`;

describe("the federation end to end: national, three regions and the gateway as processes", () => {
  const stack = sharedStack("openStack");
  const query = <T>(text: string, variables?: Record<string, unknown>) =>
    postGraphQL<T>(stack.gatewayUrl, text, variables);

  it("returns the care units with their offerings of all three regions in one query", async () => {
    const result = await query<Regions>(CARE_UNITS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
    for (const region of result.data?.regions ?? []) {
      const units = region.careUnits as { demo: boolean; offerings: { service: { name: string } }[] }[];
      expect(units.length).toBeGreaterThanOrEqual(15);
      expect(units.length).toBeLessThanOrEqual(40);
      expect(units.every((unit) => unit.demo)).toBe(true);
      // Service names come from the national subgraph: the entity join across subgraphs works.
      expect(units[0]?.offerings[0]?.service.name).toMatch(/\S/);
    }
  });

  it("returns the latest value of a metric for every region with period and source", async () => {
    const result = await query<Regions>(LATEST, { metric: "LOGGED_IN_SHARE" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions[0]?.latest).toEqual({
      metric: { code: "LOGGED_IN_SHARE", name: expect.any(String), unit: "PERCENT" },
      period: "2020",
      value: 83,
      source: {
        document: "001_76e2d01250d0f490.txt",
        dnr: "678-2021",
        quote: expect.stringContaining("83%"),
      },
    });
    const wait = await query<Regions>(LATEST, { metric: "PHONE_MEAN_WAIT_MIN" });
    expect(wait.data?.regions.find((r) => r.code === "SE-U")?.latest).toMatchObject({
      period: "2020",
      value: 24,
    });
  });

  it("shows Norrbotten's logged-in share: 31 for 2016 and 83 for 2020, with the source document", async () => {
    const result = await query<{ region: RegionData }>(
      `{ region(code: "SE-BD") { name measurements(metric: "LOGGED_IN_SHARE") { period value source { document dnr } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.measurements).toEqual([
      { period: "2016", value: 31, source: { document: "001_76e2d01250d0f490.txt", dnr: "678-2021" } },
      { period: "2020", value: 83, source: { document: "001_76e2d01250d0f490.txt", dnr: "678-2021" } },
    ]);
  });

  it("lists Halland's 2017 activities with deadlines, under way or of unknown status as of 2017, none overdue", async () => {
    const result = await query<{ region: RegionData }>(
      `{ region(code: "SE-N") { actionPlans { title activities { title due status statusAsOf completedOn overdue(asOf: "2019-01-01") today: overdue(asOf: "2026-12-02") } } } }`,
    );
    expect(result.errors).toBeUndefined();
    type Plans = {
      activities: {
        due: string | null;
        status: string;
        statusAsOf: string | null;
        overdue: boolean | null;
        today: boolean | null;
      }[];
    }[];
    const activities = (result.data?.region.actionPlans as Plans | undefined)?.[0]?.activities ?? [];
    expect(activities).toHaveLength(16);
    expect(activities[0]).toMatchObject({
      due: "2017-Q3",
      status: "IN_PROGRESS",
      statusAsOf: "2017",
      overdue: null,
    });
    expect(activities.some((a) => a.due === "2018-Q4")).toBe(true);
    expect(activities.filter((a) => a.status === "IN_PROGRESS")).toHaveLength(5);
    for (const activity of activities) {
      expect(["IN_PROGRESS", "UNKNOWN"]).toContain(activity.status);
      expect(activity.statusAsOf).toBe("2017");
      expect(activity.overdue).not.toBe(true);
      expect(activity.today).not.toBe(true);
    }
  });

  it("marks coverage demo for every region whose care units are demo, down to each municipality", async () => {
    const result = await query<Regions>(
      "{ regions { code careUnits { demo } coverage { demo municipalities { demo } } municipalities { demo } } }",
    );
    expect(result.errors).toBeUndefined();
    for (const region of result.data?.regions ?? []) {
      const units = region.careUnits as { demo: boolean }[];
      const coverage = region.coverage as { demo: boolean; municipalities: { demo: boolean }[] };
      expect(units.some((unit) => unit.demo)).toBe(true);
      expect(coverage.demo, region.code).toBe(true);
      expect(coverage.municipalities.every((m) => m.demo)).toBe(true);
      expect((region.municipalities as { demo: boolean }[]).every((m) => m.demo)).toBe(true);
    }
  });

  it("serves findings and dated events for all three regions, each with a verbatim quote from its document", async () => {
    const result = await query<Regions>(
      "{ regions { code findings { topic statedBy text demo source { document quote } } events { date period text demo source { document quote } } } }",
    );
    expect(result.errors).toBeUndefined();
    const documents = new Map<string, string>();
    const collapse = (text: string) => text.replace(/\s+/g, " ");
    const documentText = (file: string) => {
      let text = documents.get(file);
      if (text === undefined) {
        text = collapse(readSourceDocument(file));
        documents.set(file, text);
      }
      return text;
    };
    for (const region of result.data?.regions ?? []) {
      type Cited = { demo: boolean; source: { document: string; quote: string } };
      const findings = region.findings as Cited[];
      const events = region.events as (Cited & { date: string })[];
      expect(findings.length, `${region.code} findings`).toBeGreaterThan(0);
      expect(events.length, `${region.code} events`).toBeGreaterThan(0);
      for (const item of [...findings, ...events]) {
        expect(item.demo).toBe(false);
        expect(documentText(item.source.document)).toContain(collapse(item.source.quote));
      }
    }
    const norrbotten = result.data?.regions.find((r) => r.code === "SE-BD");
    expect(((norrbotten?.events ?? []) as { date: string }[]).map((e) => e.date)).toEqual(
      expect.arrayContaining(["2015-10-28", "2017-03-01", "2017-04-26", "2018-09-27", "2021-05-20"]),
    );
  });

  it("names, per region with a basutbud, the care units that miss basutbud services; Västmanland has none", async () => {
    const result = await query<Regions>(COVERAGE);
    expect(result.errors).toBeUndefined();
    const regions = result.data?.regions ?? [];
    expect(regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
    for (const region of regions) {
      const coverage = region.coverage as {
        share: number | null;
        gaps: { careUnit: { name: string }; missing: { name: string }[] }[];
      };
      // Västmanland's base level of e-services was dropped from its 2018 programme (003).
      if (region.code === "SE-U") {
        expect(coverage).toMatchObject({ share: null, gaps: [] });
        continue;
      }
      expect(coverage.gaps.length).toBeGreaterThan(0);
      expect(coverage.gaps[0]?.missing[0]?.name).toMatch(/\S/);
    }
  });

  it("serves the bundled API explorer without any CDN", async () => {
    const response = await fetch(stack.gatewayUrl.replace("/graphql", "/"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });
});
