import { getRegion } from "@jamlik/registry";
import { loadRegionSeed } from "@jamlik/seeds";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityQuery, type RegionHarness, startRegion } from "./harness.ts";

/** The regional part of the dashboard's comparison query, as the gateway sends it. */
const comparison = `
  code name
  careUnits { hsaId name municipality { code name } demo provider offerings { service { code } validFrom validTo } missingBasutbud { code } }
  basutbud { validFrom services { code } decision { dnr } }
  coverage { share unitsTotal unitsComplete gaps { careUnit { hsaId name } missing { code } } municipalities { municipality { name } share missing { code } } }
  latest(metric: "LOGGED_IN_SHARE") { period value source { document } }
  measurements { metric { code } period value careUnit { hsaId } }
  goals { metric { code } attainment latest { period value } decision { dnr } }
  recommendations { text audit { title year } decisions { dnr } activities { title } }
  actionPlans { title activities { title due status overdue(asOf: "2019-01-01") } }
`;

/** Statements a request sent, leaving out the publication-version probe (timing-dependent, constant). */
const counted = (queries: string[]) => queries.filter((sql) => !sql.includes('"change_history"')).length;

interface Counts {
  /** The first request: it loads the published snapshot. */
  cold: number;
  /** The next one: answered from the snapshot. */
  warm: number;
  careUnits: number;
}

async function statementsFor(units: number): Promise<Counts & { harness: RegionHarness }> {
  const seed = loadRegionSeed("SE-BD");
  const harness = await startRegion("SE-BD", { ...seed, demo: { ...seed.demo, careUnits: units } });
  const reps = [{ __typename: getRegion("SE-BD").typeName, code: "SE-BD" }];
  const ask = async () => {
    harness.queries.length = 0;
    const { data, errors } = await harness.run<{ _entities: { careUnits: unknown[] }[] }>(
      entityQuery("Norrbotten", comparison),
      { reps },
    );
    expect(errors).toEqual([]);
    return { statements: counted(harness.queries), careUnits: data?._entities[0]?.careUnits.length ?? 0 };
  };
  const cold = await ask();
  const warm = await ask();
  return { cold: cold.statements, warm: warm.statements, careUnits: warm.careUnits, harness };
}

describe("SQL statements per comparison query", () => {
  const harnesses: RegionHarness[] = [];
  let small: Counts;
  let large: Counts;

  beforeAll(async () => {
    const a = await statementsFor(10);
    harnesses.push(a.harness);
    const b = await statementsFor(200);
    harnesses.push(b.harness);
    small = a;
    large = b;
  });
  afterAll(() => Promise.all(harnesses.map((h) => h.close())));

  it("does not grow with the number of care units and offerings", () => {
    console.log(
      `statements per comparison query: ${small.cold} cold and ${small.warm} warm at 10 units, ${large.cold} and ${large.warm} at 200`,
    );
    expect(small.careUnits).toBe(10);
    expect(large.careUnits).toBe(200);
    expect(small.cold).toBeGreaterThan(0);
    expect(large.cold).toBe(small.cold);
    expect(large.warm).toBe(small.warm);
    expect(small.warm).toBeLessThan(small.cold);
  });
});
