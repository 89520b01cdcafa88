import { DemoTag, today } from "@jamlik/ui";
import { useEffect, useMemo, useState } from "preact/hooks";
import {
  type AdminRecord,
  admin,
  asRecords,
  idempotencyKey,
  loadCatalog,
  may,
  type Service,
  type SessionInfo,
} from "./api.ts";
import {
  type BasutbudInput,
  type CareUnitInput,
  CloseOfferingDocument,
  DeleteDraftDocument,
  OpenOfferingDocument,
  type OpenOfferingInput,
  RecordsDocument,
} from "./graphql/generated/graphql.ts";

/** A working copy as the admin API sends it (JSON): each field of the entity's input, null when empty. */
type Stored<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
type CareUnit = Stored<Pick<CareUnitInput, "hsaId" | "demo" | "name" | "municipalityName">>;
type Offering = Stored<Pick<OpenOfferingInput, "careUnitId" | "serviceCode" | "validFrom" | "validTo">>;
type Basutbud = Stored<Pick<BasutbudInput, "validFrom" | "services">>;

/** The ISO date of the day before. */
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The care units × e-services matrix: toggling opens an offering from the date, or closes it on it. */
export function Matrix({ session }: { session: SessionInfo }) {
  const [units, setUnits] = useState<AdminRecord<CareUnit>[]>([]);
  const [offerings, setOfferings] = useState<AdminRecord<Offering>[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  const [basutbud, setBasutbud] = useState<string[]>([]);
  const [date, setDate] = useState(today());
  const [filter, setFilter] = useState("");
  const [status, setStatus] = useState("Laddar utbudet …");
  const [busy, setBusy] = useState<string | null>(null);

  const reload = async () => {
    const [u, o, b, catalog] = await Promise.all([
      admin(session, RecordsDocument, { entity: "CARE_UNIT" }),
      admin(session, RecordsDocument, { entity: "OFFERING" }),
      admin(session, RecordsDocument, { entity: "BASUTBUD" }),
      loadCatalog(),
    ]);
    setUnits(asRecords<CareUnit>(u.records).filter((r) => r.publication !== "RETRACTED"));
    setOfferings(asRecords<Offering>(o.records).filter((r) => r.publication !== "RETRACTED"));
    const latest = [...asRecords<Basutbud>(b.records)].sort((x, y) =>
      x.data.validFrom < y.data.validFrom ? 1 : -1,
    )[0];
    setBasutbud(latest?.data.services ?? []);
    // E-services first, then the catalog's other services, each group in catalog order.
    setServices([
      ...catalog.filter((s) => s.kind === "E_SERVICE"),
      ...catalog.filter((s) => s.kind !== "E_SERVICE"),
    ]);
  };

  useEffect(() => {
    reload().then(
      () => {
        setStatus("");
        // The benchmark's mark (npm run bench:editor): the matrix is on screen with its data.
        requestAnimationFrame(() => performance.mark("jamlik:matris"));
      },
      (error: Error) => setStatus(`Utbudet kunde inte läsas: ${error.message}`),
    );
  }, []);

  /** The offering open on `date` for a unit and service, if any. */
  const openOn = useMemo(() => {
    const map = new Map<string, AdminRecord<Offering>>();
    for (const o of offerings) {
      if (o.data.validFrom <= date && (o.data.validTo === null || o.data.validTo >= date)) {
        map.set(`${o.data.careUnitId}:${o.data.serviceCode}`, o);
      }
    }
    return map;
  }, [offerings, date]);

  const toggle = async (unit: AdminRecord<CareUnit>, service: Service) => {
    const key = `${unit.id}:${service.code}`;
    const open = openOn.get(key);
    setBusy(key);
    try {
      if (open && open.publication === "DRAFT" && open.data.validFrom === date) {
        // Opened from this very date and never published: withdrawing it is deleting the draft.
        await admin(session, DeleteDraftDocument, {
          entity: "OFFERING",
          id: open.id,
          expectedVersion: open.version,
        });
        setStatus(`${service.name} på ${unit.data.name}: utkastet togs bort.`);
      } else if (open) {
        // Unticked on a date: the offering's last day is the day before (a closed period is never rewritten).
        await admin(session, CloseOfferingDocument, {
          id: open.id,
          expectedVersion: open.version,
          validTo: dayBefore(date),
        });
        setStatus(`${service.name} på ${unit.data.name} upphör från ${date} (utkast).`);
      } else {
        await admin(session, OpenOfferingDocument, {
          input: { careUnitId: unit.id, serviceCode: service.code, validFrom: date },
          idempotencyKey: idempotencyKey(),
        });
        setStatus(`${service.name} på ${unit.data.name} erbjuds från ${date} (utkast).`);
      }
      // Only the offerings changed: the units, the basutbud and the catalog stay as read.
      const o = await admin(session, RecordsDocument, { entity: "OFFERING" });
      setOfferings(asRecords<Offering>(o.records).filter((r) => r.publication !== "RETRACTED"));
    } catch (error) {
      setStatus(`Ändringen sparades inte: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const shown = units.filter((u) =>
    `${u.data.name} ${u.data.municipalityName} ${u.data.hsaId}`.toLowerCase().includes(filter.toLowerCase()),
  );
  const editable = may(session, "editor");

  return (
    <section aria-labelledby="utbud-rubrik">
      <h1 id="utbud-rubrik" tabIndex={-1}>
        Utbud: vårdenheter och tjänster
      </h1>
      <p>
        Kryssa i en tjänst för att enheten erbjuder den från datumet nedan; kryssa ur för att den upphör det
        datumet. Ändringar blir utkast tills någon publicerar dem. Tjänster i basutbudet är märkta.
      </p>
      <div class="verktyg">
        <label>
          Datum för ändringen{" "}
          <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Sök enhet{" "}
          <input
            type="search"
            value={filter}
            onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      <div class="matris">
        <table>
          <caption>
            {shown.length} av {units.length} vårdenheter
          </caption>
          <thead>
            <tr>
              <th scope="col">Vårdenhet</th>
              {services.map((s) => (
                <th scope="col" key={s.code}>
                  {s.name}
                  {basutbud.includes(s.code) && <span class="basutbud"> (basutbud)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((unit) => (
              <tr key={unit.id} data-demo={String(unit.data.demo === true)}>
                <th scope="row">
                  {unit.data.name}
                  {unit.data.demo === true && <DemoTag />}
                  <span class="kommun">{unit.data.municipalityName}</span>
                </th>
                {services.map((service) => {
                  const key = `${unit.id}:${service.code}`;
                  const open = openOn.get(key);
                  const missing = !open && basutbud.includes(service.code);
                  return (
                    <td key={service.code} class={missing ? "saknas" : undefined}>
                      <input
                        type="checkbox"
                        checked={!!open}
                        disabled={!editable || busy === key}
                        aria-label={`${service.name} på ${unit.data.name}`}
                        data-service={service.name}
                        data-unit={unit.data.name}
                        onChange={() => toggle(unit, service)}
                      />
                      {open && open.publication === "DRAFT" && <span class="utkast"> utkast</span>}
                      {missing && <span class="visually-hidden"> saknas i basutbudet</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
