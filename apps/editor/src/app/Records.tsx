import type { Entity } from "@jamlik/domain/enums";
import { DemoTag, ENTITY, PUBLICATION, Select } from "@jamlik/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { type AdminRecord, admin, asRecords, may, type SessionInfo } from "./api.ts";
import { ENTITY_FORMS } from "./generated/forms.ts";
import { RecordsDocument } from "./graphql/generated/graphql.ts";
import { recordTitle } from "./labels.ts";
import { ActivityStatusForm, CloseCareUnitForm, RecommendationLinks } from "./RecordActions.tsx";
import { RecordForm } from "./RecordForm.tsx";
import { RecordHistory } from "./RecordHistory.tsx";
import { type RecordMode, RecordRowActions } from "./RecordRowActions.tsx";

type Mode = RecordMode;

/** Every entity the admin API writes: its records, a form to create or change one, and its history. */
export function Records({
  session,
  entity: initial = "GOAL",
  heading,
}: {
  session: SessionInfo;
  entity?: Entity;
  /** Shows `entity` alone under this heading, without the choice of entity. */
  heading?: string;
}) {
  const writable = ENTITY_FORMS.filter((form) => form.create || form.update);
  const [entity, setEntity] = useState<Entity>(initial);
  const [records, setRecords] = useState<AdminRecord[]>([]);
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [status, setStatus] = useState("");
  const [filter, setFilter] = useState<CareUnitFilter>({ text: "", municipality: "" });
  const shown = entity === "CARE_UNIT" ? records.filter((r) => matches(r, filter)) : records;
  const form = ENTITY_FORMS.find((f) => f.entity === entity);
  const name = ENTITY[entity];

  // Only the answer for the entity shown counts: a slower answer for the one before is dropped.
  const asked = useRef(0);
  const reload = async () => {
    const ask = ++asked.current;
    const data = await admin(session, RecordsDocument, { entity });
    if (ask === asked.current) setRecords(asRecords(data.records));
  };
  useEffect(() => {
    setMode({ kind: "list" });
    reload().catch((error: Error) => setStatus(`Posterna kunde inte läsas: ${error.message}`));
  }, [entity]);

  const saved = async (message: string) => {
    setMode({ kind: "list" });
    setStatus(message);
    await reload();
  };
  /** Runs a change of a listed record (delete a draft, retract), then says what was done. */
  const run = async (what: string, change: () => Promise<unknown>) => {
    try {
      await change();
      await saved(what);
    } catch (error) {
      setStatus(`Det gick inte: ${(error as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="poster-rubrik">
      <h1 id="poster-rubrik" tabIndex={-1}>
        {heading ?? "Regionens uppgifter"}
      </h1>
      {!heading && (
        <label>
          Typ av uppgift{" "}
          <select
            value={entity}
            onChange={(e) => {
              const chosen = writable.find((f) => f.entity === (e.target as HTMLSelectElement).value);
              if (chosen) setEntity(chosen.entity);
            }}
          >
            {writable.map((f) => (
              <option key={f.entity} value={f.entity}>
                {ENTITY[f.entity] ?? f.entity}
              </option>
            ))}
          </select>
        </label>
      )}
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      {mode.kind === "create" && form?.create && (
        <RecordForm
          session={session}
          entityName={name}
          operation={form.create}
          onSaved={saved}
          onCancel={() => setMode({ kind: "list" })}
        />
      )}
      {mode.kind === "edit" && form?.update && (
        <RecordForm
          session={session}
          entityName={name}
          operation={form.update}
          record={mode.record}
          onSaved={saved}
          onCancel={() => setMode({ kind: "list" })}
        />
      )}
      {mode.kind === "status" && (
        <ActivityStatusForm
          session={session}
          record={mode.record}
          onDone={saved}
          onError={setStatus}
          onCancel={() => setMode({ kind: "list" })}
        />
      )}
      {mode.kind === "close" && (
        <CloseCareUnitForm
          session={session}
          record={mode.record}
          onDone={saved}
          onError={setStatus}
          onCancel={() => setMode({ kind: "list" })}
        />
      )}
      {mode.kind === "links" && (
        <RecommendationLinks
          session={session}
          record={mode.record}
          onDone={setStatus}
          onError={setStatus}
          onCancel={() => saved("")}
        />
      )}
      {mode.kind === "history" && (
        <div>
          <h2>
            Historik för {name.toLowerCase()} {mode.record.id}
          </h2>
          <RecordHistory changes={mode.changes} />
          <button type="button" onClick={() => setMode({ kind: "list" })}>
            Tillbaka till listan
          </button>
        </div>
      )}
      {mode.kind === "list" && (
        <>
          {form?.create && may(session, "editor") && (
            <button type="button" onClick={() => setMode({ kind: "create" })}>
              Lägg till: {name}
            </button>
          )}
          {entity === "CARE_UNIT" && (
            <CareUnitFilters records={records} filter={filter} onChange={setFilter} />
          )}
          <table>
            <caption>
              {shown.length === records.length
                ? `${records.length} ${name.toLowerCase()}poster`
                : `${shown.length} av ${records.length} ${name.toLowerCase()}poster`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Uppgift</th>
                <th scope="col">Läge</th>
                <th scope="col">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record) => (
                <tr key={record.id} data-demo={String(record.data.demo === true)}>
                  <td>{record.id}</td>
                  <td class="vanster">
                    {recordTitle(record.data)}
                    {record.data.demo === true && <DemoTag />}
                  </td>
                  <td>
                    {PUBLICATION[record.publication].toLowerCase()}
                    {record.hasPendingChanges && ", ändringar väntar"}
                    {typeof record.data.closedOn === "string" && `, stängd från ${record.data.closedOn}`}
                  </td>
                  <td class="vanster">
                    <RecordRowActions
                      session={session}
                      entity={entity}
                      record={record}
                      editable={Boolean(form?.update)}
                      onMode={setMode}
                      onRun={run}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The care units: the same list, forms and history, with search, a municipality filter and closing. */
export function CareUnits({ session }: { session: SessionInfo }) {
  return <Records session={session} entity="CARE_UNIT" heading="Vårdenheter" />;
}

interface CareUnitFilter {
  /** Part of the name or HSA-id, in any case. */
  text: string;
  /** A municipality code, or "" for all. */
  municipality: string;
}

function matches(record: AdminRecord, filter: CareUnitFilter): boolean {
  const text = filter.text.trim().toLocaleLowerCase("sv");
  const haystack = `${record.data.name ?? ""} ${record.data.hsaId ?? ""}`.toLocaleLowerCase("sv");
  return (
    (!text || haystack.includes(text)) &&
    (!filter.municipality || record.data.municipalityCode === filter.municipality)
  );
}

/** Search by name or HSA-id and a municipality filter, for the care units. */
function CareUnitFilters({
  records,
  filter,
  onChange,
}: {
  records: AdminRecord[];
  filter: CareUnitFilter;
  onChange: (filter: CareUnitFilter) => void;
}) {
  const municipalities = new Map<string, string>();
  for (const record of records) {
    municipalities.set(String(record.data.municipalityCode), String(record.data.municipalityName));
  }
  const options = [...municipalities]
    .sort(([, a], [, b]) => a.localeCompare(b, "sv"))
    .map(([value, name]) => ({ value, label: `${name} (${value})` }));
  return (
    <div class="verktyg">
      <div class="field">
        <label for="vardenhet-sok">Sök vårdenhet (namn eller HSA-id)</label>
        <input
          id="vardenhet-sok"
          type="search"
          value={filter.text}
          onInput={(e) => onChange({ ...filter, text: (e.target as HTMLInputElement).value })}
        />
      </div>
      <Select
        label="Kommun"
        value={filter.municipality}
        options={[{ value: "", label: "Alla kommuner" }, ...options]}
        onChange={(municipality) => onChange({ ...filter, municipality })}
      />
    </div>
  );
}
