/**
 * What keeping the publication history costs (issue 15), on real PostgreSQL:
 *  - storage per year of monthly publishing for a region of Stockholm's size (synthetic data: its
 *    care units, every metric monthly for the region and for each care unit, offerings and activity
 *    statuses changing), published through the admin API as the region's staff would;
 *  - an `asOf` read against a current read of the same fields from the region's subgraph over HTTP,
 *    warm (the state is cached, as a pinned report opened again) and cold (the state is read from
 *    the database: after each publication for a current read, per new instant for an `asOf` read),
 *    interleaved, ratios from this one run.
 * A benchmark, not a test. Usage: npm run bench:history [-- rounds]; writes docs/history.md and .json.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { SYNTHETIC_REGIONS } from "@jamlik/registry";
import { loadNationalSeed } from "@jamlik/seeds";
import { createLogger } from "@jamlik/service";
import { adminToken, createTestDatabase, postGraphQL } from "@jamlik/testkit";
import { sql } from "drizzle-orm";
import { snapshotAtCache } from "../src/publication/publishedAt.ts";
import { createRegionServer } from "../src/server.ts";
import { loadSnapshot } from "../src/snapshot.ts";

const rounds = Number(process.argv[2] ?? 6);
const MONTHS = 12;
const SECRET = "bench-history-secret-long-enough";
const region =
  SYNTHETIC_REGIONS.find((r) => r.code === "SE-AB") ??
  (() => {
    throw new Error("the synthetic registry has no Stockholm (SE-AB)");
  })();
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadAtStart = load();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;
const log = (line: string) => process.stdout.write(`${line}\n`);

const database = await createTestDatabase("bench_history");
if (database.kind !== "postgres") throw new Error("bench:history measures PostgreSQL: start it (see README)");
const server = await createRegionServer({
  region,
  logger: createLogger("bench-history", "silent"),
  databaseUrl: database.url,
  seed: "synthetic",
  auth: { issuer: "jamlik-dev", audience: "jamlik-admin", devSecret: SECRET },
});
try {
  const port = await server.service.listen(0);
  const token = (role: string) => adminToken(SECRET, region.code, role, `bench-${role}`, "2h");
  const [editor, publisher] = await Promise.all([token("editor"), token("publisher")]);
  /** The operation's data; its first error, if any, stops the benchmark. */
  const post = async <T>(path: string, bearer: string | undefined, query: string, variables = {}) => {
    const answer = await postGraphQL<T>(
      `http://127.0.0.1:${port}${path}`,
      query,
      variables,
      bearer ? { authorization: `Bearer ${bearer}` } : {},
    );
    if (answer.errors?.length) throw new Error(`${query.slice(0, 80)}: ${answer.errors[0]?.message}`);
    return answer.data as T;
  };
  const admin = <T>(bearer: string, query: string, variables = {}) =>
    post<T>("/admin/graphql", bearer, query, variables);

  const sizes = async () => {
    const rows = (await server.db.execute(sql`
      SELECT
        pg_total_relation_size('publication_log') AS log_bytes,
        (SELECT count(*) FROM publication_log) AS log_rows,
        pg_total_relation_size('change_history') AS history_bytes,
        (SELECT count(*) FROM change_history) AS history_rows,
        (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r'
            AND c.relname NOT IN ('publication_log', 'change_history', 'idempotency_keys')) AS tables_bytes`)) as unknown as {
      rows: Record<string, string>[];
    };
    const row = rows.rows[0] ?? {};
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<string, number>;
  };

  const metrics = loadNationalSeed().metrics.map((m) => m.code);
  const units = (
    await admin<{ records: { id: number }[] }>(
      editor,
      "{ records(entity: CARE_UNIT, publication: PUBLISHED) { id } }",
    )
  ).records.map((r) => r.id);
  const activities = (
    await admin<{ records: { id: number; version: number }[] }>(
      editor,
      "{ records(entity: ACTIVITY, publication: PUBLISHED) { id version } }",
    )
  ).records;
  const openOfferings = (
    await admin<{
      records: {
        id: number;
        version: number;
        data: { careUnitId: number; serviceCode: string; validTo: string | null };
      }[];
    }>(editor, "{ records(entity: OFFERING, publication: PUBLISHED) { id version data } }")
  ).records.filter((o) => o.data.validTo === null);
  const open = new Set(openOfferings.map((o) => `${o.data.careUnitId}:${o.data.serviceCode}`));
  /** A care unit that does not offer `service` now, from the `start`th on. */
  const unitWithout = (service: string, start: number) => {
    for (let k = 0; k < units.length; k++) {
      const unit = units[(start + k) % units.length] ?? 0;
      if (!open.has(`${unit}:${service}`)) return unit;
    }
    return undefined;
  };
  log(
    `Stockholm (synthetic): ${units.length} care units, ${metrics.length} metrics, ${openOfferings.length} open offerings`,
  );

  const before = await sizes();
  const instants: string[] = [];
  const publishStarted = performance.now();
  let rowsPublished = 0;
  for (let m = 0; m < MONTHS; m++) {
    const month = `2027-${String(m + 1).padStart(2, "0")}`;
    const lastDay = new Date(Date.UTC(2027, m + 1, 0)).toISOString().slice(0, 10);
    // The controller's monthly figures: every metric for the region and for each care unit.
    const inputs = metrics.flatMap((metric) => [
      { metricCode: metric, period: month, value: 50 + ((m * 7) % 40), demo: true },
      ...units.map((careUnitId, i) => ({
        metricCode: metric,
        period: month,
        value: 40 + ((i + m) % 55),
        careUnitId,
        demo: true,
      })),
    ]);
    await admin(
      editor,
      "mutation($inputs: [MeasurementInput!]!) { createMeasurements(inputs: $inputs) { id } }",
      { inputs },
    );
    // The coordinator's changes: about 2 % of open offerings end, and as many start elsewhere.
    for (const offering of openOfferings.splice(0, Math.ceil(openOfferings.length * 0.02))) {
      await admin(
        editor,
        `mutation($id: Int!, $v: Int!, $to: String!) { closeOffering(id: $id, expectedVersion: $v, validTo: $to) { id } }`,
        {
          id: offering.id,
          v: offering.version,
          to: lastDay,
        },
      );
      open.delete(`${offering.data.careUnitId}:${offering.data.serviceCode}`);
      const unit = unitWithout(offering.data.serviceCode, offering.data.careUnitId + m);
      if (unit === undefined) continue;
      open.add(`${unit}:${offering.data.serviceCode}`);
      await admin(
        editor,
        `mutation($unit: Int!, $service: String!, $from: String!) { openOffering(input: { careUnitId: $unit, serviceCode: $service, validFrom: $from, demo: true }) { id } }`,
        {
          unit,
          service: offering.data.serviceCode,
          from: `${month}-01`,
        },
      );
    }
    // The board secretary's action plan: three activity statuses a month.
    for (const activity of activities.slice((m * 3) % activities.length, ((m * 3) % activities.length) + 3)) {
      const changed = await admin<{ setActivityStatus: { version: number } }>(
        editor,
        `mutation($id: Int!, $v: Int!, $asOf: String!) { setActivityStatus(id: $id, expectedVersion: $v, status: IN_PROGRESS, statusAsOf: $asOf) { version } }`,
        { id: activity.id, v: activity.version, asOf: lastDay },
      );
      activity.version = changed.setActivityStatus.version + 1;
    }
    const report = await admin<{ publish: { published: unknown[] } }>(
      publisher,
      "mutation { publish { published { id } } }",
    );
    rowsPublished += report.publish.published.length;
    await new Promise((resolve) => setTimeout(resolve, 5));
    instants.push(new Date().toISOString());
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const publishSeconds = (performance.now() - publishStarted) / 1000;
  const after = await sizes();
  const perYear = {
    publicationLogBytes: (after.log_bytes ?? 0) - (before.log_bytes ?? 0),
    publicationLogRows: (after.log_rows ?? 0) - (before.log_rows ?? 0),
    changeHistoryBytes: (after.history_bytes ?? 0) - (before.history_bytes ?? 0),
    changeHistoryRows: (after.history_rows ?? 0) - (before.history_rows ?? 0),
    servedTablesBytes: (after.tables_bytes ?? 0) - (before.tables_bytes ?? 0),
  };
  log(`12 months published in ${publishSeconds.toFixed(1)} s: ${rowsPublished} records`);
  log(
    `publication log +${(perYear.publicationLogBytes / 1e6).toFixed(1)} MB (${perYear.publicationLogRows} rows), change history +${(perYear.changeHistoryBytes / 1e6).toFixed(1)} MB, tables +${(perYear.servedTablesBytes / 1e6).toFixed(1)} MB`,
  );

  // The fields a board report reads, from the region's subgraph, as the gateway asks for them.
  const READ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${region.typeName} {
    publishedAsOf latestValues { period value } measurements(metric: "${metrics[0]}", from: "2027-01") { period value }
    coverage { share unitsTotal unitsComplete } goals { description attainment latest { value } }
    careUnits { hsaId offerings(asOf: "2027-06-15") { service { code } } } actionPlans { title activities { title overdue(asOf: "2027-06-30") } }
  } } }`;
  // The instant after the last month: the same state as now, so the ratio is the cost of reading it at an instant.
  const asOf = instants[MONTHS - 1] ?? "";
  const read = async (publishedAsOf: string | null) => {
    const started = performance.now();
    await post("/graphql", undefined, READ, {
      reps: [{ __typename: region.typeName, code: region.code, publishedAsOf }],
    });
    return performance.now() - started;
  };
  await read(null);
  await read(asOf);

  const warm = { current: [] as number[], asOf: [] as number[], ratios: [] as number[] };
  // Cold reads at three instants: nothing, six months and eleven months published since.
  const COLD = [
    { name: "last", instant: asOf, monthsSince: 0 },
    { name: "mid", instant: instants[MONTHS / 2 - 1] ?? asOf, monthsSince: MONTHS / 2 },
    { name: "first", instant: instants[0] ?? asOf, monthsSince: MONTHS - 1 },
  ].map((c) => ({ ...c, times: [] as number[], ratios: [] as number[] }));
  const coldCurrent: number[] = [];
  const perRound = 40;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? (["asOf", "current"] as const) : (["current", "asOf"] as const);
    const times: Record<"current" | "asOf", number[]> = { current: [], asOf: [] };
    for (const kind of order)
      for (let i = 0; i < perRound; i++) times[kind].push(await read(kind === "asOf" ? asOf : null));
    warm.current.push(...times.current);
    warm.asOf.push(...times.asOf);
    warm.ratios.push(median(times.asOf) / median(times.current));

    // Cold: the current state read from the tables (as after every publication) against a state at
    // an instant rebuilt (a fresh cache: as the first reader of the instant).
    const current: number[] = [];
    const past = COLD.map(() => [] as number[]);
    const timed = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) {
      if (round % 2 === 0) current.push(await timed(() => loadSnapshot(server.db)));
      for (const [k, c] of COLD.entries())
        past[k]?.push(await timed(() => snapshotAtCache(server.db)(c.instant)));
      if (round % 2 === 1) current.push(await timed(() => loadSnapshot(server.db)));
    }
    coldCurrent.push(...current);
    for (const [k, c] of COLD.entries()) {
      c.times.push(...(past[k] ?? []));
      c.ratios.push(median(past[k] ?? []) / median(current));
    }
    log(
      `round ${round + 1}/${rounds}: warm ${median(times.current).toFixed(2)} / ${median(times.asOf).toFixed(2)} ms (current / asOf), ` +
        `cold ${median(current).toFixed(0)} ms current, asOf ${COLD.map((c, k) => `${c.name} ${median(past[k] ?? []).toFixed(0)}`).join(", ")} ms`,
    );
  }

  const result = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      model: cpus()[0]?.model,
      memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      loadAtStart,
      loadAtEnd: load(),
    },
    region: {
      code: region.code,
      careUnits: units.length,
      metrics: metrics.length,
      months: MONTHS,
      recordsPublished: rowsPublished,
      publishSeconds,
    },
    storage: { before, after, perYear },
    reads: {
      asOf,
      rounds,
      requestsPerRound: perRound,
      warm: {
        currentMedianMs: median(warm.current),
        asOfMedianMs: median(warm.asOf),
        currentP95Ms: percentile(warm.current, 0.95),
        asOfP95Ms: percentile(warm.asOf, 0.95),
        ratioMedian: median(warm.ratios),
        ratioMin: Math.min(...warm.ratios),
        ratioMax: Math.max(...warm.ratios),
      },
      cold: {
        currentMedianMs: median(coldCurrent),
        instants: COLD.map((c) => ({
          name: c.name,
          instant: c.instant,
          monthsPublishedSince: c.monthsSince,
          asOfMedianMs: median(c.times),
          ratioMedian: median(c.ratios),
          ratioMin: Math.min(...c.ratios),
          ratioMax: Math.max(...c.ratios),
        })),
      },
    },
  };
  const docs = new URL("../../../docs/", import.meta.url);
  writeFileSync(new URL("history.json", docs), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(new URL("history.md", docs), render(result));
  // As the repository's formatter writes them, so that `biome check` passes on the committed files.
  execFileSync(
    fileURLToPath(new URL("../../../node_modules/.bin/biome", import.meta.url)),
    [
      "format",
      "--write",
      fileURLToPath(new URL("history.md", docs)),
      fileURLToPath(new URL("history.json", docs)),
    ],
    { stdio: "ignore" },
  );
  log(
    `warm asOf/current ${result.reads.warm.ratioMedian.toFixed(2)}× (min ${result.reads.warm.ratioMin.toFixed(2)}, max ${result.reads.warm.ratioMax.toFixed(2)}); ` +
      `cold ${result.reads.cold.instants.map((c) => `${c.monthsPublishedSince} months since ${c.ratioMedian.toFixed(2)}×`).join(", ")}`,
  );
  log("wrote docs/history.md and docs/history.json");
} finally {
  await server.service.close();
  await database.drop();
}

function render(r: {
  date: string;
  machine: Record<string, unknown>;
  region: Record<string, number | string>;
  storage: { perYear: Record<string, number>; after: Record<string, number> };
  reads: {
    asOf: string;
    rounds: number;
    requestsPerRound: number;
    warm: Record<string, number>;
    cold: {
      currentMedianMs: number;
      instants: {
        monthsPublishedSince: number;
        asOfMedianMs: number;
        ratioMedian: number;
        ratioMin: number;
        ratioMax: number;
      }[];
    };
  };
}): string {
  const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 1e6).toFixed(1)} MB`;
  const ms = (value: number | undefined) => `${(value ?? 0).toFixed(2)} ms`;
  const x = (value: number | undefined) => `${(value ?? 0).toFixed(2)}×`;
  const { perYear, after } = r.storage;
  const { warm, cold } = r.reads;
  return `<!-- Written by \`npm run bench:history\` (apps/region/bench/history.ts); do not edit by hand. -->

# The publication history: what it costs

Every state of what a region serves is kept in its \`publication_log\` (migration 0006), so the
federation can be read as published at any instant (\`regions(asOf:)\`). This page measures what
that costs, on PostgreSQL, for a region of Stockholm's size with synthetic data.

- **Run:** ${r.date}, ${r.machine.cores} cores (${r.machine.model}), ${r.machine.memoryGb} GiB, Node ${r.machine.node}. Load average ${r.machine.loadAtStart} at the start, ${r.machine.loadAtEnd} at the end.
- **Region:** ${r.region.code}, ${r.region.careUnits} care units (synthetic, sized by population), ${r.region.metrics} metrics.
- **A year of monthly publishing,** through the admin API: each month every metric for the region and
  for each care unit, about 2 % of the open offerings ended and as many opened, three activity
  statuses, then one publish. ${r.region.recordsPublished} records published in ${(Number(r.region.publishSeconds)).toFixed(0)} s.

## Storage per year

| What | Growth in the year | Rows |
| --- | --- | --- |
| Publication log (every served state) | ${mb(perYear.publicationLogBytes)} | ${perYear.publicationLogRows} |
| Change history (who published what) | ${mb(perYear.changeHistoryBytes)} | ${perYear.changeHistoryRows} |
| The served tables themselves | ${mb(perYear.servedTablesBytes)} | |

At the end the log holds ${mb(after.log_bytes)} in all (the seed's state included). History is never
rewritten (a trigger refuses updates and deletes), so it grows by about this much a year for a region
that publishes this much.

## An \`asOf\` read against a current read

The same report fields from the region's subgraph over HTTP (\`_entities\`, as the gateway asks),
at the instant after the last month (the same state as now, so the ratio is the cost of reading at an instant) against now. ${r.reads.rounds} rounds, interleaved, the order
alternating; ratios are medians of the rounds' ratios, all from this run.

| | Current | asOf | asOf / current (min–max) |
| --- | --- | --- | --- |
| Warm (the state cached), median of ${r.reads.rounds} × ${r.reads.requestsPerRound} requests | ${ms(warm.currentMedianMs)} (p95 ${ms(warm.currentP95Ms)}) | ${ms(warm.asOfMedianMs)} (p95 ${ms(warm.asOfP95Ms)}) | **${x(warm.ratioMedian)}** (${x(warm.ratioMin)}–${x(warm.ratioMax)}) |
${cold.instants
  .map(
    (c) =>
      `| Cold (a state's first read), ${c.monthsPublishedSince} months published since the instant | ${ms(cold.currentMedianMs)} | ${ms(c.asOfMedianMs)} | **${x(c.ratioMedian)}** (${x(c.ratioMin)}–${x(c.ratioMax)}) |`,
  )
  .join("\n")}

Warm is what a pinned report costs when it is opened again: past states are cached per log position
and day (eight of them). Cold is a state's first read: for a current read after every publication,
for an \`asOf\` read the first time an instant no publication separates from a cached one is asked for.
With nothing published since its instant, a past state is what the tables serve now and is read as
a current read. Otherwise it takes the rows unchanged since its instant from the tables and rebuilds
only the records changed since from the log, running its statements one after another on one
connection (its temporary views live in that transaction) where a current read spreads them over
the pool; the state at the earliest instant is also the smallest (one month of the year's
measurements).
`;
}
