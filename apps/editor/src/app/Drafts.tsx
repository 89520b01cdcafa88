import type { Entity } from "@jamlik/domain/enums";
import { RECORD_BOOKKEEPING } from "@jamlik/domain/records";
import { ENTITY, fieldLabel } from "@jamlik/ui";
import { useEffect, useState } from "preact/hooks";
import { type AdminRecord, admin, asRecords, may, type SessionInfo } from "./api.ts";
import { DraftsDocument, PublishDocument, type PublishMutation } from "./graphql/generated/graphql.ts";
import { fieldValue } from "./labels.ts";

type Blocked = PublishMutation["publish"]["blocked"][number];

/** Why publishing everything left a record unpublished, in Swedish. */
const blockedText = (b: Blocked) =>
  `${ENTITY[b.entity] ?? b.entity} ${b.id} hänvisar till ${(ENTITY[b.parentEntity] ?? b.parentEntity).toLowerCase()} ${b.parentId}, som är tillbakadragen eller inte publicerad`;

/** A field's value as a reader says it: Swedish words for enums and yes/no, a dash for none. */
const show = (entity: Entity, field: string, value: unknown) =>
  value === null || value === undefined || value === ""
    ? "–"
    : typeof value === "boolean"
      ? value
        ? "ja"
        : "nej"
      : typeof value === "object"
        ? JSON.stringify(value)
        : fieldValue(entity, field, String(value));

/** Every pending change with what is published beside it; publish a selection or all. */
export function Drafts({ session }: { session: SessionInfo }) {
  const [drafts, setDrafts] = useState<AdminRecord[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState("Laddar utkasten …");

  const reload = async () => {
    const data = await admin(session, DraftsDocument, {});
    setDrafts(asRecords(data.drafts));
    setSelected(new Set());
  };
  useEffect(() => {
    reload().then(
      () => setStatus(""),
      (error: Error) => setStatus(`Utkasten kunde inte läsas: ${error.message}`),
    );
  }, []);

  const publish = async (records: AdminRecord[] | null) => {
    try {
      const refs = records?.map((r) => ({ entity: r.entity, id: r.id }));
      const result = await admin(session, PublishDocument, { records: refs });
      await reload();
      const { published, blocked } = result.publish;
      setStatus(
        blocked.length === 0
          ? `${published.length} ändringar publicerades.`
          : `${published.length} ändringar publicerades. ${blocked.length} publicerades inte: ${blocked.map(blockedText).join("; ")}. Koppla dem till en publicerad post eller ta bort utkasten.`,
      );
    } catch (error) {
      setStatus(`Inget publicerades: ${(error as Error).message}`);
    }
  };

  const key = (r: AdminRecord) => `${r.entity}:${r.id}`;
  const canPublish = may(session, "publisher");
  return (
    <section aria-labelledby="utkast-rubrik">
      <h1 id="utkast-rubrik" tabIndex={-1}>
        Utkast och publicering
      </h1>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      {drafts.length === 0 && !status && <p>Inga ändringar väntar på publicering.</p>}
      {drafts.length > 0 && (
        <>
          <table>
            <caption>{drafts.length} ändringar väntar på publicering</caption>
            <thead>
              <tr>
                {canPublish && <th scope="col">Välj</th>}
                <th scope="col">Typ</th>
                <th scope="col">Ändring</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => {
                const changed = draft.pending
                  ? Object.entries(draft.pending)
                  : // A new record: the fields it has; what it leaves empty is not a change.
                    Object.entries(draft.data).filter(([, value]) => value !== null && value !== "");
                return (
                  <tr key={key(draft)}>
                    {canPublish && (
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Välj ${ENTITY[draft.entity] ?? draft.entity} ${draft.id}`}
                          checked={selected.has(key(draft))}
                          onChange={() => {
                            const next = new Set(selected);
                            if (!next.delete(key(draft))) next.add(key(draft));
                            setSelected(next);
                          }}
                        />
                      </td>
                    )}
                    <td>
                      {ENTITY[draft.entity] ?? draft.entity} {draft.id}
                      <br />
                      {draft.publication === "DRAFT" ? "ny" : "ändrad"}
                    </td>
                    <td>
                      <dl class="diff">
                        {changed
                          .filter(([field]) => !(RECORD_BOOKKEEPING as readonly string[]).includes(field))
                          .map(([field, value]) => (
                            <div key={field}>
                              <dt>{fieldLabel(field)}</dt>
                              <dd>
                                {draft.published && (
                                  <>
                                    <span class="visually-hidden">publicerat: </span>
                                    <del>{show(draft.entity, field, draft.published[field])}</del>
                                    {" → "}
                                    <span class="visually-hidden">ändras till </span>
                                  </>
                                )}
                                <ins>{show(draft.entity, field, value)}</ins>
                              </dd>
                            </div>
                          ))}
                      </dl>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {canPublish ? (
            <p class="knappar">
              <button
                type="button"
                disabled={selected.size === 0}
                onClick={() => publish(drafts.filter((d) => selected.has(key(d))))}
              >
                Publicera valda ({selected.size})
              </button>{" "}
              <button type="button" onClick={() => publish(null)}>
                Publicera alla
              </button>
            </p>
          ) : (
            <p>Din roll får inte publicera; en publicerare går igenom utkasten.</p>
          )}
        </>
      )}
    </section>
  );
}
