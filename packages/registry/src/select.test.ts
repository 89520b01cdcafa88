import { describe, expect, it } from "vitest";
import { REGIONS } from "./regions.ts";
import { REGISTRIES, registryEnvSchema, selectRegistry } from "./select.ts";
import { SYNTHETIC_POPULATION } from "./synthetic.ts";

describe("registry selection", () => {
  it("serves the pilot's three regions by default", () => {
    expect(selectRegistry(registryEnvSchema.parse({}))).toBe(REGIONS);
  });

  it("has all 21 regions, with their ISO and SCB codes, in the synthetic registry", () => {
    const all = REGISTRIES["synthetic-21"];
    expect(all).toHaveLength(21);
    expect(all.map((r) => r.code)).toContain("SE-AB");
    expect(all.find((r) => r.code === "SE-O")).toMatchObject({ scbCode: "14", typeName: "VastraGotaland" });
    expect(all.map((r) => r.port)).toEqual(Array.from({ length: 21 }, (_, i) => 4101 + i));
    expect(new Set(all.map((r) => r.scbCode)).size).toBe(21);
    expect(Object.keys(SYNTHETIC_POPULATION).sort()).toEqual(all.map((r) => r.code).sort());
  });

  it("keeps the synthetic registry apart from the pilot's", () => {
    expect(REGISTRIES.pilot).toBe(REGIONS);
    expect(REGIONS).toHaveLength(3);
  });

  it("takes the first N regions for the benchmark's curve", () => {
    const seven = selectRegistry(
      registryEnvSchema.parse({ JAMLIK_REGISTRY: "synthetic-21", JAMLIK_REGIONS_LIMIT: "7" }),
    );
    expect(seven.map((r) => r.code)).toEqual(["SE-AB", "SE-C", "SE-D", "SE-E", "SE-F", "SE-G", "SE-H"]);
    expect(() => registryEnvSchema.parse({ JAMLIK_REGISTRY: "everything" })).toThrow();
  });
});
