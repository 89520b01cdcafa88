import { ActivityTable } from "../components/ActivityTable.tsx";
import { AttainmentBadge, DemoTag } from "../components/Badges.tsx";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { Select } from "../components/Field.tsx";
import { ErrorMessage, QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceList, SourceRef } from "../components/SourceRef.tsx";
import { activityRows } from "../followUp.ts";
import { formatShare, formatValue, plural, today } from "../format.ts";
import { REPORT, type ReportData } from "../graphql/queries.ts";
import type { Goal, Metric, MunicipalityCoverage, SeriesMeasurement } from "../graphql/types.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { useRegionParam } from "../graphql/useRegionParam.ts";
import { ATTAINMENT, COMPARATOR } from "../labels.ts";
import { setParams } from "../router.ts";
import { totals } from "../series.ts";
import { SourceIndex } from "../sources.ts";

type Region = NonNullable<ReportData["region"]>;

function goalColumns(metricOf: (code: string) => Metric | undefined, sources: SourceIndex): Column<Goal>[] {
  const name = (goal: Goal) => metricOf(goal.metric.code)?.name ?? goal.metric.code;
  const value = (goal: Goal, v: number | null | undefined) => {
    const metric = metricOf(goal.metric.code);
    return v === null || v === undefined ? "–" : metric ? formatValue(v, metric.unit) : String(v);
  };
  return [
    {
      header: "Mått",
      rowHeader: true,
      cell: (goal) => (
        <>
          {name(goal)} {goal.demo && <DemoTag />}
          {goal.description && <span class="goal-description">{goal.description}</span>}
        </>
      ),
      csv: [
        { header: "Mått", value: name },
        { header: "Beskrivning", value: (goal) => goal.description },
        { header: "Demodata", value: (goal) => goal.demo },
      ],
    },
    {
      header: "Mål",
      cell: (goal) =>
        goal.target === null
          ? `${goal.period}: ingen målnivå angiven`
          : `${goal.period}: ${goal.comparator ? COMPARATOR[goal.comparator] : ""} ${value(goal, goal.target)}`,
      csv: [
        { header: "Målperiod", value: (goal) => goal.period },
        { header: "Målvärde", value: (goal) => goal.target },
      ],
    },
    {
      header: "Senaste värde",
      cell: (goal) => (goal.latest ? `${value(goal, goal.latest.value)} (${goal.latest.period})` : "–"),
      csv: [
        { header: "Senaste värde", value: (goal) => goal.latest?.value },
        { header: "Period", value: (goal) => goal.latest?.period },
      ],
    },
    {
      header: "Måluppfyllelse",
      cell: (goal) => <AttainmentBadge attainment={goal.attainment} />,
      csv: (goal) => ATTAINMENT[goal.attainment].text,
    },
    {
      header: "Källa",
      cell: (goal) => <SourceRef index={sources} source={goal.source} />,
      csv: (goal) => goal.source?.document,
    },
  ];
}

function measurementColumns(
  metricOf: (code: string) => Metric | undefined,
  sources: SourceIndex,
): Column<SeriesMeasurement>[] {
  return [
    {
      header: "Mått",
      rowHeader: true,
      cell: (m) => metricOf(m.metric.code)?.name ?? m.metric.code,
      csv: (m) => metricOf(m.metric.code)?.name ?? m.metric.code,
    },
    { header: "Period", cell: (m) => m.period, csv: (m) => m.period },
    {
      header: "Värde",
      numeric: true,
      cell: (m) => {
        const metric = metricOf(m.metric.code);
        return m.value === null ? "–" : metric ? formatValue(m.value, metric.unit) : m.value;
      },
      csv: (m) => m.value,
    },
    {
      header: "Anmärkning",
      cell: (m) => (
        <>
          {m.demo && <DemoTag />} {m.note}
        </>
      ),
      csv: [
        { header: "Demodata", value: (m) => m.demo },
        { header: "Anmärkning", value: (m) => m.note },
      ],
    },
    {
      header: "Källa",
      cell: (m) => <SourceRef index={sources} source={m.source} />,
      csv: (m) => m.source?.document,
    },
  ];
}

const coverageColumns: Column<MunicipalityCoverage>[] = [
  { header: "Kommun", rowHeader: true, cell: (m) => m.municipality.name, csv: (m) => m.municipality.name },
  { header: "Vårdenheter", numeric: true, cell: (m) => m.unitsTotal, csv: (m) => m.unitsTotal },
  { header: "Med hela basutbudet", numeric: true, cell: (m) => m.unitsComplete, csv: (m) => m.unitsComplete },
  { header: "Andel", numeric: true, cell: (m) => formatShare(m.share), csv: (m) => m.share },
  {
    header: "Saknas",
    cell: (m) => (m.missing.length ? m.missing.map((s) => s.name).join(", ") : "–"),
    csv: (m) => m.missing.map((s) => s.name).join(", "),
  },
];

function ReportBody({ region, metrics, asOf }: { region: Region; metrics: Metric[]; asOf: string }) {
  const metricOf = (code: string) => metrics.find((m) => m.code === code);
  const sources = new SourceIndex();
  const goals = region.goals ?? [];
  const measurements = [...totals(region.measurements ?? [])].sort(
    (a, b) =>
      metrics.findIndex((m) => m.code === a.metric.code) - metrics.findIndex((m) => m.code === b.metric.code),
  );
  const overdue = activityRows({ ...region }).filter((r) => r.activity.overdue);
  const coverage = region.coverage;
  const basutbud = region.basutbud;
  // Sources are numbered in reading order.
  for (const goal of goals) sources.ref(goal.source);
  for (const m of measurements) sources.ref(m.source);
  sources.ref(basutbud?.source);
  for (const row of overdue) sources.ref(row.activity.source);
  for (const audit of region.audits ?? []) sources.ref(audit.source);
  for (const rec of region.recommendations ?? []) sources.ref(rec.source);
  const met = goals.filter((g) => g.attainment === "MET").length;

  return (
    <article class="report" aria-labelledby="rapport-rubrik">
      <header class="report-header">
        <h2 id="rapport-rubrik">Uppföljning av invånartjänsterna 1177 i {region.name}</h2>
        <p>
          Underlag för regionstyrelsen, sammanställt {asOf} ur Jämliks API. Siffror inom hakparentes hänvisar
          till källförteckningen sist i rapporten.
        </p>
      </header>
      <section aria-labelledby="rapport-sammanfattning">
        <h3 id="rapport-sammanfattning">Sammanfattning</h3>
        <ul class="summary-list">
          <li>
            {plural(goals.length, "mål", "mål")} följs upp; {met} {met === 1 ? "är uppnått" : "är uppnådda"}.
          </li>
          {coverage && (
            <li>
              {formatShare(coverage.share)} av vårdenheterna ({coverage.unitsComplete} av{" "}
              {coverage.unitsTotal}) erbjuder hela basutbudet.
            </li>
          )}
          <li>{plural(overdue.length, "aktivitet", "aktiviteter")} i handlingsplanerna är försenade.</li>
        </ul>
      </section>
      <section aria-labelledby="rapport-mal">
        <h3 id="rapport-mal">Mål och måluppfyllelse</h3>
        <DataTable
          id="rapport-mal-tabell"
          caption={`Mål och måluppfyllelse, ${region.name}`}
          columns={goalColumns(metricOf, sources)}
          rows={goals}
          rowKey={(g) => `${g.metric.code}-${g.period}`}
          empty="Regionen har inga mål för de nationella måtten i dokumenten."
        />
      </section>
      <section aria-labelledby="rapport-matt">
        <h3 id="rapport-matt">Mätvärden</h3>
        <DataTable
          id="rapport-matt-tabell"
          caption={`Mätvärden, ${region.name}`}
          columns={measurementColumns(metricOf, sources)}
          rows={measurements}
          rowKey={(m) => `${m.metric.code}-${m.period}`}
          empty="Inga mätvärden."
        />
      </section>
      <section aria-labelledby="rapport-tackning">
        <h3 id="rapport-tackning">Basutbud och täckning</h3>
        {basutbud ? (
          <p>
            Basutbudet från {basutbud.validFrom} omfattar {basutbud.services.map((s) => s.name).join(", ")}.{" "}
            {basutbud.demo && <DemoTag />} <SourceRef index={sources} source={basutbud.source} />
          </p>
        ) : (
          <p>Regionen har inget basutbud som gäller i dag.</p>
        )}
        {coverage && (
          <DataTable
            id="rapport-tackning-tabell"
            caption={`Täckning per kommun, ${region.name}, ${coverage.asOf}`}
            columns={coverageColumns}
            rows={coverage.municipalities}
            rowKey={(m) => m.municipality.code}
          />
        )}
        {(region.careUnits ?? []).some((unit) => unit.demo) && (
          <p class="muted">
            <DemoTag /> Vårdenheterna och deras utbud, som täckningen räknas på, är demodata (de finns inte i
            dokumenten).
          </p>
        )}
      </section>
      <section aria-labelledby="rapport-forsenade">
        <h3 id="rapport-forsenade">Försenade aktiviteter</h3>
        <ActivityTable
          id="rapport-aktiviteter"
          caption={`Försenade aktiviteter ${asOf}, ${region.name}`}
          rows={overdue}
          empty="Inga aktiviteter är försenade."
          sourceCell={(r) => <SourceRef index={sources} source={r.activity.source} />}
        />
      </section>
      <section aria-labelledby="rapport-revision">
        <h3 id="rapport-revision">Revisionen</h3>
        {(region.audits ?? []).map((audit) => (
          <p key={audit.title}>
            <strong>{audit.title}</strong>
            {audit.year ? ` (${audit.year}${audit.auditor ? `, ${audit.auditor}` : ""})` : ""}:{" "}
            {audit.conclusion} <SourceRef index={sources} source={audit.source} />
          </p>
        ))}
        {(region.recommendations ?? []).length > 0 && (
          <ol class="recommendations">
            {(region.recommendations ?? []).map((rec) => (
              <li key={rec.ordinal}>
                {rec.text} <SourceRef index={sources} source={rec.source} />
                {rec.decisions.length > 0 && (
                  <span class="muted">
                    {" "}
                    Beslut:{" "}
                    {rec.decisions.map((d) => `${d.title}${d.dnr ? ` (Dnr ${d.dnr})` : ""}`).join("; ")}.
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="rapport-kallor">
        <h3 id="rapport-kallor">Källor</h3>
        <SourceList index={sources} />
      </section>
    </article>
  );
}

export function Report({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const asOf = today();
  const picked = useRegionParam(params);
  const state = useQuery<ReportData>(picked.code ? REPORT : null, { region: picked.code, asOf });
  const data = state.result?.data;
  const region = data?.region;
  const down = region ? (state.result?.unavailableRegions ?? []).includes(region.code) : false;
  const regions = data?.regions ?? picked.regions;
  const error = picked.error ?? state.error;
  return (
    <Page
      title="Regionrapport"
      documentTitle={region ? `Regionrapport: ${region.name}` : "Regionrapport"}
      focus={focus}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="rapportens uppgifter" />}
      lead={
        <p class="no-print">
          En utskriftsvänlig uppföljning för en regions styrelse: mål och måluppfyllelse, basutbudets
          täckning, försenade aktiviteter och källor.
        </p>
      }
    >
      <div class="filters no-print">
        <Select
          label="Region"
          value={picked.code ?? ""}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(value) => setParams({ region: value })}
        />
        <button type="button" class="button" onClick={() => window.print()}>
          Skriv ut
        </button>
      </div>
      {error && <ErrorMessage message={error} />}
      {region && !down && data && <ReportBody region={region} metrics={data.metrics} asOf={asOf} />}
      {region && down && <p>Rapporten kan inte sammanställas medan {region.name} inte svarar.</p>}
      {data && !region && <p>Regionen {picked.code} finns inte.</p>}
    </Page>
  );
}
