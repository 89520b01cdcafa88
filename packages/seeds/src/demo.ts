import type { RegionSeed } from "./format.ts";
import { seededRandom } from "./random.ts";

export { seededRandom };

/** A synthetic care unit with its offerings; every one is marked demo when stored. */
export interface DemoCareUnit {
  hsaId: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  kind: string;
  provider: "PUBLIC" | "PRIVATE";
  offerings: { serviceCode: string; validFrom: string; validTo: string | null }[];
}

/** Spreads `count` units over municipalities by weight (largest remainder), at least one each. */
export function allocateByWeight(count: number, weights: readonly number[]): number[] {
  const base = count >= weights.length ? 1 : 0;
  const rest = count - base * weights.length;
  const total = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (rest * w) / total);
  const counts = exact.map((x) => base + Math.floor(x));
  let left = count - counts.reduce((sum, c) => sum + c, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function randomDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  return `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
}

/**
 * Deterministic demo care units for one region: names in the county's real municipalities,
 * offerings of the basutbud with gaps (some never offered, some closed), and some other e-services.
 */
export function generateDemoCareUnits(
  scbCode: string,
  demo: RegionSeed["demo"],
  basutbudServices: readonly string[],
  otherServices: readonly string[],
): DemoCareUnit[] {
  const random = seededRandom(demo.seed);
  const counts = allocateByWeight(
    demo.careUnits,
    demo.municipalities.map((m) => m.weight),
  );
  const kindTitle = demo.kind.charAt(0).toUpperCase() + demo.kind.slice(1);
  const units: DemoCareUnit[] = [];
  demo.municipalities.forEach((municipality, m) => {
    const count = counts[m] ?? 0;
    for (let n = 1; n <= count; n++) {
      const offerings: DemoCareUnit["offerings"] = [];
      for (const serviceCode of basutbudServices) {
        const roll = random();
        const validFrom = randomDate(random, 2016, 2021);
        if (roll < demo.gapRate / 2) continue; // never offered
        if (roll < demo.gapRate) {
          offerings.push({ serviceCode, validFrom, validTo: randomDate(random, 2022, 2024) }); // closed since
          continue;
        }
        if (roll > 0.9) {
          // offered, paused and offered again: validity history
          offerings.push({ serviceCode, validFrom, validTo: "2021-12-31" });
          offerings.push({ serviceCode, validFrom: "2022-03-01", validTo: null });
          continue;
        }
        offerings.push({ serviceCode, validFrom, validTo: null });
      }
      for (const serviceCode of otherServices) {
        if (random() < 0.6)
          offerings.push({ serviceCode, validFrom: randomDate(random, 2016, 2021), validTo: null });
      }
      units.push({
        hsaId: `SE-DEMO-${scbCode}-${pad(units.length + 1, 4)}`,
        name: count > 1 ? `${kindTitle} ${municipality.name} ${n}` : `${kindTitle} ${municipality.name}`,
        municipalityCode: municipality.code,
        municipalityName: municipality.name,
        kind: demo.kind,
        provider: random() < demo.privateShare ? "PRIVATE" : "PUBLIC",
        offerings,
      });
    }
  });
  return units;
}
