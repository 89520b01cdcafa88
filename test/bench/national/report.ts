/** docs/performance.md and docs/performance.json from one run's numbers, and the targets they meet. */

import type { InProcessResult } from "./inProcess.ts";
import type { Result } from "./measure.ts";
import type { OpenLoopResult } from "./openLoop.ts";
import type { ModuleTime } from "./profile.ts";
import { QUERIES } from "./queries.ts";

type QueryKey = (typeof QUERIES)[number]["key"];

/** Every system the benchmark runs, with what it is. */
export const SYSTEMS = {
  ours: {
    dedup: true,
    text: "our gateway (apps/gateway) with its production settings: identical client requests in flight answered once (`SHARE_IDENTICAL_REQUESTS`), identical subgraph requests in flight sent once (`SUBGRAPH_DEDUPLICATE`), answers shaped by operations compiled once (`COMPILED_RESULT_SHAPING`, apps/gateway/src/execution), and Node's flags it runs with everywhere (`GATEWAY.nodeFlags` in packages/registry: `--max-semi-space-size=64`); every other system runs with Node's defaults",
  },
  "ours-nodedup": {
    dedup: false,
    text: "our gateway with `SUBGRAPH_DEDUPLICATE=false` and `SHARE_IDENTICAL_REQUESTS=false`: it sends what the floor sends",
  },
  hive: {
    dedup: true,
    text: "Hive Gateway as it ships (infra/hive/gateway.config.ts; deduplication on by default)",
  },
  "hive-nodedup": { dedup: false, text: "Hive Gateway as it ships, `deduplicateInflightRequests: false`" },
  "hive-jit": { dedup: true, text: "Hive Gateway with `--jit` (graphql-jit execution)" },
  "hive-jit-nodedup": { dedup: false, text: "Hive Gateway with `--jit`, deduplication off" },
  "hive-router": {
    dedup: true,
    text: "Hive Gateway with `--hive-router-runtime` (@graphql-hive/router-runtime: the Rust query planner and executor)",
  },
  "hive-router-nodedup": {
    dedup: false,
    text: "Hive Gateway with `--hive-router-runtime`, deduplication off",
  },
  floor: {
    dedup: false,
    text: "the floor (test/bench/national/floor.ts): exactly the query plan's subgraph requests over keep-alive connections, the answers merged, nothing else",
  },
  "floor-dedup": {
    dedup: true,
    text: "the floor merging identical subgraph requests in flight (`FLOOR_DEDUPLICATE=true`): the fair floor for the deduplicating rows",
  },
} as const;

export type SystemKey = keyof typeof SYSTEMS;
const HIVE_DEDUP: SystemKey[] = ["hive", "hive-jit", "hive-router"];

export interface Row {
  system: SystemKey;
  query: QueryKey;
  repetitions: Result[];
}

export interface MixRow {
  system: SystemKey;
  /** Of our capacity. */
  share: number;
  result: OpenLoopResult;
}

export interface Report {
  generatedAt: string;
  quick: boolean;
  machine: { model: string; cores: number; memoryGb: number; load: string; loadAtEnd: string; node: string };
  code: { commit: string; dirty: string[] };
  postgres: string;
  poolMax: number;
  settings: {
    regions: number;
    repetitions: number;
    minSeconds: number;
    maxSeconds: number;
    warmupSeconds: number;
    mixSeconds: number;
    connections: number;
    p99Answers: number;
  };
  totalSeconds: number;
  stackStartupSeconds: number;
  regions: number;
  plans: Partial<Record<QueryKey, { fetches: number; example: string }>>;
  answers: Record<string, string>;
  rows: Row[];
  utbud300: Row[];
  mix: {
    weights: { name: string; weight: number }[];
    capacity: Partial<Record<SystemKey, number>>;
    hiveBest: SystemKey;
    rows: MixRow[];
  };
  profile: Partial<Record<QueryKey, { answers: number; modules: ModuleTime[] }>>;
  /** Absent from runs saved before it was measured. */
  inProcess?: Partial<Record<string, InProcessResult>>;
  notes: string[];
}

interface Spread {
  min: number;
  median: number;
  max: number;
}

/** A row's repetitions summarised: the latency percentile is p99 only when every window had enough answers. */
export interface Summary {
  system: SystemKey;
  query: QueryKey;
  percentile: "p99" | "p95";
  /** At `percentile`. */
  latency: Spread;
  p95: Spread;
  rps: Spread;
  cpuMsPerAnswer: Spread;
  sqlPerRequest: number;
  subgraphRequestsPerAnswer: number;
  /** The fewest answers behind one window's percentile. */
  answers: number;
  failures: number;
}

export interface Target {
  name: string;
  value: string;
  met: boolean;
}

export interface Evaluated {
  summaries: Summary[];
  utbud300: Summary[];
  targets: Target[];
  perQuery: Record<string, unknown>;
}

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN };
};

function summarise(row: Row, p99Answers: number): Summary {
  const reps = row.repetitions;
  const answers = Math.min(...reps.map((r) => r.answers));
  const percentile = answers >= p99Answers ? "p99" : "p95";
  return {
    system: row.system,
    query: row.query,
    percentile,
    latency: spread(reps.map((r) => (percentile === "p99" ? r.p99 : r.p95))),
    p95: spread(reps.map((r) => r.p95)),
    rps: spread(reps.map((r) => r.rps)),
    cpuMsPerAnswer: spread(reps.map((r) => r.cpuMsPerAnswer)),
    sqlPerRequest: spread(reps.map((r) => r.sqlPerRequest)).median,
    subgraphRequestsPerAnswer: spread(reps.map((r) => r.subgraphRequestsPerRequest)).median,
    answers,
    failures: reps.reduce((sum, r) => sum + r.failures, 0),
  };
}

/** Two rows' latency at the same percentile: p99 when both have enough answers behind it, else p95. */
function latencyRatio(a: Summary, b: Summary) {
  const both99 = a.percentile === "p99" && b.percentile === "p99";
  const [x, y] = both99 ? [a.latency.median, b.latency.median] : [a.p95.median, b.p95.median];
  return { percentile: both99 ? "p99" : "p95", ratio: x / y, values: [x, y] as const };
}

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

export function evaluate(report: Report): Evaluated {
  const p99Answers = report.settings.p99Answers;
  const summaries = report.rows.map((row) => summarise(row, p99Answers));
  const utbud300 = report.utbud300.map((row) => summarise(row, p99Answers));
  const find = (list: Summary[], system: SystemKey, query: QueryKey) =>
    list.find((s) => s.system === system && s.query === query);
  const targets: Target[] = [];
  const perQuery: Record<string, unknown> = {};
  for (const query of QUERIES) {
    const ours = find(summaries, "ours-nodedup", query.key);
    const floor = find(summaries, "floor", query.key);
    const oursDedup = find(summaries, "ours", query.key);
    const floorDedup = find(summaries, "floor-dedup", query.key);
    const hives = HIVE_DEDUP.flatMap((key) => find(summaries, key, query.key) ?? []);
    const hiveBest = hives.reduce<Summary | undefined>(
      (best, s) => (!best || s.rps.median > best.rps.median ? s : best),
      undefined,
    );
    if (!ours || !floor || !oursDedup || !hiveBest) continue;
    const likeForLike = latencyRatio(ours, floor);
    const cpu = ours.cpuMsPerAnswer.median / floor.cpuMsPerAnswer.median;
    const throughput = oursDedup.rps.median / hiveBest.rps.median;
    const dedup = floorDedup ? latencyRatio(oursDedup, floorDedup) : undefined;
    const inProcess = report.inProcess?.[query.key];
    perQuery[query.key] = {
      likeForLike: {
        p99OverFloor: likeForLike.ratio,
        percentile: likeForLike.percentile,
        cpuPerAnswerOverFloor: cpu,
        answersBehindP99: { ours: ours.answers, floor: floor.answers },
      },
      throughputOverHiveBest: throughput,
      hiveBest: hiveBest.system,
      answersBehindP99: Object.fromEntries(
        summaries.filter((s) => s.query === query.key).map((s) => [s.system, s.answers]),
      ),
      ...(dedup && { deduplicated: { p99OverFloorDedup: dedup.ratio, percentile: dedup.percentile } }),
      ...(inProcess && {
        inProcess: {
          apolloMsPerAnswer: inProcess.apolloMs,
          compiledMsPerAnswer: inProcess.compiledMs,
          floorMergeMsPerAnswer: inProcess.floorMs,
          apolloOverFloorCpuPerAnswer: inProcess.apolloMs / floor.cpuMsPerAnswer.median,
          compiledOverFloorCpuPerAnswer: inProcess.compiledMs / floor.cpuMsPerAnswer.median,
        },
      }),
    };
    targets.push(
      {
        name: `${query.title}, like for like: ${likeForLike.percentile} ≤ 1.5 × the floor's`,
        value: `${f(likeForLike.ratio, 2)}× (${f(likeForLike.values[0])} ms against ${f(likeForLike.values[1])} ms)`,
        met: likeForLike.ratio <= 1.5,
      },
      {
        name: `${query.title}, like for like: CPU per answer ≤ 2 × the floor's`,
        value: `${f(cpu, 2)}× (${f(ours.cpuMsPerAnswer.median, 2)} ms against ${f(floor.cpuMsPerAnswer.median, 2)} ms)`,
        met: cpu <= 2,
      },
      {
        name: `${query.title}: throughput ≥ Hive Gateway's best (deduplication on both)`,
        value: `${f(throughput, 2)}× (${f(oursDedup.rps.median, 0)}/s against ${hiveBest.system} ${f(hiveBest.rps.median, 0)}/s)`,
        met: throughput >= 1,
      },
    );
  }
  const large = find(utbud300, "ours-nodedup", "utbud");
  const largeFloor = find(utbud300, "floor", "utbud");
  if (large && largeFloor) {
    const ratio = latencyRatio(large, largeFloor);
    perQuery.utbud300 = {
      likeForLike: {
        p99OverFloor: ratio.ratio,
        percentile: ratio.percentile,
        cpuPerAnswerOverFloor: large.cpuMsPerAnswer.median / largeFloor.cpuMsPerAnswer.median,
        answersBehindP99: { ours: large.answers, floor: largeFloor.answers },
      },
    };
    targets.push({
      name: `Utbud at 300 care units per region, like for like: ${ratio.percentile} ≤ 1.5 × the floor's`,
      value: `${f(ratio.ratio, 2)}× (${f(ratio.values[0])} ms against ${f(ratio.values[1])} ms)`,
      met: ratio.ratio <= 1.5,
    });
  }
  const at80 = (system: SystemKey) =>
    report.mix.rows.find((r) => r.system === system && r.share === 0.8)?.result;
  const ours80 = at80("ours");
  const hive80 = at80(report.mix.hiveBest);
  if (ours80 && hive80) {
    perQuery.mixed = {
      rate: ours80.rate,
      p99: ours80.p99,
      hiveBest: report.mix.hiveBest,
      hiveBestP99: hive80.p99,
      p99OverHiveBest: ours80.p99 / hive80.p99,
    };
    targets.push({
      name: `Mixed workload at 80 % of our capacity: p99 no worse than Hive Gateway's best (${report.mix.hiveBest}) at the same rate`,
      value: `${f(ours80.p99)} ms against ${f(hive80.p99)} ms at ${f(ours80.rate, 0)}/s (${f(ours80.p99 / hive80.p99, 2)}×)`,
      met: ours80.p99 <= hive80.p99 && ours80.failures === 0,
    });
  }
  return { summaries, utbud300, targets, perQuery };
}

export function renderJson(report: Report, evaluated: Evaluated) {
  return {
    generatedAt: report.generatedAt,
    machine: report.machine,
    code: report.code,
    settings: report.settings,
    totalSeconds: Math.round(report.totalSeconds),
    queries: evaluated.perQuery,
    targets: evaluated.targets,
    rows: evaluated.summaries,
    utbud300: evaluated.utbud300,
    mixed: {
      weights: report.mix.weights,
      capacity: report.mix.capacity,
      hiveBest: report.mix.hiveBest,
      rows: report.mix.rows.map((r) => ({ system: r.system, share: r.share, ...r.result })),
    },
    profile: report.profile,
    inProcess: report.inProcess,
    notes: report.notes,
  };
}

/** Apollo's own work per answer without the network, against the floor's whole CPU per answer. */
function inProcessSection(report: Report, evaluated: Evaluated): string[] {
  if (!report.inProcess) return [];
  const rows = QUERIES.flatMap((query) => {
    const result = report.inProcess?.[query.key];
    const floor = evaluated.summaries.find((s) => s.system === "floor" && s.query === query.key);
    if (!result || !floor) return [];
    return [
      [
        query.title,
        `${f(result.apolloMs, 2)} (${result.apolloRounds.map((ms) => f(ms, 2)).join(", ")})`,
        `${f(result.compiledMs, 2)} (${result.compiledRounds.map((ms) => f(ms, 2)).join(", ")})`,
        `${f(result.floorMs, 2)} (${result.floorRounds.map((ms) => f(ms, 2)).join(", ")})`,
        f(floor.cpuMsPerAnswer.median, 2),
        `${f(result.apolloMs / floor.cpuMsPerAnswer.median, 2)}×`,
        `${f(result.compiledMs / floor.cpuMsPerAnswer.median, 2)}×`,
      ],
    ];
  });
  const out = [
    "## Without the network: what Apollo itself costs",
    "",
    "Apollo Server with @apollo/gateway (without our plugins) as Apollo ships it, the same with our gateway's compiled execution (`apps/gateway/src/execution`: result shaping compiled once per operation, and the operation model kept per parsed document), and the floor's merge, all in the benchmark's own process, answering each query from the subgraph answers recorded once and replayed from memory (each replay parses its copy, as a fetch would): no sockets, no subgraph work. Before measuring, both Apollo variants answered each query 30 times with the same bytes. CPU per answer from `process.cpuUsage`, the median of the rounds (each round in brackets), the three alternating. The last columns compare each Apollo variant's in-process work alone with everything the floor spends per answer over the network (its like-for-like row above): above 2, the CPU target cannot be met by any change to how the gateway talks to the network.",
    "",
    table(
      [
        "query",
        "Apollo as shipped, ms/answer",
        "with our compiled execution",
        "floor's merge in process",
        "floor over the network",
        "as shipped ÷ floor",
        "compiled ÷ floor",
      ],
      rows,
      ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
    ),
    "",
  ];
  for (const query of QUERIES) {
    const functions = report.inProcess[query.key]?.functions ?? [];
    if (!functions.length) continue;
    out.push(
      `**${query.title}**, Apollo in process with our compiled execution, self time by function (a V8 profile of one more round):`,
      "",
      table(
        ["function", "ms/answer", "share"],
        functions.map((m) => [m.module, f(m.msPerAnswer, 2), `${f(m.share * 100, 0)} %`]),
        ["---", "---:", "---:"],
      ),
      "",
    );
  }
  return out;
}

const table = (header: string[], rows: (string | number)[][], align?: string[]) =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => align?.[i] ?? "---").join(" | ")} |`,
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ].join("\n");

const spreadText = (s: Spread, digits = 1) =>
  `${f(s.median, digits)} (${f(s.min, digits)}–${f(s.max, digits)})`;

function resultsTable(summaries: Summary[]): string {
  return table(
    [
      "system",
      "answers/s",
      "latency ms",
      "CPU ms/answer",
      "SQL/request",
      "subgraph requests/answer",
      "answers per window",
    ],
    summaries.map((s) => [
      `\`${s.system}\``,
      spreadText(s.rps, 0),
      `${s.percentile} ${spreadText(s.latency)}`,
      spreadText(s.cpuMsPerAnswer, 2),
      f(s.sqlPerRequest, 1),
      f(s.subgraphRequestsPerAnswer, 1),
      `${s.answers}${s.failures ? `, ${s.failures} failed` : ""}`,
    ]),
    ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
  );
}

export function renderMarkdown(report: Report, evaluated: Evaluated): string {
  const s = report.settings;
  const when = report.generatedAt.slice(0, 16).replace("T", " ");
  const out: string[] = [
    "# The gateway at national scale",
    "",
    `> Generated by \`npm run bench\` (test/bench/national/main.ts) on ${when} UTC; the numbers as JSON: [performance.json](performance.json). Do not edit by hand: run the benchmark again.`,
    "",
    "## Targets",
    "",
    "Medians of the repetitions; every ratio compares two rows of this one run.",
    "",
    table(
      ["target", "measured", "met"],
      evaluated.targets.map((t) => [t.name, t.value, t.met ? "yes" : "**no**"]),
      ["---", "---", "---"],
    ),
    "",
    "## How it was measured",
    "",
    `- **Machine:** ${report.machine.model}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB, Node ${report.machine.node}. Load average ${report.machine.load} at the start, ${report.machine.loadAtEnd} at the end. Everything (PostgreSQL, ${report.regions + 1} subgraph processes, ten systems under test, the load generator) shares these cores.`,
    `- **Code:** \`${report.code.commit}\`${report.code.dirty.length ? `, with uncommitted changes in ${report.code.dirty.join(", ")}` : ""}. The run took ${f(report.totalSeconds, 0)} s.`,
    `- **Subgraphs:** national and ${report.regions} synthetic regions (\`JAMLIK_REGISTRY=synthetic-21\`, \`SEED=synthetic\`), each its own process in production mode on its own database on PostgreSQL ${report.postgres}; every pg pool capped at ${report.poolMax} connections so that ${report.regions + 2} services fit PostgreSQL's connection limit.`,
    `- **Systems:** all started once and kept running side by side; idle, they cost nothing measurable. Each measurement is closed-loop autocannon, ${s.connections} connections, one query repeated: ${s.repetitions} rounds, each visiting the queries in turn and, per query, every system in an order rotated by one per round (interleaved). The first round warms each system for ${s.warmupSeconds} s; each window lasts long enough for ${s.p99Answers} answers at the first round's rate, between ${s.minSeconds} and ${s.maxSeconds} s. A row whose every window had ${s.p99Answers} answers reports p99; one with fewer reports **p95**, and says so.`,
    "- **CPU per answer** is the system's process tree's user + system CPU over the window (/proc) divided by its answers. **SQL/request** is the subgraphs' `db_statements_total` increase over the window, less what they run without load (measured before), per request sent. **Subgraph requests/answer** counts what the subgraphs served.",
    "",
    "## Systems",
    "",
    ...Object.entries(SYSTEMS).map(([key, system]) => `- \`${key}\` — ${system.text}.`),
    "",
    "## Queries",
    "",
    ...QUERIES.map(
      (q) =>
        `- **${q.title}** — ${q.description}. Answer: ${report.answers[q.key] ?? "–"}. Plan: ${report.plans[q.key]?.fetches ?? "–"} subgraph requests per query.`,
    ),
    "",
  ];
  for (const query of QUERIES) {
    out.push(
      `## ${query.title}`,
      "",
      resultsTable(evaluated.summaries.filter((x) => x.query === query.key)),
      "",
    );
  }
  out.push(
    "## Utbud at 300 care units per region",
    "",
    `A second deployment with \`SYNTHETIC_CARE_UNITS=300\`. Answer: ${report.answers["utbud-300"] ?? "–"}.`,
    "",
    resultsTable(evaluated.utbud300),
    "",
    "## Mixed workload, open loop",
    "",
    `The dashboard's own operations (apps/dashboard/src/app/graphql/operations.graphql) in these proportions: ${report.mix.weights.map((w) => `${w.name} ${w.weight} %`).join(", ")}; metric, region and date drawn at random (seeded: every system gets the same requests). The municipality filter of Utbud is applied in the browser and sends nothing. Capacity is closed-loop throughput with ${s.connections} connections: ${Object.entries(
      report.mix.capacity,
    )
      .map(([k, v]) => `\`${k}\` ${f(v ?? Number.NaN, (v ?? 0) < 10 ? 1 : 0)}/s`)
      .join(
        ", ",
      )}. Then requests arrive at a fixed mean rate (Poisson) of 50 % and 80 % of our capacity for ${s.mixSeconds} s; latency runs from when a request was due, so a system that falls behind pays for the queue. Hive Gateway's best for the mix is \`${report.mix.hiveBest}\` (highest capacity).`,
    "",
    table(
      ["rate", "system", "p50 ms", "p95 ms", "p99 ms", "max ms", "answers", "failed", "CPU ms/answer"],
      report.mix.rows.map((r) => [
        `${r.share * 100} % (${f(r.result.rate, 0)}/s)`,
        `\`${r.system}\``,
        f(r.result.p50),
        f(r.result.p95),
        f(r.result.p99),
        f(r.result.max),
        r.result.answers,
        r.result.failures,
        f(r.result.cpuMsPerAnswer, 2),
      ]),
      ["---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
    ),
    "",
    ...inProcessSection(report, evaluated),
    "## Where our gateway's CPU goes",
    "",
    "A V8 CPU profile (`--cpu-prof`) of our gateway without deduplication answering each query, the samples of one measured window only (after start-up and warm-up); self time by module per answer; native work is shown with the module that asked for it (`(writev) ← node (built-in modules)`: socket writes). `node (built-in modules)` is the HTTP server and client, streams, sockets and timers. The profiler counts the time between samples: on a busy 2-core machine, a call that wakes another process (a socket write to a subgraph) also carries the time the gateway then waited to run again, so the totals exceed the CPU per answer measured from /proc and socket writes look dearer than their CPU. Read the shares as where the gateway's thread was.",
    "",
  );
  for (const query of QUERIES) {
    const profile = report.profile[query.key];
    if (!profile) continue;
    const total = profile.modules.reduce((sum, m) => sum + m.msPerAnswer, 0);
    out.push(
      `**${query.title}** — ${f(total, 2)} ms of CPU per answer over ${profile.answers} answers:`,
      "",
      table(
        ["module", "ms/answer", "share"],
        profile.modules.slice(0, 12).map((m) => [m.module, f(m.msPerAnswer, 2), `${f(m.share * 100, 0)} %`]),
        ["---", "---:", "---:"],
      ),
      "",
    );
  }
  if (report.notes.length) out.push("## Notes", "", ...report.notes.map((note) => `- ${note}`), "");
  return `${out.join("\n")}`;
}
