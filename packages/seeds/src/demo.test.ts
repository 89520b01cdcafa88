import { describe, expect, it } from "vitest";
import { allocateByWeight, type DemoCareUnit, generateDemoCareUnits, seededRandom } from "./demo.ts";
import type { RegionSeed } from "./format.ts";
import { loadRegionSeed } from "./load.ts";

/** SCB county codes (länskod) of the seeded regions. */
const COUNTY_CODES: Record<string, string> = { "SE-BD": "25", "SE-U": "19", "SE-N": "13" };
const OTHER_SERVICES = ["EXTRA_A", "EXTRA_B", "EXTRA_C"];
const AS_OF = "2026-01-01";

type Offering = DemoCareUnit["offerings"][number];

const isOpenOn = (offering: Offering, date: string) =>
  offering.validFrom <= date && (offering.validTo === null || offering.validTo >= date);

/** The region's current basutbud; none where the documents give none (Västmanland dropped its base level in 2018). */
const basutbudServices = (seed: RegionSeed): string[] => seed.basutbud.at(-1)?.services ?? [];

/** A basutbud for the generator's own tests, independent of any region's. */
const SAMPLE_BASUTBUD = ["FORNYA_RECEPT", "KONTAKTA_MIG", "AVBOKA_OMBOKA", "BESTALLA_TID", "JOURNALEN"];

function missingOn(unit: DemoCareUnit, services: readonly string[], date: string): string[] {
  return services.filter(
    (service) => !unit.offerings.some((o) => o.serviceCode === service && isOpenOn(o, date)),
  );
}

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(first);
  });

  it("gives different sequences for different seeds", () => {
    const a = Array.from({ length: 5 }, seededRandom(1));
    const b = Array.from({ length: 5 }, seededRandom(2));
    expect(a).not.toEqual(b);
  });

  it("stays in [0, 1) and is not constant", () => {
    const values = Array.from({ length: 1000 }, seededRandom(7));
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(990);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
  });
});

describe("allocateByWeight", () => {
  const sum = (counts: number[]) => counts.reduce((total, c) => total + c, 0);

  it.each([
    [32, [6, 2.7, 4.9, 3.2, 15.6, 4.3, 5.9, 17.3, 8.1, 79.6, 42.3, 28.4, 9.6, 22.5]],
    [10, [1, 1, 1]],
    [7, [5, 3, 2]],
    [100, [0.1, 0.2, 99.7]],
    [3, [1, 2, 3, 4, 5]],
    [0, [1, 2]],
  ])("hands out exactly %i units over %j", (count, weights) => {
    const counts = allocateByWeight(count, weights);
    expect(counts).toHaveLength(weights.length);
    expect(sum(counts)).toBe(count);
    for (const c of counts) expect(Number.isInteger(c) && c >= 0).toBe(true);
  });

  it("gives every municipality at least one unit when there are enough", () => {
    const counts = allocateByWeight(6, [1000, 1, 1, 1, 1, 1]);
    expect(counts).toEqual([1, 1, 1, 1, 1, 1]);
    for (const c of allocateByWeight(20, [200, 1, 1, 1, 1])) expect(c).toBeGreaterThanOrEqual(1);
  });

  it("is proportional to the weights", () => {
    expect(allocateByWeight(10, [1, 1])).toEqual([5, 5]);
    expect(allocateByWeight(12, [3, 1])).toEqual([9, 3]);
    const counts = allocateByWeight(100, [50, 30, 20]);
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[2] ?? 0);
    // after the guaranteed unit each, the remaining 97 are split by weight, each within one unit
    expect(counts[0]).toBeGreaterThanOrEqual(1 + Math.floor(97 * 0.5));
    expect(counts[0]).toBeLessThanOrEqual(1 + Math.ceil(97 * 0.5));
  });

  it("hands the rounding remainder to the largest fractions", () => {
    // 1 each, then 4 split 4/3 each: floors give 2 each and the one left goes to the first
    expect(allocateByWeight(7, [1, 1, 1])).toEqual([3, 2, 2]);
    // 1 each, then 6 split 1.5 and 4.5: floors give 2 and 5, the one left goes to the first tie
    expect(allocateByWeight(8, [1, 3])).toEqual([3, 5]);
    // 1 each, then 8 split 0.8, 3.2, 4.0: floors give 1, 4, 5 and the 0.8 remainder wins the one left
    expect(allocateByWeight(11, [1, 4, 5])).toEqual([2, 4, 5]);
  });

  it("skips the minimum when there are fewer units than municipalities", () => {
    const counts = allocateByWeight(2, [1, 10, 1, 10]);
    expect(sum(counts)).toBe(2);
    expect(counts).toEqual([0, 1, 0, 1]);
  });
});

describe("generateDemoCareUnits", () => {
  const seed = loadRegionSeed("SE-U");
  const services = SAMPLE_BASUTBUD;

  it("is deterministic", () => {
    const a = generateDemoCareUnits("19", seed.demo, services, OTHER_SERVICES);
    const b = generateDemoCareUnits("19", seed.demo, services, OTHER_SERVICES);
    expect(b).toEqual(a);
  });

  it("changes with the seed", () => {
    const a = generateDemoCareUnits("19", seed.demo, services, OTHER_SERVICES);
    const b = generateDemoCareUnits(
      "19",
      { ...seed.demo, seed: seed.demo.seed + 1 },
      services,
      OTHER_SERVICES,
    );
    expect(b.map((u) => u.hsaId)).toEqual(a.map((u) => u.hsaId));
    expect(b.map((u) => [u.provider, u.offerings])).not.toEqual(a.map((u) => [u.provider, u.offerings]));
  });

  it("numbers hsaIds by county code", () => {
    const units = generateDemoCareUnits("19", seed.demo, services, OTHER_SERVICES);
    expect(units[0]?.hsaId).toBe("SE-DEMO-19-0001");
    expect(units.at(-1)?.hsaId).toBe(`SE-DEMO-19-${String(units.length).padStart(4, "0")}`);
  });

  it("offers no basutbud when there is none, and only the given services", () => {
    const units = generateDemoCareUnits("19", seed.demo, [], []);
    for (const unit of units) expect(unit.offerings).toEqual([]);
    const withOthers = generateDemoCareUnits("19", seed.demo, services, OTHER_SERVICES);
    const allowed = new Set([...services, ...OTHER_SERVICES]);
    for (const unit of withOthers)
      for (const o of unit.offerings) expect(allowed.has(o.serviceCode)).toBe(true);
  });
});

describe.each(Object.entries(COUNTY_CODES))("demo care units of %s", (code, scbCode) => {
  const seed = loadRegionSeed(code);
  const services = basutbudServices(seed);
  const units = generateDemoCareUnits(scbCode, seed.demo, services, OTHER_SERVICES);

  it("has 15 to 40 units, as many as the seed asks for", () => {
    expect(units.length).toBeGreaterThanOrEqual(15);
    expect(units.length).toBeLessThanOrEqual(40);
    expect(units).toHaveLength(seed.demo.careUnits);
  });

  it("places every unit in one of the seed's municipalities, each getting at least one", () => {
    const names = new Map(seed.demo.municipalities.map((m) => [m.code, m.name]));
    for (const unit of units) {
      expect(names.has(unit.municipalityCode), unit.municipalityCode).toBe(true);
      expect(unit.municipalityName).toBe(names.get(unit.municipalityCode));
      expect(unit.municipalityCode.slice(0, 2)).toBe(scbCode);
    }
    expect(new Set(units.map((u) => u.municipalityCode)).size).toBe(seed.demo.municipalities.length);
  });

  it("gives unique hsaIds and names", () => {
    expect(new Set(units.map((u) => u.hsaId)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    for (const unit of units) expect(unit.hsaId).toMatch(new RegExp(`^SE-DEMO-${scbCode}-\\d{4}$`));
  });

  it("uses the seed's kind and both providers", () => {
    for (const unit of units) expect(unit.kind).toBe(seed.demo.kind);
    expect(new Set(units.map((u) => u.provider))).toEqual(new Set(["PUBLIC", "PRIVATE"]));
  });

  it.skipIf(services.length === 0)(`has a unit missing part of the basutbud on ${AS_OF}`, () => {
    expect(units.some((unit) => missingOn(unit, services, AS_OF).length > 0)).toBe(true);
  });

  it.skipIf(services.length === 0)(`has a unit offering the whole basutbud on ${AS_OF}`, () => {
    expect(units.some((unit) => missingOn(unit, services, AS_OF).length === 0)).toBe(true);
  });

  it("never lets one unit's offerings of one service overlap", () => {
    for (const unit of units) {
      const byService = new Map<string, Offering[]>();
      for (const o of unit.offerings)
        byService.set(o.serviceCode, [...(byService.get(o.serviceCode) ?? []), o]);
      for (const [service, offerings] of byService) {
        const sorted = [...offerings].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
        for (const [i, offering] of sorted.entries()) {
          expect(offering.validTo === null || offering.validFrom <= offering.validTo).toBe(true);
          const next = sorted[i + 1];
          if (!next) continue;
          const closed = offering.validTo !== null && offering.validTo < next.validFrom;
          expect(closed, `${unit.hsaId} ${service}: ${JSON.stringify(sorted)}`).toBe(true);
        }
      }
    }
  });

  it("gives valid ISO dates", () => {
    for (const unit of units) {
      for (const o of unit.offerings) {
        for (const date of [o.validFrom, o.validTo]) {
          if (date === null) continue;
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
      }
    }
  });
});
