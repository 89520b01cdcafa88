import { enumValueLabel, fieldLabel } from "@jamlik/ui";
import { useState } from "preact/hooks";
import { type AdminRecord, ApiError, admin, idempotencyKey, type SessionInfo } from "./api.ts";
import type { FormField, FormOperation } from "./generated/forms.ts";
import { RecordDocument } from "./graphql/generated/graphql.ts";
import { useSubmitOnce } from "./useSubmitOnce.ts";

interface Values {
  [field: string]: string | boolean | Values;
}

const SOURCE_COLUMNS: Record<string, string> = {
  document: "sourceDocument",
  dnr: "sourceDnr",
  quote: "sourceQuote",
};

/** The form's starting values: a record's working copy (source fields from its source columns). */
export function initialValues(fields: FormField[], data: Record<string, unknown> = {}): Values {
  const values: Values = {};
  for (const field of fields) {
    if (field.kind === "object") {
      const nested = Object.fromEntries(
        (field.fields ?? []).map((f) => [f.name, data[SOURCE_COLUMNS[f.name] ?? f.name]]),
      ) as Record<string, unknown>;
      values[field.name] = initialValues(field.fields ?? [], nested);
    } else if (field.kind === "boolean") values[field.name] = data[field.name] === true;
    else if (field.kind === "textList")
      values[field.name] = Array.isArray(data[field.name]) ? (data[field.name] as string[]).join("\n") : "";
    else
      values[field.name] =
        data[field.name] === null || data[field.name] === undefined ? "" : String(data[field.name]);
  }
  return values;
}

/** The GraphQL input from the form: blanks are null, numbers parsed, lists one per line. */
function toInput(fields: FormField[], values: Values, onlyChanged?: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (onlyChanged && JSON.stringify(onlyChanged[field.name]) === JSON.stringify(value)) continue;
    if (field.kind === "object") {
      const nested = toInput(field.fields ?? [], value as Values);
      input[field.name] = Object.values(nested).every((v) => v === null) ? null : nested;
    } else if (field.kind === "boolean") input[field.name] = value === true;
    else if (field.kind === "textList")
      input[field.name] = String(value)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else {
      const text = String(value).trim();
      if (text === "") {
        if (!onlyChanged && !field.required) continue;
        input[field.name] = null;
      } else if (field.kind === "int") input[field.name] = Number.parseInt(text, 10);
      else if (field.kind === "float") input[field.name] = Number.parseFloat(text.replace(",", "."));
      else input[field.name] = text;
    }
  }
  return input;
}

interface Props {
  session: SessionInfo;
  entityName: string;
  operation: FormOperation;
  /** Editing a record (update with its version); creating when absent. */
  record?: AdminRecord;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * A create or update form generated from the admin API's input type. What the user typed is kept
 * when a save fails; a server error lands on the field it names; a create carries one idempotency
 * key per form, so a double submit or a retry writes once; a stale version shows the newer values
 * beside the user's and lets them reapply theirs.
 */
export function RecordForm({ session, entityName, operation, record, onSaved, onCancel }: Props) {
  const { fields, mutation, document } = operation;
  const [start] = useState(() => initialValues(fields, record?.data));
  const [values, setValues] = useState<Values>(start);
  const [version, setVersion] = useState(record?.version);
  const [key] = useState(idempotencyKey);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const [newer, setNewer] = useState<AdminRecord | null>(null);
  const { submit, saving } = useSubmitOnce(async () => {
    setErrors({});
    setMessage("");
    try {
      if (record) {
        await admin(session, document, {
          id: record.id,
          expectedVersion: version,
          patch: toInput(fields, values, start),
        });
        onSaved(`${entityName} ${record.id} sparades som utkast.`);
      } else {
        const data: Record<string, { id: number }> = await admin(session, document, {
          input: toInput(fields, values),
          idempotencyKey: key,
        });
        onSaved(`${entityName} ${data[mutation]?.id} skapades som utkast.`);
      }
    } catch (error) {
      const errs = error instanceof ApiError ? error.errors : [{ message: (error as Error).message }];
      const byField: Record<string, string> = {};
      for (const e of errs) {
        const path = e.extensions?.inputPath?.filter(
          (p) => typeof p === "string" && p !== "input" && p !== "patch",
        );
        if (path?.length) byField[path.join(".")] = e.message;
      }
      setErrors(byField);
      if (record && errs.some((e) => e.extensions?.code === "CONFLICT")) {
        const current = await admin(session, RecordDocument, { entity: record.entity, id: record.id });
        setNewer(current.record ? (current.record as AdminRecord) : null);
        setMessage(
          "Någon annan har ändrat posten medan du redigerade. Jämför och spara dina ändringar på den nya versionen.",
        );
      } else {
        setMessage(`Inget sparades: ${errs.map((e) => e.message).join("; ")}`);
      }
    }
  });

  const reapply = () => {
    if (!newer) return;
    setVersion(newer.version);
    setNewer(null);
    setMessage("Dina ändringar ligger kvar; spara för att lägga dem på den nya versionen.");
  };

  const input = (field: FormField, path: string[], scope: Values, set: (next: Values) => void) => {
    const id = `f-${path.join("-")}`;
    const error = errors[path.join(".")];
    const value = scope[field.name];
    const update = (v: string | boolean) => set({ ...scope, [field.name]: v });
    const described =
      [field.description ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
      undefined;
    if (field.kind === "object") {
      return (
        <fieldset key={id}>
          <legend>{fieldLabel(field.name)}</legend>
          {(field.fields ?? []).map((f) =>
            input(f, [...path, f.name], value as Values, (next) => set({ ...scope, [field.name]: next })),
          )}
        </fieldset>
      );
    }
    const common = {
      id,
      "aria-describedby": described,
      "aria-invalid": error ? true : undefined,
      required: field.required && field.kind !== "boolean",
    };
    return (
      <div class="field" key={id}>
        <span>
          <label for={id}>{fieldLabel(field.name)}</label>
          {field.required && field.kind !== "boolean" && (
            <span class="obligatorisk" aria-hidden="true">
              {" "}
              (obligatoriskt)
            </span>
          )}
        </span>
        {field.kind === "boolean" ? (
          <input
            type="checkbox"
            {...common}
            checked={value === true}
            onChange={(e) => update((e.target as HTMLInputElement).checked)}
          />
        ) : field.kind === "enum" ? (
          <select
            {...common}
            value={String(value)}
            onChange={(e) => update((e.target as HTMLSelectElement).value)}
          >
            <option value="">–</option>
            {(field.values ?? []).map((v) => (
              <option key={v} value={v}>
                {enumValueLabel(field.enumName ?? "", v)}
              </option>
            ))}
          </select>
        ) : field.kind === "textList" || field.name === "text" || field.name === "quote" ? (
          <textarea
            {...common}
            rows={3}
            value={String(value)}
            onInput={(e) => update((e.target as HTMLTextAreaElement).value)}
          />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={field.kind === "int" || field.kind === "float" ? "decimal" : undefined}
            value={String(value)}
            onInput={(e) => update((e.target as HTMLInputElement).value)}
          />
        )}
        {field.description && (
          <span class="hint" id={`${id}-hint`}>
            {field.description}
          </span>
        )}
        {error && (
          <span class="field-error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form class="post" onSubmit={submit} aria-labelledby="form-rubrik" noValidate>
      <h2 id="form-rubrik">
        {record ? `Ändra ${entityName.toLowerCase()} ${record.id}` : `Ny post: ${entityName}`}
      </h2>
      {message && (
        <p class="status" role="alert">
          {message}
        </p>
      )}
      {newer && (
        <div class="jamfor">
          <h3>Den nya versionen ({newer.version})</h3>
          <dl>
            {fields
              .filter((f) => f.kind !== "object")
              .map((f) => (
                <div key={f.name}>
                  <dt>{fieldLabel(f.name)}</dt>
                  <dd>
                    Nu: {String(newer.data[f.name] ?? "–")} · Din: {String(values[f.name] ?? "–")}
                  </dd>
                </div>
              ))}
          </dl>
          <button type="button" onClick={reapply}>
            Behåll mina ändringar på den nya versionen
          </button>
        </div>
      )}
      {fields.map((field) => input(field, [field.name], values, setValues))}
      <p class="knappar">
        <button type="submit" disabled={saving}>
          {saving ? "Sparar …" : "Spara utkast"}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </p>
    </form>
  );
}
