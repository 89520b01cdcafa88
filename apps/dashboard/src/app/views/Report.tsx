import { ATTAINMENT, COMPARATOR, DemoTag, ErrorMessage, formatTimestamp, plural, Select } from "@jamlik/ui";
import { useMemo } from "preact/hooks";
import { ActivityTable } from "../components/ActivityTable.tsx";
import { AuditTitle } from "../components/AuditTitle.tsx";
import { AttainmentBadge } from "../components/Badges.tsx";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { Findings } from "../components/Findings.tsx";
import { municipalityColumn } from "../components/municipalityColumn.tsx";
import { QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { ReportChanges } from "../components/ReportChanges.tsx";
import { SourceList, SourceRef } from "../components/SourceRef.tsx";
import { Timeline } from "../components/Timeline.tsx";
import { activityRows, deadlineCounts, deadlineSentences } from "../followUp.ts";
import { formatShare, formatValue } from "../format.ts";
import type { Goal, Metric, MunicipalityCoverage, SeriesMeasurement } from "../graphql/fragmentTypes.ts";
import type { RegionrapportQuery } from "../graphql/generated/graphql.ts";
import { RegionrapportDocument as REPORT } from "../graphql/generated/graphql.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { useRegionParam } from "../graphql/useRegionParam.ts";
import { RegionMap } from "../map/RegionMap.tsx";
import { goalPeriodText } from "../periods.ts";
import { type PublishedAsOf, readPublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";
import { scoped, totals } from "../series.ts";
import { SourceIndex } from "../sources.ts";

type Region = NonNullable<RegionrapportQuery["region"]>;

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
          ? `${goalPeriodText(goal.period)}: ingen målnivå angiven`
          : `${goalPeriodText(goal.period)}: ${goal.comparator ? COMPARATOR[goal.comparator] : ""} ${value(goal, goal.target)}`,
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

const scopeOf = (m: SeriesMeasurement) => (m.scope ? ` (${m.scope})` : "");

function measurementColumns(
  metricOf: (code: string) => Metric | undefined,
  sources: SourceIndex,
): Column<SeriesMeasurement>[] {
  return [
    {
      header: "Mått",
      rowHeader: true,
      cell: (m) => `${metricOf(m.metric.code)?.name ?? m.metric.code}${scopeOf(m)}`,
      csv: [
        { header: "Mått", value: (m) => metricOf(m.metric.code)?.name ?? m.metric.code },
        { header: "Gäller", value: (m) => m.scope ?? "hela regionen" },
      ],
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
  municipalityColumn,
  { header: "Vårdenheter", numeric: true, cell: (m) => m.unitsTotal, csv: (m) => m.unitsTotal },
  { header: "Med hela basutbudet", numeric: true, cell: (m) => m.unitsComplete, csv: (m) => m.unitsComplete },
  { header: "Andel", numeric: true, cell: (m) => formatShare(m.share), csv: (m) => m.share },
  {
    header: "Saknas",
    cell: (m) => (m.missing.length ? m.missing.map((s) => s.name).join(", ") : "–"),
    csv: (m) => m.missing.map((s) => s.name).join(", "),
  },
];

function ReportBody({
  region,
  metrics,
  asOf,
  readAt,
  since,
}: {
  region: Region;
  metrics: Metric[];
  asOf: string;
  /** The instant the report reads the region as published at (pinned, or when the answer came). */
  readAt: string;
  since: PublishedAsOf;
}) {
  const metricOf = (code: string) => metrics.find((m) => m.code === code);
  const sources = new SourceIndex();
  const goals = region.goals ?? [];
  const byCatalog = (a: SeriesMeasurement, b: SeriesMeasurement) =>
    metrics.findIndex((m) => m.code === a.metric.code) - metrics.findIndex((m) => m.code === b.metric.code);
  const measurements = [...totals(region.measurements ?? []), ...scoped(region.measurements ?? [])].sort(
    byCatalog,
  );
  const activities = activityRows({ ...region });
  const overdue = activities.filter((r) => r.activity.overdue === true);
  const unknown = activities.filter((r) => r.activity.overdue === null);
  const deadlines = deadlineCounts(activities);
  const coverage = region.coverage;
  const basutbud = region.basutbud;
  const findings = region.findings ?? [];
  const events = region.events ?? [];
  // Sources are numbered in reading order.
  for (const goal of goals) sources.ref(goal.source);
  for (const m of measurements) sources.ref(m.source);
  sources.ref(basutbud?.source);
  for (const row of [...overdue, ...unknown]) sources.ref(row.activity.source);
  for (const finding of findings) sources.ref(finding.source);
  for (const event of events) sources.ref(event.source);
  for (const audit of region.audits ?? []) sources.ref(audit.source);
  for (const rec of region.recommendations ?? []) sources.ref(rec.source);
  const met = goals.filter((g) => g.attainment === "MET").length;
  const goalsDemo = goals.some((g) => g.demo);

  return (
    <article class="report" aria-labelledby="rapport-rubrik">
      <header class="report-header">
        <h2 id="rapport-rubrik">Uppföljning av invånartjänsterna 1177 i {region.name}</h2>
        <p>
          Underlag för regionstyrelsen, sammanställt {asOf} ur Jämliks API. Siffror inom hakparentes hänvisar
          till källförteckningen sist i rapporten. Uppgifter märkta Demodata är syntetiska och inte hämtade ur
          något dokument.
        </p>
        <p class="published-at" data-published-at={readAt}>
          Uppgifter publicerade senast {formatTimestamp(readAt)}: {region.name}, publiceringsversion{" "}
          {region.publicationVersion ?? "okänd"}.
        </p>
        <p class="permalink">
          Permanent länk (visar samma uppgifter även när regionen publicerar nytt):{" "}
          <a href={permalink(region.code, readAt)}>
            {new URL(permalink(region.code, readAt), window.location.href).href}
          </a>
        </p>
        <RegionMap title={`${region.name} på kartan`} highlight={region.code} />
      </header>
      <section aria-labelledby="rapport-sammanfattning">
        <h3 id="rapport-sammanfattning">Sammanfattning</h3>
        <ul class="summary-list">
          <li data-demo={String(goalsDemo)}>
            {plural(goals.length, "mål", "mål")} följs upp; {met} {met === 1 ? "är uppnått" : "är uppnådda"}.{" "}
            {goalsDemo && <DemoTag />}
          </li>
          {coverage && (
            <li data-demo={String(coverage.demo)}>
              {formatShare(coverage.share)} av vårdenheterna ({coverage.unitsComplete} av{" "}
              {coverage.unitsTotal}) erbjuder hela basutbudet. {coverage.demo && <DemoTag />}
            </li>
          )}
          <li data-demo={String(deadlines.demo)}>
            I handlingsplanerna: {deadlineSentences(deadlines).join("; ")}. {deadlines.demo && <DemoTag />}
          </li>
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
          demo={(g) => g.demo}
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
          rowKey={(m) => `${m.metric.code}-${m.period}-${m.scope ?? ""}`}
          demo={(m) => m.demo}
          empty="Inga mätvärden."
        />
      </section>
      <section aria-labelledby="rapport-tackning">
        <h3 id="rapport-tackning">Basutbud och täckning</h3>
        {basutbud ? (
          <p data-demo={String(basutbud.demo)}>
            Basutbudet från {basutbud.validFrom} omfattar {basutbud.services.map((s) => s.name).join(", ")}.{" "}
            {basutbud.demo && <DemoTag />} <SourceRef index={sources} source={basutbud.source} />
            {basutbud.note && <span class="note">{basutbud.note}</span>}
          </p>
        ) : (
          <p>Regionen har inget basutbud som gäller i dag.</p>
        )}
        {coverage && (
          <DataTable
            id="rapport-tackning-tabell"
            caption={`Täckning per kommun, ${region.name}, ${coverage.asOf}`}
            captionExtra={coverage.demo && <DemoTag />}
            columns={coverageColumns}
            rows={coverage.municipalities}
            rowKey={(m) => m.municipality.code}
            demo={(m) => m.demo}
          />
        )}
        {coverage?.demo && (
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
          empty="Ingen aktivitet är känd som försenad."
          sourceCell={(r) => <SourceRef index={sources} source={r.activity.source} />}
        />
        {unknown.length > 0 && (
          <ActivityTable
            id="rapport-okand-status"
            caption={`Aktiviteter med passerad deadline och okänd status, ${region.name}`}
            rows={unknown}
            sourceCell={(r) => <SourceRef index={sources} source={r.activity.source} />}
          />
        )}
      </section>
      <section aria-labelledby="rapport-iakttagelser">
        <h3 id="rapport-iakttagelser">Iakttagelser</h3>
        <Findings
          findings={findings}
          level={4}
          source={(finding) => <SourceRef index={sources} source={finding.source} />}
        />
      </section>
      <section aria-labelledby="rapport-tidslinje">
        <h3 id="rapport-tidslinje">Tidslinje</h3>
        <Timeline
          events={events}
          label={`Tidslinje, ${region.name}`}
          source={(event) => <SourceRef index={sources} source={event.source} />}
        />
      </section>
      <section aria-labelledby="rapport-revision">
        <h3 id="rapport-revision">Revisionen</h3>
        {(region.audits ?? []).map((audit) => (
          <p key={audit.title} data-demo={String(audit.demo)}>
            <strong>
              <AuditTitle audit={audit} />
            </strong>
            : {audit.focus && `Granskningen avsåg främst: ${audit.focus} `}
            {audit.conclusion} {audit.demo && <DemoTag />} <SourceRef index={sources} source={audit.source} />
            {audit.note && <span class="note">{audit.note}</span>}
          </p>
        ))}
        {(region.recommendations ?? []).length > 0 && (
          <ol class="recommendations">
            {(region.recommendations ?? []).map((rec) => (
              <li key={rec.ordinal} data-demo={String(rec.demo)}>
                {rec.text} {rec.demo && <DemoTag />} <SourceRef index={sources} source={rec.source} />
                {rec.decisionLinks.length > 0 && (
                  <span class="muted">
                    {" "}
                    Beslut:{" "}
                    {rec.decisionLinks
                      .map(({ decision }) => decision)
                      .map(
                        (d) =>
                          `${d.title}${d.dnr ? ` (Dnr ${d.dnr})` : ""}${d.status === "PROPOSED" ? ", förslag till beslut" : ""}`,
                      )
                      .join("; ")}
                    .
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReportChanges region={region} since={since} until={region.publishedAsOf ?? null} />
      <section aria-labelledby="rapport-kallor">
        <h3 id="rapport-kallor">Källor</h3>
        <SourceList index={sources} />
      </section>
    </article>
  );
}

/** The report's address pinned at an instant: it shows the same figures whatever is published later. */
const permalink = (region: string, instant: string) =>
  `/rapport?${new URLSearchParams({ region, per: instant }).toString()}`;

export function Report({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const publishedAsOf = readPublishedAsOf(params);
  const since = readPublishedAsOf(params, new Date(), "sedan");
  const asOf = publishedAsOf.day;
  const picked = useRegionParam(params);
  const state = useQuery(
    REPORT,
    picked.code ? { region: picked.code, asOf, publishedAsOf: publishedAsOf.instant } : null,
  );
  const data = state.result?.data;
  // Read as published now, the report is pinned at the moment its answer came.
  const readAt = useMemo(
    () => publishedAsOf.instant ?? new Date().toISOString(),
    [data, publishedAsOf.instant],
  );
  const region = data?.region;
  const down = region ? (state.result?.unavailableRegions ?? []).includes(region.code) : false;
  const regions = data?.regions ?? picked.regions;
  const error = picked.error ?? state.error;
  return (
    <Page
      title="Regionrapport"
      documentTitle={region ? `Regionrapport: ${region.name}` : "Regionrapport"}
      focus={focus}
      publishedAsOf={publishedAsOf}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="rapportens uppgifter" />}
      lead={
        <p class="no-print">
          En utskriftsvänlig uppföljning för en regions styrelse: mål och måluppfyllelse, basutbudets
          täckning, försenade aktiviteter och sådana med okänd status, revisorernas iakttagelser, en tidslinje
          och källor.
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
      {region && !down && data && (
        <ReportBody region={region} metrics={data.metrics} asOf={asOf} readAt={readAt} since={since} />
      )}
      {region && down && <p>Rapporten kan inte sammanställas medan {region.name} inte svarar.</p>}
      {data && !region && <p>Regionen {picked.code} finns inte.</p>}
    </Page>
  );
}
