import {
  DateField,
  DemoTag,
  ENTITY,
  ErrorMessage,
  fieldLabel,
  formatTimestamp,
  LINK_ENTITY,
  Loading,
  PUBLISHED_CHANGE_KIND,
  ROLE,
} from "@jamlik/ui";
import type { ForandringarQuery } from "../graphql/generated/graphql.ts";
import { ForandringarDocument as CHANGES } from "../graphql/generated/graphql.ts";
import { useQuery } from "../graphql/useQuery.ts";
import type { PublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";
import { type Column, DataTable } from "./DataTable.tsx";

type Change = NonNullable<NonNullable<ForandringarQuery["region"]>["changes"]>[number];

const entityName = (entity: string) =>
  (ENTITY as Record<string, string>)[entity] ?? LINK_ENTITY[entity] ?? entity;

/** A field's JSON value as a reader reads it: text without quotes, lists joined, none as a dash. */
function readable(json: string | null | undefined): string {
  if (json === null || json === undefined) return "–";
  const value: unknown = JSON.parse(json);
  if (value === null || value === "") return "–";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "ja" : "nej";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const fieldText = (change: Change) =>
  change.fields.map(
    (field) => `${fieldLabel(field.name)}: ${readable(field.before)} → ${readable(field.after)}`,
  );

const columns: Column<Change>[] = [
  { header: "Tidpunkt", cell: (c) => formatTimestamp(c.at), csv: (c) => c.at },
  {
    header: "Post",
    rowHeader: true,
    cell: (c) => (
      <>
        {entityName(c.entity)}
        {c.label ? `: ${c.label}` : c.recordId !== null ? ` ${c.recordId}` : ""} {c.demo && <DemoTag />}
      </>
    ),
    csv: [
      { header: "Posttyp", value: (c) => c.entity },
      { header: "Id", value: (c) => c.recordId },
      { header: "Benämning", value: (c) => c.label },
    ],
  },
  { header: "Ändring", cell: (c) => PUBLISHED_CHANGE_KIND[c.kind] ?? c.kind, csv: (c) => c.kind },
  {
    header: "Före → efter",
    cell: (c) =>
      c.fields.length === 0 ? (
        "–"
      ) : (
        <ul class="changed-fields">
          {fieldText(c).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ),
    csv: (c) => fieldText(c).join("; "),
  },
  { header: "Roll", cell: (c) => (ROLE as Record<string, string>)[c.role] ?? c.role, csv: (c) => c.role },
];

/**
 * "Förändringar sedan förra rapporten": what the region published, changed, retracted or linked
 * after a chosen earlier day or instant (the URL's `sedan`) up to the report's own instant.
 */
export function ReportChanges({
  region,
  since,
  until,
}: {
  region: { code: string; name: string };
  since: PublishedAsOf;
  until: string | null;
}) {
  const from = since.instant;
  const state = useQuery(CHANGES, from ? { region: region.code, from, to: until } : null);
  const changes = state.result?.data?.region?.changes ?? [];
  return (
    <section aria-labelledby="rapport-forandringar">
      <h3 id="rapport-forandringar">Förändringar sedan förra rapporten</h3>
      <DateField
        class="no-print"
        label="Förra rapporten"
        hint="Dagen för förra rapporten: här listas vad regionen har publicerat, ändrat eller dragit tillbaka sedan dess."
        value={since.instant ? since.day : ""}
        max={until ? until.slice(0, 10) : undefined}
        onChange={(value) => setParams({ sedan: value || undefined })}
      />
      {since.error && (
        <p class="error no-print" role="alert">
          {since.error}
        </p>
      )}
      {!from ? (
        <p class="muted">Ingen tidigare rapport är vald.</p>
      ) : (
        <>
          {state.loading && !state.result && <Loading what="förändringarna" />}
          {(state.error ?? state.result?.errors[0]?.message) && (
            <ErrorMessage message={state.error ?? state.result?.errors[0]?.message ?? ""} />
          )}
          {state.result && (
            <DataTable
              id="rapport-forandringar-tabell"
              caption={`Förändringar i ${region.name} sedan ${since.pinned ? formatTimestamp(from) : since.day}`}
              columns={columns}
              rows={changes}
              rowKey={(c) => `${c.at}-${c.entity}-${c.recordId ?? ""}-${c.kind}-${fieldText(c).join()}`}
              demo={(c) => c.demo}
              empty="Regionen har inte publicerat någon förändring sedan dess."
            />
          )}
        </>
      )}
    </section>
  );
}
