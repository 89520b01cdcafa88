import { DemoTag, ErrorMessage, plural, Select } from "@jamlik/ui";
import { type Column, DataTable } from "../components/DataTable.tsx";
import { municipalityColumn } from "../components/municipalityColumn.tsx";
import { QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceDetails } from "../components/SourceDetails.tsx";
import { formatShare } from "../format.ts";
import type { CareUnit, MunicipalityCoverage, Service } from "../graphql/fragmentTypes.ts";
import { UtbudDocument as OFFERINGS } from "../graphql/generated/graphql.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { useRegionParam } from "../graphql/useRegionParam.ts";
import { CoverageMap } from "../map/CoverageMap.tsx";
import { readPublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";

type Cell = "offered" | "gap" | "absent";

const CELL_CSV: Record<Cell, string> = {
  offered: "Erbjuds",
  gap: "Saknas (basutbud)",
  absent: "Erbjuds inte",
};

function cellOf(unit: CareUnit, service: Service, required: boolean): Cell {
  if (unit.offerings.some((o) => o.service.code === service.code)) return "offered";
  return required ? "gap" : "absent";
}

function MatrixCell({ cell }: { cell: Cell }) {
  if (cell === "offered") {
    return (
      <span class="cell-offered">
        <span aria-hidden="true">✓</span>
        <span class="visually-hidden">Erbjuds</span>
      </span>
    );
  }
  if (cell === "gap") {
    return (
      <span class="cell-gap">
        <span aria-hidden="true">✗ </span>Saknas
      </span>
    );
  }
  return (
    <span class="cell-absent">
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">Erbjuds inte</span>
    </span>
  );
}

function matrixColumns(services: { service: Service; required: boolean }[]): Column<CareUnit>[] {
  const gaps = (unit: CareUnit) => services.filter((s) => cellOf(unit, s.service, s.required) === "gap");
  return [
    {
      header: "Vårdenhet",
      rowHeader: true,
      cell: (unit) => (
        <>
          {unit.name} {unit.demo && <DemoTag />}
        </>
      ),
      csv: [
        { header: "Vårdenhet", value: (unit) => unit.name },
        { header: "HSA-id", value: (unit) => unit.hsaId },
        { header: "Demodata", value: (unit) => unit.demo },
      ],
    },
    { header: "Kommun", cell: (unit) => unit.municipality.name, csv: (unit) => unit.municipality.name },
    ...services.map(
      ({ service, required }): Column<CareUnit> => ({
        header: required ? `${service.name} (basutbud)` : service.name,
        headerCell: required ? (
          <>
            {service.name} <span class="tag tag-basutbud">Basutbud</span>
          </>
        ) : (
          service.name
        ),
        className: "matrix-cell",
        cell: (unit) => <MatrixCell cell={cellOf(unit, service, required)} />,
        csv: (unit) => CELL_CSV[cellOf(unit, service, required)],
      }),
    ),
    {
      header: "Luckor i basutbudet",
      numeric: true,
      cell: (unit) => {
        const count = gaps(unit).length;
        return count === 0 ? <span>Inga</span> : <strong>{plural(count, "tjänst", "tjänster")}</strong>;
      },
      csv: (unit) => gaps(unit).length,
    },
  ];
}

const coverageColumns: Column<MunicipalityCoverage>[] = [
  municipalityColumn,
  { header: "Vårdenheter", numeric: true, cell: (m) => m.unitsTotal, csv: (m) => m.unitsTotal },
  { header: "Med hela basutbudet", numeric: true, cell: (m) => m.unitsComplete, csv: (m) => m.unitsComplete },
  {
    header: "Andel",
    numeric: true,
    cell: (m) => (
      <span class="share">
        <span class="share-bar" aria-hidden="true">
          <span class="share-fill" style={{ width: `${m.share ?? 0}%` }} />
        </span>
        {formatShare(m.share)}
      </span>
    ),
    csv: (m) => m.share,
  },
  {
    header: "Tjänster som saknas någonstans",
    cell: (m) => (m.missing.length === 0 ? "Inga" : m.missing.map((s) => s.name).join(", ")),
    csv: (m) => m.missing.map((s) => s.name).join(", "),
  },
];

export function Offerings({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const publishedAsOf = readPublishedAsOf(params);
  const asOf = publishedAsOf.day;
  const picked = useRegionParam(params);
  const state = useQuery(
    OFFERINGS,
    picked.code ? { region: picked.code, asOf, publishedAsOf: publishedAsOf.instant } : null,
  );
  const data = state.result?.data;
  const region = data?.region;
  const municipalityFilter = params.get("kommun") ?? "";
  const basutbud = region?.basutbud;
  const required = new Set(basutbud?.services.map((s) => s.code) ?? []);
  // A unit closed by today is not part of the offering, as in the coverage figures.
  const units = (region?.careUnits ?? []).filter((unit) => !unit.closedOn || asOf < unit.closedOn);
  const offeredCodes = new Set(units.flatMap((u) => u.offerings.map((o) => o.service.code)));
  const services = [
    ...(basutbud?.services ?? []).map((service) => ({ service, required: true })),
    ...(data?.services ?? [])
      .filter((s) => !required.has(s.code) && offeredCodes.has(s.code))
      .map((service) => ({ service, required: false })),
  ];
  const municipalities = [...new Map(units.map((u) => [u.municipality.code, u.municipality])).values()].sort(
    (a, b) => a.name.localeCompare(b.name, "sv"),
  );
  const shown = municipalityFilter ? units.filter((u) => u.municipality.code === municipalityFilter) : units;
  const municipalityName = municipalities.find((m) => m.code === municipalityFilter)?.name;
  const coverage = region?.coverage;
  const regions = data?.regions ?? picked.regions;
  const allDemo = units.length > 0 && units.every((u) => u.demo);
  const error = picked.error ?? state.error;
  const down = region ? (state.result?.unavailableRegions ?? []).includes(region.code) : false;

  return (
    <Page
      title="Utbud"
      documentTitle={region ? `Utbud: ${region.name}` : "Utbud"}
      focus={focus}
      publishedAsOf={publishedAsOf}
      busy={state.loading}
      status={!error && <QueryStatus state={state} what="vårdenheternas utbud" />}
      lead={
        <p>
          Vilka e-tjänster varje vårdenhet erbjuder{" "}
          {publishedAsOf.instant ? `den ${asOf}` : `i dag (${asOf})`}, och var regionens basutbud har luckor.
        </p>
      }
    >
      <div class="filters no-print">
        <Select
          label="Region"
          value={picked.code ?? ""}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(value) => setParams({ region: value, kommun: undefined })}
        />
        <Select
          label="Kommun"
          value={municipalityFilter}
          options={[
            { value: "", label: "Alla kommuner" },
            ...municipalities.map((m) => ({ value: m.code, label: m.name })),
          ]}
          onChange={(value) => setParams({ kommun: value })}
        />
      </div>
      {error && <ErrorMessage message={error} />}
      {data && !region && <p>Regionen {picked.code} finns inte.</p>}
      {region && down && <p>Utbudet i {region.name} kan inte visas medan regionen inte svarar.</p>}
      {region && !down && (
        <>
          <section aria-labelledby="basutbud-rubrik">
            <h2 id="basutbud-rubrik">Basutbud i {region.name}</h2>
            {basutbud ? (
              <div class="card">
                <p>
                  Gäller från {basutbud.validFrom}
                  {basutbud.validTo ? ` till ${basutbud.validTo}` : ""}
                  {basutbud.decision &&
                    `, beslut: ${basutbud.decision.title}${basutbud.decision.dnr ? ` (Dnr ${basutbud.decision.dnr})` : ""}`}
                  {basutbud.decision?.status === "PROPOSED" &&
                    " – ett förslag till beslut; om det antogs anges inte"}
                  . {basutbud.demo && <DemoTag />}
                </p>
                {basutbud.note && <p class="note">{basutbud.note}</p>}
                {basutbud.demo && (
                  <p class="muted">
                    Dokumenten räknar inte upp regionens basutbud; tjänsterna nedan är demodata.
                  </p>
                )}
                <ul class="inline-list">
                  {basutbud.services.map((s) => (
                    <li key={s.code}>{s.name}</li>
                  ))}
                </ul>
                <SourceDetails source={basutbud.source} context={`basutbudet i ${region.name}`} />
              </div>
            ) : (
              <p>Regionen har inget basutbud som gäller i dag.</p>
            )}
            {coverage && (
              <p class="summary" data-demo={String(coverage.demo)}>
                <strong>{formatShare(coverage.share)}</strong> av vårdenheterna ({coverage.unitsComplete} av{" "}
                {plural(coverage.unitsTotal, "vårdenhet", "vårdenheter")}) erbjuder hela basutbudet i dag.{" "}
                {coverage.demo && <DemoTag />}
              </p>
            )}
          </section>
          {region.careUnits && (
            <section aria-labelledby="matris-rubrik">
              <h2 id="matris-rubrik">Vårdenheter och tjänster</h2>
              <p>
                <span class="legend-item">
                  <span class="cell-offered" aria-hidden="true">
                    ✓
                  </span>{" "}
                  erbjuds
                </span>
                <span class="legend-item">
                  <span class="cell-gap">
                    <span aria-hidden="true">✗ </span>Saknas
                  </span>{" "}
                  ingår i basutbudet men erbjuds inte
                </span>
                <span class="legend-item">
                  <span class="cell-absent" aria-hidden="true">
                    –
                  </span>{" "}
                  erbjuds inte (ingår inte i basutbudet)
                </span>
              </p>
              {allDemo && (
                <p class="muted">
                  <DemoTag /> Vårdenheterna finns inte i dokumenten: alla vårdenheter och deras utbud är
                  demodata.
                </p>
              )}
              <DataTable
                id="utbud-tabell"
                className="matrix"
                caption={`Utbud per vårdenhet i ${municipalityName ?? region.name} (${plural(shown.length, "vårdenhet", "vårdenheter")})`}
                columns={matrixColumns(services)}
                rows={shown}
                rowKey={(unit) => unit.hsaId}
                demo={(unit) => unit.demo || unit.offerings.some((o) => o.demo)}
                rowClass={(unit) =>
                  services.some((s) => cellOf(unit, s.service, s.required) === "gap") ? "has-gap" : undefined
                }
              />
            </section>
          )}
          {data && (
            <CoverageMap
              regions={data.regions}
              unavailable={state.result?.unavailableRegions ?? []}
              shown={region.code}
              asOf={asOf}
            />
          )}
          {coverage && (
            <section aria-labelledby="tackning-rubrik">
              <h2 id="tackning-rubrik">Täckning per kommun</h2>
              <DataTable
                id="tackning-tabell"
                caption={`Andel vårdenheter med hela basutbudet per kommun i ${region.name}, ${coverage.asOf}`}
                columns={coverageColumns}
                rows={coverage.municipalities}
                rowKey={(m) => m.municipality.code}
                demo={(m) => m.demo}
                captionExtra={coverage.demo && <DemoTag />}
                rowClass={(m) => (m.municipality.code === municipalityFilter ? "selected" : undefined)}
              />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
