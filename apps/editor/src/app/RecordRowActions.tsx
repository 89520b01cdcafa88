import type { Entity } from "@jamlik/domain/enums";
import { ENTITY } from "@jamlik/ui";
import { type AdminRecord, admin, may, type SessionInfo } from "./api.ts";
import { DeleteDraftDocument, RecordHistoryDocument, RetractDocument } from "./graphql/generated/graphql.ts";
import type { Change } from "./RecordHistory.tsx";

/** What the records list turns to for one record. */
export type RecordMode =
  | { kind: "list" }
  | { kind: "create" }
  | { kind: "edit"; record: AdminRecord }
  | { kind: "status"; record: AdminRecord }
  | { kind: "links"; record: AdminRecord }
  | { kind: "close"; record: AdminRecord }
  | { kind: "history"; record: AdminRecord; changes: Change[] };

/** A record as a change of it names it: entity, id and the version the user saw. */
const versionOf = (entity: Entity, record: AdminRecord) => ({
  entity,
  id: record.id,
  expectedVersion: record.version,
});

interface Props {
  session: SessionInfo;
  entity: Entity;
  record: AdminRecord;
  /** The entity has an update form. */
  editable: boolean;
  onMode: (mode: RecordMode) => void;
  /** Runs a change of the record, then says `what` was done. */
  onRun: (what: string, change: () => Promise<unknown>) => void;
}

/** The buttons of one listed record: what the user's role may do with it, each named for a screen reader. */
export function RecordRowActions({ session, entity, record, editable, onMode, onRun }: Props) {
  const name = ENTITY[entity];
  return (
    <>
      {editable && may(session, "editor") && record.publication !== "RETRACTED" && (
        <button
          type="button"
          onClick={() => onMode({ kind: "edit", record })}
          aria-label={`Ändra ${name.toLowerCase()} ${record.id}`}
        >
          Ändra
        </button>
      )}{" "}
      <button
        type="button"
        aria-label={`Historik för ${name.toLowerCase()} ${record.id}`}
        onClick={async () => {
          const data = await admin(session, RecordHistoryDocument, { entity, id: record.id });
          onMode({ kind: "history", record, changes: data.history as Change[] });
        }}
      >
        Historik
      </button>{" "}
      {entity === "ACTIVITY" && may(session, "editor") && record.publication !== "RETRACTED" && (
        <button
          type="button"
          aria-label={`Ändra status för aktivitet ${record.id}`}
          onClick={() => onMode({ kind: "status", record })}
        >
          Status
        </button>
      )}
      {entity === "CARE_UNIT" &&
        may(session, "editor") &&
        record.publication !== "RETRACTED" &&
        !record.data.closedOn && (
          <button
            type="button"
            aria-label={`Stäng vårdenhet ${record.id}`}
            onClick={() => onMode({ kind: "close", record })}
          >
            Stäng
          </button>
        )}{" "}
      {entity === "RECOMMENDATION" && may(session, "publisher") && record.publication !== "RETRACTED" && (
        <button
          type="button"
          aria-label={`Kopplingar för rekommendation ${record.id}`}
          onClick={() => onMode({ kind: "links", record })}
        >
          Kopplingar
        </button>
      )}{" "}
      {record.publication === "DRAFT" && may(session, "editor") && (
        <button
          type="button"
          aria-label={`Ta bort utkast: ${name.toLowerCase()} ${record.id}`}
          onClick={() =>
            onRun(`Utkastet ${record.id} togs bort.`, () =>
              admin(session, DeleteDraftDocument, versionOf(entity, record)),
            )
          }
        >
          Ta bort utkast
        </button>
      )}
      {record.publication === "PUBLISHED" && may(session, "publisher") && (
        <button
          type="button"
          aria-label={`Dra tillbaka ${name.toLowerCase()} ${record.id}`}
          onClick={() =>
            onRun(`${name} ${record.id} drogs tillbaka.`, () =>
              admin(session, RetractDocument, versionOf(entity, record)),
            )
          }
        >
          Dra tillbaka
        </button>
      )}
    </>
  );
}
