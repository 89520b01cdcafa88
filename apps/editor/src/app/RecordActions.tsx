import { useEffect, useState } from "preact/hooks";
import { type AdminRecord, admin, type SessionInfo, today } from "./api.ts";
import { ENTITY_FORMS } from "./generated/forms.ts";
import { recordTitle } from "./labels.ts";

const STATUS_NAMES: Record<string, string> = {
  PLANNED: "Planerad",
  IN_PROGRESS: "Pågår",
  DONE: "Klar",
  CANCELLED: "Avbruten",
  UNKNOWN: "Okänd",
};

/** The activity statuses, as the admin schema declares them. */
const ACTIVITY_STATUSES =
  ENTITY_FORMS.find((f) => f.entity === "ACTIVITY")?.create?.fields.find((f) => f.name === "status")
    ?.values ?? [];

interface Props {
  session: SessionInfo;
  record: AdminRecord;
  onDone: (message: string) => void;
  onError: (message: string) => void;
  onCancel: () => void;
}

/** An activity's status change: the status, the date it is known for and, when done, the day it was. */
export function ActivityStatusForm({ session, record, onDone, onError, onCancel }: Props) {
  const [status, setStatus] = useState(String(record.data.status ?? "PLANNED"));
  const [asOf, setAsOf] = useState(today());
  const [completedOn, setCompletedOn] = useState(today());
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await admin(
        session,
        `mutation($id: Int!, $v: Int!, $status: ActivityStatus!, $completedOn: String, $asOf: String) {
          setActivityStatus(id: $id, expectedVersion: $v, status: $status, completedOn: $completedOn, statusAsOf: $asOf) { id }
        }`,
        {
          id: record.id,
          v: record.version,
          status,
          asOf,
          completedOn: status === "DONE" ? completedOn : null,
        },
      );
      onDone(`Aktivitet ${record.id}: status ${STATUS_NAMES[status] ?? status} per ${asOf} (utkast).`);
    } catch (error) {
      onError(`Statusen ändrades inte: ${(error as Error).message}`);
    }
  };
  return (
    <form class="post" onSubmit={submit} aria-labelledby="status-rubrik">
      <h3 id="status-rubrik">Status för aktivitet {record.id}</h3>
      <p>{recordTitle(record.data)}</p>
      <div class="falt">
        <label for="status-val">Status</label>
        <select
          id="status-val"
          value={status}
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}
        >
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_NAMES[s] ?? s}
            </option>
          ))}
        </select>
      </div>
      <div class="falt">
        <label for="status-per">Statusen gäller per</label>
        <input
          id="status-per"
          type="date"
          value={asOf}
          onInput={(e) => setAsOf((e.target as HTMLInputElement).value)}
        />
      </div>
      {status === "DONE" && (
        <div class="falt">
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
        <button type="submit">Ändra status</button>{" "}
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
    const list = (entity: string) =>
      admin<{ records: AdminRecord[] }>(
        session,
        `query($e: Entity!) { records(entity: $e) { entity id version publication hasPendingChanges data pending } }`,
        { e: entity },
      );
    Promise.all([list("DECISION"), list("ACTIVITY")]).then(
      ([d, a]) => {
        setDecisions(d.records.filter((r) => r.publication !== "RETRACTED"));
        setActivities(a.records.filter((r) => r.publication !== "RETRACTED"));
      },
      (error: Error) => onError(`Besluten och aktiviteterna kunde inte läsas: ${error.message}`),
    );
  }, []);
  const link = async (kind: "Decision" | "Activity", id: string, unlink: boolean) => {
    if (!id) return;
    const field = kind === "Decision" ? "decisionId" : "activityId";
    try {
      await admin(
        session,
        `mutation($r: Int!, $id: Int!) { ${unlink ? "unlink" : "link"}Recommendation${kind}(recommendationId: $r, ${field}: $id) }`,
        {
          r: record.id,
          id: Number(id),
        },
      );
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
    <div class="falt">
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
      <h3 id="kopplingar-rubrik">Kopplingar för rekommendation {record.id}</h3>
      <p>{recordTitle(record.data)}</p>
      {picker("koppla-beslut", "Beslut", decisions, decision, setDecision, "Decision")}
      {picker("koppla-aktivitet", "Aktivitet", activities, activity, setActivity, "Activity")}
      <button type="button" onClick={onCancel}>
        Klar
      </button>
    </section>
  );
}
