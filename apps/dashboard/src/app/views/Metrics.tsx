import { DemoTag, ErrorMessage, MISSING_REASON, Select } from "@jamlik/ui";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { type ChartReference, type ChartSeries, LineChart } from "../components/LineChart.tsx";
import { QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceDetails } from "../components/SourceDetails.tsx";
import { formatValue, unitName } from "../format.ts";
import type { Metric, SeriesMeasurement } from "../graphql/fragmentTypes.ts";
import { MattDocument as METRIC_SERIES } from "../graphql/generated/graphql.ts";
import { useMetrics } from "../graphql/useMetrics.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { goalPeriodText } from "../periods.ts";
import { readPublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";
import { scoped, totals } from "../series.ts";

interface Row {
  region: { code: string; name: string };
  measurement: SeriesMeasurement;
}

function tableColumns(metric: Metric): Column<Row>[] {
  return [
    { header: "Region", rowHeader: true, cell: (r) => r.region.name, csv: (r) => r.region.name },
    {
      header: "Gäller",
      cell: (r) => r.measurement.scope ?? "hela regionen",
      csv: (r) => r.measurement.scope ?? "hela regionen",
    },
    { header: "Period", cell: (r) => r.measurement.period, csv: (r) => r.measurement.period },
    {
      header: `Värde (${unitName(metric.unit)})`,
      numeric: true,
      cell: ({ measurement: m }) =>
        m.value === null ? (
          <span class="muted">{(m.missing && MISSING_REASON[m.missing]) || "saknas"}</span>
        ) : (
          formatValue(m.value, metric.unit)
        ),
      csv: (r) => r.measurement.value,
    },
    {
      header: "Anmärkning",
      cell: ({ measurement: m }) => (
        <>
          {m.demo && <DemoTag />} {m.note}
        </>
      ),
      csv: [
        { header: "Demodata", value: (r) => r.measurement.demo },
        { header: "Anmärkning", value: (r) => r.measurement.note },
      ],
    },
    {
      header: "Källa",
      cell: (r) => (
        <SourceDetails
          source={r.measurement.source}
          context={`${r.region.name} ${r.measurement.period}`}
          label="Visa källa"
        />
      ),
      csv: [
        { header: "Källa", value: (r) => r.measurement.source?.document },
        { header: "Dnr", value: (r) => r.measurement.source?.dnr },
        { header: "Citat", value: (r) => r.measurement.source?.quote },
      ],
    },
  ];
}

export function Metrics({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const catalog = useMetrics();
  const metrics = catalog.metrics ?? [];
  const code = params.get("matt") ?? metrics[0]?.code;
  const publishedAsOf = readPublishedAsOf(params);
  const state = useQuery(METRIC_SERIES, code ? { metric: code, publishedAsOf: publishedAsOf.instant } : null);
  const data = state.result?.data;
  const metric = data?.metric ?? metrics.find((m) => m.code === code);
  const unavailable = state.result?.unavailableRegions ?? [];
  const error = catalog.error ?? state.error;

  const regions = data?.regions ?? [];
  const series: ChartSeries[] = regions
    .filter((region) => !unavailable.includes(region.code))
    .map((region) => ({
      key: region.code,
      name: region.name,
      points: totals(region.measurements ?? []).flatMap((m) =>
        m.value === null ? [] : [{ period: m.period, value: m.value }],
      ),
      demo: totals(region.measurements ?? []).some((m) => m.demo),
    }));
  const references: ChartReference[] = regions.flatMap((region) =>
    (region.goals ?? [])
      .filter((goal) => goal.metric.code === code && goal.target !== null)
      .map((goal) => ({
        label: `Mål ${region.name} ${goalPeriodText(goal.period)}`,
        value: goal.target as number,
      })),
  );
  // The chart compares whole regions; the table also lists values for a part of a region, marked so.
  const rows: Row[] = regions.flatMap((region) =>
    [...totals(region.measurements ?? []), ...scoped(region.measurements ?? [])].map((measurement) => ({
      region,
      measurement,
    })),
  );
  const withoutData = series.filter((s) => s.points.length === 0).map((s) => s.name);
  const description = series
    .map((s) =>
      s.points.length === 0
        ? `${s.name}: inga mätvärden.`
        : `${s.name}${s.demo ? " (demodata)" : ""}: ${s.points.map((p) => `${p.period} ${formatValue(p.value, metric?.unit ?? null)}`).join(", ")}.`,
    )
    .join(" ");

  return (
    <Page
      title="Mått"
      documentTitle={metric ? `Mått: ${metric.name}` : "Mått"}
      focus={focus}
      publishedAsOf={publishedAsOf}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="måttets mätvärden" />}
      lead={<p>Ett mått över tid för alla regioner, som diagram och som tabell.</p>}
    >
      <div class="filters no-print">
        <Select
          label="Mått"
          value={code ?? ""}
          options={metrics.map((m) => ({ value: m.code, label: m.name }))}
          onChange={(value) => setParams({ matt: value })}
        />
      </div>
      {error && <ErrorMessage message={error} />}
      {metric && data && (
        <section aria-labelledby="matt-rubrik">
          <h2 id="matt-rubrik">{metric.name}</h2>
          <p class="definition">
            {metric.definition} Enhet: {unitName(metric.unit)};{" "}
            {metric.higherIsBetter ? "högre värden är bättre" : "lägre värden är bättre"}.
          </p>
          {metric.note && <p class="note">{metric.note}</p>}
          <SourceDetails
            source={metric.source}
            context={`definitionen av ${metric.name}`}
            label="Källa för måttet"
          />
          <div class="chart-and-table">
            <LineChart
              title={`${metric.name} per region över tid`}
              description={description}
              unit={metric.unit}
              series={series}
              references={references}
            />
            <div>
              <DataTable
                id="matt-tabell"
                caption={`${metric.name}: mätvärden per region`}
                columns={tableColumns(metric)}
                rows={rows}
                rowKey={(r) => `${r.region.code}-${r.measurement.period}-${r.measurement.scope ?? ""}`}
                demo={(r) => r.measurement.demo}
                empty="Ingen region har mätvärden för måttet."
              />
              {withoutData.length > 0 && rows.length > 0 && (
                <p class="muted">Inga mätvärden för måttet: {withoutData.join(", ")}.</p>
              )}
            </div>
          </div>
        </section>
      )}
    </Page>
  );
}
