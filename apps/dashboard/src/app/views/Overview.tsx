import { useEffect, useMemo } from "preact/hooks";
import { AttainmentBadge, DemoTag } from "../components/Badges.tsx";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { ErrorMessage, QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceDetails } from "../components/SourceDetails.tsx";
import { Sparkline } from "../components/Sparkline.tsx";
import { formatValue, plural, UNIT_NAME } from "../format.ts";
import {
  latestAlias,
  type OverviewData,
  type OverviewRegion,
  overviewQuery,
  overviewVariables,
} from "../graphql/queries.ts";
import type { Goal, Measurement, Metric } from "../graphql/types.ts";
import { useMetrics } from "../graphql/useMetrics.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { ATTAINMENT, COMPARATOR, MISSING_REASON } from "../labels.ts";
import { comparePeriods } from "../periods.ts";
import { mean, totals } from "../series.ts";

interface Row {
  metric: Metric;
  index: number;
}

/** The goal the region follows for a metric: the one for the latest period. */
function goalFor(region: OverviewRegion, metric: string): Goal | undefined {
  return (region.goals ?? [])
    .filter((goal) => goal.metric.code === metric)
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
}

function latestOf(region: OverviewRegion, index: number): Measurement | null | undefined {
  return region[latestAlias(index)];
}

function goalText(goal: Goal, metric: Metric): string {
  const level =
    goal.target === null
      ? "ingen målnivå angiven"
      : `${goal.comparator ? `${COMPARATOR[goal.comparator]} ` : ""}${formatValue(goal.target, metric.unit)}`;
  return `Mål ${goal.period}: ${level}`;
}

function ValueCell({ region, row, unavailable }: { region: OverviewRegion; row: Row; unavailable: boolean }) {
  const { metric, index } = row;
  if (unavailable) return <span class="muted">Uppgift saknas: regionen svarar inte</span>;
  const latest = latestOf(region, index);
  const goal = goalFor(region, metric.code);
  const trend = totals(region.trend ?? [], metric.code).flatMap((m) =>
    m.value === null ? [] : [{ period: m.period, value: m.value }],
  );
  const context = `${metric.name}, ${region.name}`;
  return (
    <div class="cell-stack">
      {latest ? (
        <p class="figure">
          <span class="figure-value">
            {latest.value === null
              ? (latest.missing && MISSING_REASON[latest.missing]) || "Värde saknas"
              : formatValue(latest.value, metric.unit)}
          </span>{" "}
          <span class="figure-period">{latest.period}</span>
          {latest.demo && <DemoTag />}
        </p>
      ) : (
        <p class="muted">Inga mätvärden</p>
      )}
      {goal && (
        <p class="goal">
          <span>{goalText(goal, metric)}</span> <AttainmentBadge attainment={goal.attainment} />
          {goal.demo && <DemoTag />}
        </p>
      )}
      <Sparkline points={trend} unit={metric.unit} label={context} />
      {latest && <SourceDetails source={latest.source} context={`värdet ${context}`} />}
      {goal && <SourceDetails source={goal.source} context={`målet ${context}`} label="Källa för målet" />}
    </div>
  );
}

function regionAverage(
  regions: OverviewRegion[],
  index: number,
): { value: number; count: number } | undefined {
  const values = regions.flatMap((region) => {
    const value = latestOf(region, index)?.value;
    return value === null || value === undefined ? [] : [value];
  });
  const value = mean(values);
  return value === undefined ? undefined : { value, count: values.length };
}

function columns(regions: OverviewRegion[], unavailable: readonly string[]): Column<Row>[] {
  const metricColumn: Column<Row> = {
    header: "Mått",
    rowHeader: true,
    cell: ({ metric }) => (
      <>
        <span class="metric-name">{metric.name}</span>
        <span class="metric-meta">
          {UNIT_NAME[metric.unit]}, {metric.higherIsBetter ? "högre är bättre" : "lägre är bättre"}
        </span>
      </>
    ),
    csv: [
      { header: "Mått", value: ({ metric }) => metric.name },
      { header: "Kod", value: ({ metric }) => metric.code },
      { header: "Enhet", value: ({ metric }) => UNIT_NAME[metric.unit] },
    ],
  };
  const regionColumns = regions.map((region): Column<Row> => {
    const down = unavailable.includes(region.code);
    const latest = (row: Row) => (down ? undefined : latestOf(region, row.index));
    const goal = (row: Row) => (down ? undefined : goalFor(region, row.metric.code));
    return {
      header: region.name,
      cell: (row) => <ValueCell region={region} row={row} unavailable={down} />,
      csv: [
        { header: `${region.name}: värde`, value: (row) => latest(row)?.value },
        { header: `${region.name}: period`, value: (row) => latest(row)?.period },
        { header: `${region.name}: demodata`, value: (row) => latest(row)?.demo },
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
    cell: ({ metric, index }) => {
      const average = regionAverage(regions, index);
      if (!average) return <span class="muted">–</span>;
      return (
        <p class="figure">
          <span class="figure-value">{formatValue(average.value, metric.unit)}</span>{" "}
          <span class="figure-period">{plural(average.count, "region", "regioner")}</span>
        </p>
      );
    },
    csv: [
      { header: "Snitt för regionerna", value: ({ index }) => regionAverage(regions, index)?.value },
      { header: "Antal regioner i snittet", value: ({ index }) => regionAverage(regions, index)?.count ?? 0 },
    ],
  };
  return [metricColumn, ...regionColumns, averageColumn];
}

export function Overview({ focus }: { focus: boolean }) {
  const catalog = useMetrics();
  const codes = catalog.metrics?.map((m) => m.code) ?? [];
  const codeKey = codes.join(",");
  const query = useMemo(() => (codes.length > 0 ? overviewQuery(codes) : null), [codeKey]);
  const variables = useMemo(() => overviewVariables(codes), [codeKey]);
  const state = useQuery<OverviewData>(query, variables);
  const data = state.result?.data;
  const unavailable = state.result?.unavailableRegions ?? [];

  useEffect(() => {
    // The first meaningful render, for measurements (docs/dashboard.md): the table with data is on screen.
    if (data && !performance.getEntriesByName("jamlik:oversikt").length) performance.mark("jamlik:oversikt");
  }, [data]);

  const rows = (catalog.metrics ?? []).map((metric, index) => ({ metric, index }));
  const error = catalog.error ?? state.error;
  return (
    <Page
      title="Översikt"
      documentTitle="Översikt: regionerna sida vid sida"
      focus={focus}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="regionernas mått" />}
      lead={
        <p>
          Regionerna sida vid sida på de nationella måtten: senaste värde med period, regionens mål och
          måluppfyllelse, trend och källa. Snittet är medelvärdet av regionernas senaste värden.
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
        />
      )}
    </Page>
  );
}
