/** The dashboard's three comparison queries (issue 7), with what a correct answer looks like. */

/** Every national metric (packages/seeds/data/national.json). */
export const METRICS = [
  "LOGGED_IN_SHARE",
  "ACCOUNT_SHARE",
  "UNIQUE_LOGINS",
  "PHONE_MEAN_WAIT_MIN",
  "PHONE_ANSWER_RATE",
  "WEBBTIDBOK_REBOOKING_SHARE",
  "TRUST_1177",
  "BASUTBUD_COMPLETE_SHARE",
  "UNITS_4_ESERVICES_SHARE",
] as const;

export interface BenchQuery {
  key: "oversikt" | "utbud" | "matt";
  title: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** Throws unless the answer is complete for `regions` regions; returns a short description of it. */
  check(data: unknown, regions: string[]): string;
}

interface Answer<T> {
  regions?: (T & { code: string })[];
}

function regionsOf<T>(data: unknown, regions: string[]): (T & { code: string })[] {
  const list = (data as Answer<T> | null)?.regions;
  if (!Array.isArray(list)) throw new Error("no regions in the answer");
  const codes = list.map((r) => r.code).join(",");
  if (codes !== regions.join(",")) throw new Error(`regions ${codes}, expected ${regions.join(",")}`);
  return list;
}

const oversikt: BenchQuery = {
  key: "oversikt",
  title: "Översikt",
  description: "latest value and goals of all 9 national metrics for every region",
  query: `query Oversikt {
  regions {
    code
    name
${METRICS.map((code, i) => `    m${i + 1}: latest(metric: "${code}") { period value }`).join("\n")}
    goals { metric { code } target comparator period attainment }
  }
}`,
  variables: {},
  check(data, regions) {
    type Latest = { period: string; value: number | null } | null;
    const list = regionsOf<Record<string, unknown>>(data, regions);
    let goals = 0;
    for (const region of list) {
      for (let i = 1; i <= METRICS.length; i++) {
        const latest = region[`m${i}`] as Latest;
        if (!latest?.period) throw new Error(`${region.code}: no latest value of ${METRICS[i - 1]}`);
      }
      const regionGoals = region.goals as unknown[] | null;
      if (!regionGoals?.length) throw new Error(`${region.code}: no goals`);
      goals += regionGoals.length;
    }
    return `${list.length} regions × ${METRICS.length} latest values, ${goals} goals`;
  },
};

const utbud: BenchQuery = {
  key: "utbud",
  title: "Utbud",
  description: "basutbud coverage, gaps and municipalities of every region",
  query: `{
  regions {
    code
    coverage {
      share unitsTotal unitsComplete
      gaps { careUnit { hsaId name } missing { code } }
      municipalities { municipality { code name } share }
    }
  }
}`,
  variables: {},
  check(data, regions) {
    type Coverage = { unitsTotal: number; gaps: unknown[]; municipalities: unknown[] } | null;
    const list = regionsOf<{ coverage: Coverage }>(data, regions);
    let units = 0;
    let gaps = 0;
    let municipalities = 0;
    for (const region of list) {
      if (!region.coverage?.unitsTotal) throw new Error(`${region.code}: no coverage`);
      units += region.coverage.unitsTotal;
      gaps += region.coverage.gaps.length;
      municipalities += region.coverage.municipalities.length;
    }
    return `${list.length} regions, ${units} care units, ${gaps} gaps, ${municipalities} municipalities`;
  },
};

/** The synthetic series end 2026-10 (packages/seeds/src/synthetic.ts): 60 months from 2021-11. */
const matt: BenchQuery = {
  key: "matt",
  title: "Mått",
  description: "one metric's 60-month series for every region",
  query: `query Matt($m: ID!, $from: String) {
  regions { code measurements(metric: $m, from: $from) { period value } }
}`,
  variables: { m: "LOGGED_IN_SHARE", from: "2021-11" },
  check(data, regions) {
    const list = regionsOf<{ measurements: unknown[] | null }>(data, regions);
    const counts = new Set(list.map((r) => r.measurements?.length ?? 0));
    if (counts.has(0)) throw new Error("a region has no measurements");
    return `${list.length} regions × ${[...counts].join("/")} months`;
  },
};

export const QUERIES: BenchQuery[] = [oversikt, utbud, matt];
