import { describe, expect, it } from "vitest";
import {
  buildRegistry,
  envKey,
  findRegion,
  GATEWAY,
  getRegion,
  graphqlPath,
  localUrl,
  NATIONAL,
  REGIONS,
  REGISTRY_FILE,
  type RegionEntry,
  registryFileSchema,
  registrySchema,
  SYNTHETIC_REGIONS,
  UnknownRegionError,
} from "./index.ts";

const entry = (overrides: Partial<RegionEntry> = {}): RegionEntry => ({
  code: "SE-AB",
  scbCode: "01",
  name: "Region Stockholm",
  typeName: "Stockholm",
  subgraphName: "region_se_ab",
  port: 4201,
  ...overrides,
});

const other = (overrides: Partial<RegionEntry> = {}): RegionEntry =>
  entry({
    code: "SE-C",
    scbCode: "03",
    name: "Region Uppsala",
    typeName: "Uppsala",
    subgraphName: "region_se_c",
    port: 4202,
    ...overrides,
  });

function issuesOf(input: unknown) {
  const result = registrySchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe("REGIONS", () => {
  it("lists SE-BD, SE-U and SE-N in that order", () => {
    expect(REGIONS.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
  });

  it("carries the SCB county codes 25, 19 and 13", () => {
    expect(REGIONS.map((r) => r.scbCode)).toEqual(["25", "19", "13"]);
  });

  it("names the GraphQL types Norrbotten, Vastmanland and Halland", () => {
    expect(REGIONS.map((r) => r.typeName)).toEqual(["Norrbotten", "Vastmanland", "Halland"]);
  });

  it("assigns ports 4101 upwards in registry order", () => {
    expect(REGIONS.map((r) => r.port)).toEqual([4101, 4102, 4103]);
  });

  it("derives subgraph names from the codes", () => {
    expect(REGIONS.map((r) => r.subgraphName)).toEqual(["region_se_bd", "region_se_u", "region_se_n"]);
  });

  it("passes its own schema", () => {
    expect(registrySchema.safeParse(REGIONS).success).toBe(true);
  });

  it("does not clash with the national subgraph or the gateway", () => {
    const ports = [...REGIONS.map((r) => r.port), NATIONAL.port, GATEWAY.port];
    expect(new Set(ports).size).toBe(ports.length);
    expect(REGIONS.map((r) => r.subgraphName)).not.toContain(NATIONAL.subgraphName);
  });
});

describe("registrySchema", () => {
  it("accepts distinct entries", () => {
    expect(registrySchema.parse([entry(), other()])).toHaveLength(2);
  });

  it("rejects an empty registry", () => {
    expect(registrySchema.safeParse([]).success).toBe(false);
  });

  it.each(["code", "scbCode", "typeName", "subgraphName", "port"] as const)(
    "rejects a duplicate %s with a path naming the field",
    (key) => {
      const first = entry();
      const issues = issuesOf([first, other({ [key]: first[key] })]);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual([1, key]);
      expect(issues[0]?.message).toContain(`duplicate ${key}`);
    },
  );

  it("reports the later duplicate, not the first occurrence", () => {
    const issues = issuesOf([entry(), other(), other({ code: "SE-D", scbCode: "04", port: 4203 })]);
    expect(issues.map((issue) => issue.path)).toEqual([
      [2, "typeName"],
      [2, "subgraphName"],
    ]);
  });

  it.each([
    ["code", "SE-bd"],
    ["code", "BD"],
    ["code", "SE-ABC"],
    ["scbCode", "5"],
    ["scbCode", "123"],
    ["scbCode", "AB"],
    ["typeName", "norrbotten"],
    ["typeName", "Norr-botten"],
    ["subgraphName", "Region_SE_BD"],
    ["port", 80],
    ["port", 70000],
    ["port", 4101.5],
    ["name", ""],
  ] as const)("rejects %s %j", (key, value) => {
    const issues = issuesOf([entry({ [key]: value })]);
    expect(issues.map((issue) => issue.path)).toContainEqual([0, key]);
  });
});

describe("lookup", () => {
  it("finds a region by code", () => {
    expect(getRegion("SE-U")).toMatchObject({ code: "SE-U", typeName: "Vastmanland", port: 4102 });
    expect(findRegion("SE-N")?.name).toBe("Region Halland");
  });

  it("returns undefined from findRegion for an unknown code", () => {
    expect(findRegion("SE-X")).toBeUndefined();
    expect(findRegion("se-bd")).toBeUndefined();
  });

  it("throws UnknownRegionError naming the known codes", () => {
    let caught: unknown;
    try {
      getRegion("SE-X");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownRegionError);
    const error = caught as UnknownRegionError;
    expect(error.code).toBe("SE-X");
    expect(error.name).toBe("UnknownRegionError");
    expect(error.message).toContain('"SE-X"');
    expect(error.message).toContain("SE-BD, SE-U, SE-N");
  });
});

describe("envKey", () => {
  it("replaces dashes with underscores", () => {
    expect(envKey("SE-BD")).toBe("SE_BD");
    expect(envKey("SE-U")).toBe("SE_U");
  });

  it("yields a valid environment variable name for every region", () => {
    for (const region of REGIONS) expect(envKey(region.code)).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });
});

describe("localUrl", () => {
  it("points at the GraphQL path on the loopback address by default", () => {
    expect(graphqlPath).toBe("/graphql");
    expect(localUrl(4101)).toBe("http://127.0.0.1:4101/graphql");
  });

  it("accepts another host", () => {
    expect(localUrl(4000, "localhost")).toBe("http://localhost:4000/graphql");
  });

  it("uses the fixed ports of the national subgraph and the gateway", () => {
    expect(localUrl(NATIONAL.port)).toBe("http://127.0.0.1:4001/graphql");
    expect(GATEWAY.port).toBe(4000);
  });
});

describe("data/regions.json", () => {
  const file = {
    description: "test",
    regions: [
      {
        code: "SE-AB",
        scbCode: "01",
        name: "Region Stockholm",
        typeName: "Stockholm",
        syntheticPopulation: 2450,
      },
      { code: "SE-C", scbCode: "03", name: "Region Uppsala", typeName: "Uppsala", syntheticPopulation: 400 },
    ],
    registries: {
      two: { description: "both", regions: ["SE-C", "SE-AB"], synthetic: false },
      demo: { description: "synthetic", regions: ["SE-AB"], synthetic: true },
    },
  };

  it("derives subgraph names and ports from the registry's order", () => {
    expect(buildRegistry(registryFileSchema.parse(file), "two")).toEqual([
      {
        code: "SE-C",
        scbCode: "03",
        name: "Region Uppsala",
        typeName: "Uppsala",
        subgraphName: "region_se_c",
        port: 4101,
      },
      {
        code: "SE-AB",
        scbCode: "01",
        name: "Region Stockholm",
        typeName: "Stockholm",
        subgraphName: "region_se_ab",
        port: 4102,
      },
    ]);
  });

  it("gives a synthetic registry's regions a demo population without a source", () => {
    const [stockholm] = buildRegistry(registryFileSchema.parse(file), "demo");
    expect(stockholm?.population).toMatchObject({ count: 2_450_000, demo: true, source: null });
  });

  it("refuses a registry naming a region the file does not have", () => {
    const bad = { ...file, registries: { x: { description: "", regions: ["SE-ZZ"], synthetic: false } } };
    expect(registryFileSchema.safeParse(bad).error?.issues[0]).toMatchObject({
      path: ["registries", "x", "regions", 0],
      message: "unknown region SE-ZZ",
    });
  });

  it("is the one list: the pilot and the synthetic 21 name each region alike", () => {
    expect(REGISTRY_FILE.registries["synthetic-21"]?.regions).toHaveLength(21);
    for (const region of REGIONS) {
      const synthetic = SYNTHETIC_REGIONS.find((r) => r.code === region.code);
      expect(synthetic).toMatchObject({
        name: region.name,
        typeName: region.typeName,
        subgraphName: region.subgraphName,
      });
    }
    expect(REGIONS.map((r) => [r.code, r.port])).toEqual([
      ["SE-BD", 4101],
      ["SE-U", 4102],
      ["SE-N", 4103],
    ]);
  });
});
