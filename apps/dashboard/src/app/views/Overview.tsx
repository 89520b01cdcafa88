import { ATTAINMENT, COMPARATOR, DemoTag, ErrorMessage, MISSING_REASON, plural } from "@jamlik/ui";
import { useEffect } from "preact/hooks";
import { AttainmentBadge } from "../components/Badges.tsx";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceDetails } from "../components/SourceDetails.tsx";
import { Sparkline } from "../components/Sparkline.tsx";
import { formatRate, formatValue, unitName } from "../format.ts";
import type { Goal, Measurement, Metric } from "../graphql/fragmentTypes.ts";
import type { OversiktQuery } from "../graphql/generated/graphql.ts";
import { OversiktDocument as OVERVIEW } from "../graphql/generated/graphql.ts";
import { useMetrics } from "../graphql/useMetrics.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { MetricMap } from "../map/MetricMap.tsx";
import { newestGoalFirst } from "../periods.ts";
import { readPublishedAsOf } from "../publishedAsOf.ts";
import { mean, scoped, totals } from "../series.ts";

type OverviewRegion = OversiktQuery["regions"][number];

interface Row {
  metric: Metric;
}

/** The goal the region follows for a metric: the one for the latest period. */
function goalFor(region: OverviewRegion, metric: string): Goal | undefined {
  return (region.goals ?? []).filter((goal) => goal.metric.code === metric).sort(newestGoalFirst)[0];
}

/** The region's newest total value of the metric, if it has one. */
function latestOf(region: OverviewRegion, metric: string): Measurement | undefined {
  return region.latestValues?.find((value) => value.metric.code === metric);
}

function goalText(goal: Goal, metric: Metric): string {
  const level =
    goal.target === null
      ? "ingen målnivå angiven"
      : `${goal.comparator ? `${COMPARATOR[goal.comparator]} ` : ""}${formatValue(goal.target, metric.unit)}`;
  return `Mål ${goal.period ?? "(period anges inte)"}: ${level}`;
}

/** A count per 1 000 invånare, where the region's population is known; counts are not compared as such. */
function RateLine({ region, metric, value }: { region: OverviewRegion; metric: Metric; value: number }) {
  if (metric.unit !== "COUNT") return null;
  const population = region.population;
  if (!population)
    return <p class="note">Folkmängden är inte känd: antalet kan inte jämföras med andra regioner.</p>;
  return (
    <p class="note" data-demo={String(population.demo)}>
      {formatRate(value, population.count)} (folkmängd {population.year}) {population.demo && <DemoTag />}
    </p>
  );
}

function ValueCell({ region, row, unavailable }: { region: OverviewRegion; row: Row; unavailable: boolean }) {
  const { metric } = row;
  if (unavailable) return <span class="muted">Uppgift saknas: regionen svarar inte</span>;
  const latest = latestOf(region, metric.code);
  const goal = goalFor(region, metric.code);
  const series = totals(region.trend ?? [], metric.code);
  const trend = series.flatMap((m) => (m.value === null ? [] : [{ period: m.period, value: m.value }]));
  // Without a value for the whole region, a value for a part of it is shown as what it is.
  const part = latest ? undefined : scoped(region.trend ?? [], metric.code).at(-1);
  const context = `${metric.name}, ${region.name}`;
  return (
    <div class="cell-stack">
      {latest ? (
        <p class={latest.demo ? "figure figure-demo" : "figure"} data-demo={String(latest.demo)}>
          <span class="figure-value">
            {latest.value === null
              ? (latest.missing && MISSING_REASON[latest.missing]) || "Värde saknas"
              : formatValue(latest.value, metric.unit)}
          </span>{" "}
          <span class="figure-period">{latest.period}</span>
          {latest.demo && <DemoTag />}
        </p>
      ) : (
        <p class="muted">Inga mätvärden för hela regionen</p>
      )}
      {latest?.value !== null && latest?.value !== undefined && (
        <RateLine region={region} metric={metric} value={latest.value} />
      )}
      {part && part.value !== null && (
        <p class="figure figure-part" data-demo={String(part.demo)}>
          <span class="figure-scope">Endast {part.scope}:</span>{" "}
          <span class="figure-value">{formatValue(part.value, metric.unit)}</span>{" "}
          <span class="figure-period">{part.period}</span> {part.demo && <DemoTag />}
        </p>
      )}
      {goal && (
        <p class="goal">
          <span>{goalText(goal, metric)}</span> <AttainmentBadge attainment={goal.attainment} />
          {goal.demo && <DemoTag />}
        </p>
      )}
      <Sparkline points={trend} unit={metric.unit} label={context} demo={series.some((m) => m.demo)} />
      {latest && <SourceDetails source={latest.source} context={`värdet ${context}`} />}
      {part && <SourceDetails source={part.source} context={`värdet för ${part.scope}, ${context}`} />}
      {goal && <SourceDetails source={goal.source} context={`målet ${context}`} label="Källa för målet" />}
    </div>
  );
}

/** Why a metric gets no average across regions, or undefined when it does. */
function noAverage(metric: Metric): string | undefined {
  if (metric.unit === "COUNT") return "Inget snitt: antal jämförs inte mellan regioner av olika storlek.";
  if (metric.unit === null) return "Inget snitt: måttets enhet anges inte i dokumenten.";
  return undefined;
}

function regionAverage(
  regions: OverviewRegion[],
  row: Row,
): { value: number; count: number; demo: boolean } | undefined {
  if (noAverage(row.metric)) return undefined;
  const latest = regions.flatMap((region) => {
    const m = latestOf(region, row.metric.code);
    return m?.value === null || m?.value === undefined ? [] : [{ value: m.value, demo: m.demo }];
  });
  const value = mean(latest.map((m) => m.value));
  return value === undefined ? undefined : { value, count: latest.length, demo: latest.some((m) => m.demo) };
}

function columns(regions: OverviewRegion[], unavailable: readonly string[]): Column<Row>[] {
  const metricColumn: Column<Row> = {
    header: "Mått",
    rowHeader: true,
    cell: ({ metric }) => (
      <>
        <span class="metric-name">{metric.name}</span>
        <span class="metric-meta">
          {unitName(metric.unit)}, {metric.higherIsBetter ? "högre är bättre" : "lägre är bättre"}
        </span>
      </>
    ),
    csv: [
      { header: "Mått", value: ({ metric }) => metric.name },
      { header: "Kod", value: ({ metric }) => metric.code },
      { header: "Enhet", value: ({ metric }) => unitName(metric.unit) },
    ],
  };
  const regionColumns = regions.map((region): Column<Row> => {
    const down = unavailable.includes(region.code);
    const latest = (row: Row) => (down ? undefined : latestOf(region, row.metric.code));
    const goal = (row: Row) => (down ? undefined : goalFor(region, row.metric.code));
    return {
      header: region.name,
      cell: (row) => <ValueCell region={region} row={row} unavailable={down} />,
      csv: [
        { header: `${region.name}: värde`, value: (row) => latest(row)?.value },
        { header: `${region.name}: period`, value: (row) => latest(row)?.period },
        { header: `${region.name}: demodata`, value: (row) => latest(row)?.demo },
        {
          header: `${region.name}: per 1 000 invånare`,
          value: (row) => {
            const value = latest(row)?.value;
            const population = region.population;
            return row.metric.unit === "COUNT" && value !== null && value !== undefined && population
              ? (value * 1000) / population.count
              : undefined;
          },
        },
        {
          header: `${region.name}: mål`,
          value: (row) => {
            const g = goal(row);
            return g && goalText(g, row.metric);
          },
        },
        {
          header: `${region.name}: måluppfyllelse`,
          value: (row) => {
            const g = goal(row);
            return g && ATTAINMENT[g.attainment].text;
          },
        },
        { header: `${region.name}: källa`, value: (row) => latest(row)?.source?.document },
        { header: `${region.name}: dnr`, value: (row) => latest(row)?.source?.dnr },
        {
          header: `${region.name}: anmärkning`,
          value: (row) => (down ? "regionen svarar inte" : latest(row)?.note),
        },
      ],
    };
  });
  const averageColumn: Column<Row> = {
    header: "Snitt för regionerna",
    className: "average",
    cell: (row) => {
      const why = noAverage(row.metric);
      if (why) return <span class="muted">{why}</span>;
      const average = regionAverage(regions, row);
      if (!average) return <span class="muted">–</span>;
      return (
        <p class={average.demo ? "figure figure-demo" : "figure"} data-demo={String(average.demo)}>
          <span class="figure-value">{formatValue(average.value, row.metric.unit)}</span>{" "}
          <span class="figure-period">{plural(average.count, "region", "regioner")}</span>
          {average.demo && <DemoTag />}
        </p>
      );
    },
    csv: [
      { header: "Snitt för regionerna", value: (row) => regionAverage(regions, row)?.value },
      { header: "Antal regioner i snittet", value: (row) => regionAverage(regions, row)?.count ?? 0 },
      { header: "Snittet bygger på demodata", value: (row) => regionAverage(regions, row)?.demo ?? false },
    ],
  };
  return [metricColumn, ...regionColumns, averageColumn];
}

export function Overview({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const catalog = useMetrics();
  const publishedAsOf = readPublishedAsOf(params);
  const state = useQuery(OVERVIEW, { publishedAsOf: publishedAsOf.instant });
  const data = state.result?.data;
  const unavailable = state.result?.unavailableRegions ?? [];

  useEffect(() => {
    // The first meaningful render, for measurements (docs/dashboard.md): the table with data is on screen.
    if (data && !performance.getEntriesByName("jamlik:oversikt").length) performance.mark("jamlik:oversikt");
  }, [data]);

  const rows = (catalog.metrics ?? []).map((metric) => ({ metric }));
  const error = catalog.error ?? state.error;
  return (
    <Page
      title="Översikt"
      documentTitle="Översikt: regionerna sida vid sida"
      focus={focus}
      publishedAsOf={publishedAsOf}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="regionernas mått" />}
      lead={
        <p>
          Regionerna sida vid sida på de nationella måtten: senaste värde för hela regionen med period,
          regionens mål och måluppfyllelse, trend och källa. Snittet är medelvärdet av regionernas senaste
          värden; antal jämförs i stället per 1 000 invånare där folkmängden är känd.
        </p>
      }
    >
      {error && <ErrorMessage message={error} />}
      {unavailable.length > 0 && <p class="muted">Snittet räknas på de regioner som svarar.</p>}
      {data && (
        <DataTable
          id="oversikt-tabell"
          className="overview-table"
          caption="Regionernas senaste värden på de nationella måtten"
          columns={columns(data.regions, unavailable)}
          rows={rows}
          rowKey={(row) => row.metric.code}
          demo={(row) =>
            data.regions.some(
              (region) =>
                !unavailable.includes(region.code) &&
                (latestOf(region, row.metric.code)?.demo === true ||
                  goalFor(region, row.metric.code)?.demo === true),
            )
          }
        />
      )}
      {data && catalog.metrics && (
        <MetricMap
          metrics={catalog.metrics}
          regions={data.regions}
          unavailable={unavailable}
          picked={params.get("karta")}
        />
      )}
    </Page>
  );
}
