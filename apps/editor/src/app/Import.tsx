import { useState } from "preact/hooks";
import { idempotencyKey, type SessionInfo } from "./api.ts";

interface LineError {
  row: number;
  line: number | null;
  column: string;
  message: string;
}
interface Report {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: LineError[];
  warnings: LineError[];
}

/** A measurements CSV (the CLI's format): a preview lists every bad row by line and column, then the import. */
export function Import({ session }: { session: SessionInfo }) {
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [report, setReport] = useState<Report | null>(null);
  const [status, setStatus] = useState("");
  const [key, setKey] = useState(idempotencyKey);

  const send = async (dryRun: boolean) => {
    if (text === null) return;
    setStatus(dryRun ? "Granskar filen …" : "Importerar …");
    const response = await fetch("/api/import", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken ?? "" },
      body: JSON.stringify({
        format: "measurements",
        text,
        dryRun,
        idempotencyKey: dryRun ? undefined : key,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      report?: Report;
      errors?: { message: string }[];
    };
    if (!body.report) {
      setReport(null);
      setStatus(
        `Filen kunde inte läsas: ${(body.errors ?? []).map((e) => e.message).join("; ") || response.status}`,
      );
      return;
    }
    setReport(body.report);
    const r = body.report;
    if (r.errors.length)
      setStatus(`${r.errors.length} fel: inget har skrivits. Rätta filen och granska igen.`);
    else if (dryRun)
      setStatus(
        `Filen är i ordning: ${r.rows} rader (${r.created} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade). Inget har skrivits ännu.`,
      );
    else {
      setStatus(`Importerat: ${r.created} nya och ${r.updated} ändrade mätvärden som utkast.`);
      setKey(idempotencyKey());
    }
  };

  return (
    <section aria-labelledby="import-rubrik">
      <h1 id="import-rubrik" tabIndex={-1}>
        Importera mätvärden
      </h1>
      <p>
        En CSV-fil i samma format som <code>jamlik import measurements</code>: semikolon mellan kolumnerna,
        decimalkomma, rubrikraden <code>metric;period;value</code> och valfria kolumner. Granska först;
        ingenting skrivs förrän du importerar.
      </p>
      <label>
        CSV-fil{" "}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            setReport(null);
            setStatus("");
            setFileName(file?.name ?? "");
            setText(file ? await file.text() : null);
          }}
        />
      </label>
      <p class="knappar">
        <button type="button" disabled={text === null} onClick={() => send(true)}>
          Granska {fileName}
        </button>{" "}
        <button
          type="button"
          disabled={!report || report.errors.length > 0 || !report.dryRun}
          onClick={() => send(false)}
        >
          Importera
        </button>
      </p>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      {report && report.errors.length > 0 && (
        <table>
          <caption>Fel i filen</caption>
          <thead>
            <tr>
              <th scope="col">Rad</th>
              <th scope="col">Kolumn</th>
              <th scope="col">Fel</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e) => (
              <tr key={`${e.row}-${e.column}`}>
                <td>{e.line ?? e.row + 2}</td>
                <td>{e.column}</td>
                <td class="vanster">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
