import { type DemoCareUnit, generateDemoCareUnits, seededRandom } from "./demo.ts";

/**
 * Synthetic benchmark data for any region of the national registry: care units in proportion to
 * the region's population (about 1 100 in all), offerings with gaps, five years of monthly
 * measurements of every national metric, goals, an audit and an action plan. Deterministic from
 * the region's code. Every row is demo data; none of it is a fact.
 */
export interface SyntheticRegionData {
  careUnits: DemoCareUnit[];
  basutbud: { validFrom: string; services: string[] };
  measurements: { metric: string; period: string; value: number }[];
  goals: { metric: string; description: string; target: number; comparator: "GTE" | "LTE"; period: string }[];
  audit: { title: string; year: number; recommendations: { ordinal: number; text: string }[] };
  actionPlan: {
    title: string;
    activities: {
      heading: string;
      title: string;
      due: string;
      status: "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
      /** The month the synthetic status is known for: the last month of the data. */
      statusAsOf: string;
      completedOn: string | null;
    }[];
  };
}

export interface SyntheticOptions {
  code: string;
  scbCode: string;
  name: string;
  /** Region population in thousands and the nation's, to size the care units. */
  population: number;
  nationalPopulation: number;
  /** Overrides the population-based number of care units. */
  careUnits?: number | undefined;
  /** A metric without a stated unit gets values on a 0–100 scale. */
  metrics: { code: string; unit: string | null; higherIsBetter: boolean }[];
  basutbudServices: readonly string[];
  otherServices: readonly string[];
  /** The last month of the five years of measurements (YYYY-MM). */
  lastMonth?: string;
}

export const NATIONAL_CARE_UNITS = 1100;

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

function months(last: string, count: number): string[] {
  const [year, month] = last.split("-").map(Number) as [number, number];
  const result: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    result.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return result;
}

/** A plausible level and monthly drift per unit of measure. */
function series(random: () => number, unit: string | null, count: number): number[] {
  const [start, step, min, max] =
    unit === "MINUTES"
      ? [10 + random() * 20, 1.5, 1, 60]
      : unit === "COUNT"
        ? [20_000 + random() * 200_000, 2000, 0, 2_000_000]
        : [40 + random() * 40, 1.2, 0, 100];
  const values: number[] = [];
  let value = start;
  for (let i = 0; i < count; i++) {
    value = Math.min(max, Math.max(min, value + (random() - 0.4) * step));
    values.push(Math.round(value * 10) / 10);
  }
  return values;
}

export function generateSyntheticRegion(options: SyntheticOptions): SyntheticRegionData {
  const seed = hash(options.code);
  const random = seededRandom(seed);
  const count =
    options.careUnits ??
    Math.max(3, Math.round((NATIONAL_CARE_UNITS * options.population) / options.nationalPopulation));
  const municipalityCount = Math.max(2, Math.min(49, Math.round(count / 6)));
  const county = options.name.replace(/^Region /, "");
  const municipalities = Array.from({ length: municipalityCount }, (_, i) => ({
    code: `${options.scbCode}${String(i + 1).padStart(2, "0")}`,
    name: `${county} kommun ${i + 1}`,
    weight: 1 + random() * 9,
  }));
  const careUnits = generateDemoCareUnits(
    options.scbCode,
    { seed, careUnits: count, kind: "vårdcentral", privateShare: 0.3, gapRate: 0.12, municipalities },
    options.basutbudServices,
    options.otherServices,
  ).map((unit) => ({ ...unit, hsaId: unit.hsaId.replace("SE-DEMO-", "SE-SYNT-") }));

  const periods = months(options.lastMonth ?? "2026-10", 60);
  const measurements = options.metrics.flatMap((metric) => {
    const values = series(random, metric.unit, periods.length);
    return periods.map((period, i) => ({ metric: metric.code, period, value: values[i] ?? 0 }));
  });
  const lastYear = periods.at(-1)?.slice(0, 4) ?? "2026";
  const goals = options.metrics.map((metric) => {
    const last = measurements.filter((m) => m.metric === metric.code).at(-1)?.value ?? 0;
    const target = Math.round(last * (0.9 + random() * 0.2) * 10) / 10;
    return {
      metric: metric.code,
      description: `Syntetiskt mål för ${metric.code}`,
      target,
      comparator: metric.higherIsBetter ? ("GTE" as const) : ("LTE" as const),
      period: lastYear,
    };
  });
  const statuses = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
  return {
    careUnits,
    basutbud: { validFrom: "2021-01-01", services: [...options.basutbudServices] },
    measurements,
    goals,
    audit: {
      title: `Granskning av 1177 (syntetisk), ${county}`,
      year: 2024,
      recommendations: [1, 2, 3].map((ordinal) => ({ ordinal, text: `Syntetisk rekommendation ${ordinal}` })),
    },
    actionPlan: {
      title: `Handlingsplan 1177 (syntetisk), ${county}`,
      activities: Array.from({ length: 6 }, (_, i) => {
        const status = statuses[Math.floor(random() * statuses.length)] ?? "PLANNED";
        return {
          heading: `Område ${(i % 3) + 1}`,
          title: `Syntetisk aktivitet ${i + 1}`,
          due: `${2024 + Math.floor(i / 3)}-Q${(i % 4) + 1}`,
          status,
          statusAsOf: periods.at(-1) ?? "2026-10",
          completedOn:
            status === "DONE"
              ? `${2024 + Math.floor(i / 3)}-${String((i % 4) * 3 + 1).padStart(2, "0")}-15`
              : null,
        };
      }),
    },
  };
}
