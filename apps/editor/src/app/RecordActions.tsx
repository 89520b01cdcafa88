import { ACTIVITY_STATUSES, type ActivityStatus } from "@jamlik/domain/enums";
import { ACTIVITY_STATUS, today } from "@jamlik/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { type AdminRecord, ApiError, admin, asRecords, type SessionInfo } from "./api.ts";
import {
  CloseCareUnitDocument,
  LinkRecommendationActivityDocument,
  LinkRecommendationDecisionDocument,
  RecordsDocument,
  SetActivityStatusDocument,
  UnlinkRecommendationActivityDocument,
  UnlinkRecommendationDecisionDocument,
} from "./graphql/generated/graphql.ts";
import { recordTitle } from "./labels.ts";
import { useSubmitOnce } from "./useSubmitOnce.ts";

interface Props {
  session: SessionInfo;
  record: AdminRecord;
  onDone: (message: string) => void;
  onError: (message: string) => void;
  onCancel: () => void;
}

/** An activity's status change: the status, the date it is known for and, when done, the day it was. */
export function ActivityStatusForm({ session, record, onDone, onError, onCancel }: Props) {
  const [status, setStatus] = useState((record.data.status as ActivityStatus | undefined) ?? "PLANNED");
  const [asOf, setAsOf] = useState(today());
  const [completedOn, setCompletedOn] = useState(today());
  const { submit, saving } = useSubmitOnce(async () => {
    try {
      await admin(session, SetActivityStatusDocument, {
        id: record.id,
        expectedVersion: record.version,
        status,
        statusAsOf: asOf,
        completedOn: status === "DONE" ? completedOn : null,
      });
      onDone(`Aktivitet ${record.id}: status ${ACTIVITY_STATUS[status] ?? status} per ${asOf} (utkast).`);
    } catch (error) {
      onError(`Statusen ändrades inte: ${(error as Error).message}`);
    }
  });
  return (
    <form class="post" onSubmit={submit} aria-labelledby="status-rubrik">
      <h2 id="status-rubrik">Status för aktivitet {record.id}</h2>
      <p>{recordTitle(record.data)}</p>
      <div class="field">
        <label for="status-val">Status</label>
        <select
          id="status-val"
          value={status}
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value as ActivityStatus)}
        >
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTIVITY_STATUS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="status-per">Statusen gäller per</label>
        <input
          id="status-per"
          type="date"
          value={asOf}
          onInput={(e) => setAsOf((e.target as HTMLInputElement).value)}
        />
      </div>
      {status === "DONE" && (
        <div class="field">
          <label for="status-klar">Klar datum</label>
          <input
            id="status-klar"
            type="date"
            value={completedOn}
            onInput={(e) => setCompletedOn((e.target as HTMLInputElement).value)}
          />
        </div>
      )}
      <p class="knappar">
        <button type="submit" disabled={saving}>
          Ändra status
        </button>{" "}
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </p>
    </form>
  );
}

/**
 * Closes a care unit from a day on: the admin API ends every offering still open the day before, in
 * the same change. A refusal about the day (an offering starting on or after it) lands on the field.
 */
export function CloseCareUnitForm({ session, record, onDone, onError, onCancel }: Props) {
  const [closedOn, setClosedOn] = useState(today());
  const [fieldError, setFieldError] = useState("");
  // The form opens from a button in the list: the keyboard goes on in the form, at its one field.
  const day = useRef<HTMLInputElement>(null);
  useEffect(() => day.current?.focus(), []);
  const { submit, saving } = useSubmitOnce(async () => {
    setFieldError("");
    try {
      await admin(session, CloseCareUnitDocument, {
        id: record.id,
        expectedVersion: record.version,
        closedOn,
      });
      onDone(
        `${recordTitle(record.data)} stängs från ${closedOn}; öppna erbjudanden slutar dagen före (utkast).`,
      );
    } catch (error) {
      const onField =
        error instanceof ApiError && error.errors.some((e) => e.extensions?.inputPath?.[0] === "closedOn");
      if (onField) setFieldError((error as Error).message);
      onError(`Vårdenheten stängdes inte: ${(error as Error).message}`);
    }
  });
  return (
    <form class="post" onSubmit={submit} aria-labelledby="stang-rubrik">
      <h2 id="stang-rubrik">Stäng vårdenhet {record.id}</h2>
      <p>
        {recordTitle(record.data)}. Från stängningsdagen räknas enheten inte längre i utbudet; dess
        erbjudanden som fortfarande gäller slutar dagen före. Tidigare perioder skrivs aldrig om.
      </p>
      <div class="field">
        <label for="stang-dag">Stängd från och med</label>
        <input
          id="stang-dag"
          ref={day}
          type="date"
          required
          value={closedOn}
          aria-invalid={fieldError ? "true" : undefined}
          aria-describedby={fieldError ? "stang-fel" : undefined}
          onInput={(e) => setClosedOn((e.target as HTMLInputElement).value)}
        />
        {fieldError && (
          <span id="stang-fel" class="field-error">
            {fieldError}
          </span>
        )}
      </div>
      <p class="knappar">
        <button type="submit" disabled={saving}>
          Stäng vårdenheten
        </button>{" "}
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </p>
    </form>
  );
}

/** A recommendation's links to the decisions and activities that answer it. */
export function RecommendationLinks({ session, record, onDone, onError, onCancel }: Props) {
  const [decisions, setDecisions] = useState<AdminRecord[]>([]);
  const [activities, setActivities] = useState<AdminRecord[]>([]);
  const [decision, setDecision] = useState("");
  const [activity, setActivity] = useState("");
  useEffect(() => {
    const list = (entity: "DECISION" | "ACTIVITY") => admin(session, RecordsDocument, { entity });
    Promise.all([list("DECISION"), list("ACTIVITY")]).then(
      ([d, a]) => {
        setDecisions(asRecords(d.records).filter((r) => r.publication !== "RETRACTED"));
        setActivities(asRecords(a.records).filter((r) => r.publication !== "RETRACTED"));
      },
      (error: Error) => onError(`Besluten och aktiviteterna kunde inte läsas: ${error.message}`),
    );
  }, []);
  const link = async (kind: "Decision" | "Activity", id: string, unlink: boolean) => {
    if (!id) return;
    const recommendationId = record.id;
    try {
      const other = Number(id);
      if (kind === "Decision") {
        const variables = { recommendationId, decisionId: other };
        if (unlink) await admin(session, UnlinkRecommendationDecisionDocument, variables);
        else await admin(session, LinkRecommendationDecisionDocument, variables);
      } else {
        const variables = { recommendationId, activityId: other };
        if (unlink) await admin(session, UnlinkRecommendationActivityDocument, variables);
        else await admin(session, LinkRecommendationActivityDocument, variables);
      }
      const what = kind === "Decision" ? `beslut ${id}` : `aktivitet ${id}`;
      onDone(
        `Rekommendation ${record.id} är ${unlink ? "inte längre kopplad till" : "kopplad till"} ${what}.`,
      );
    } catch (error) {
      onError(`Kopplingen ändrades inte: ${(error as Error).message}`);
    }
  };
  const picker = (
    id: string,
    title: string,
    records: AdminRecord[],
    value: string,
    set: (v: string) => void,
    kind: "Decision" | "Activity",
  ) => (
    <div class="field">
      <label for={id}>{title}</label>
      <select id={id} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value="">–</option>
        {records.map((r) => (
          <option key={r.id} value={String(r.id)}>
            {r.id}: {recordTitle(r.data)}
          </option>
        ))}
      </select>
      <span>
        <button type="button" disabled={!value} onClick={() => link(kind, value, false)}>
          Koppla
        </button>{" "}
        <button type="button" disabled={!value} onClick={() => link(kind, value, true)}>
          Ta bort kopplingen
        </button>
      </span>
    </div>
  );
  return (
    <section class="post" aria-labelledby="kopplingar-rubrik">
      <h2 id="kopplingar-rubrik">Kopplingar för rekommendation {record.id}</h2>
      <p>{recordTitle(record.data)}</p>
      {picker("koppla-beslut", "Beslut", decisions, decision, setDecision, "Decision")}
      {picker("koppla-aktivitet", "Aktivitet", activities, activity, setActivity, "Activity")}
      <button type="button" onClick={onCancel}>
        Klar
      </button>
    </section>
  );
}
