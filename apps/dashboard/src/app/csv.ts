import { neutraliseFormula } from "@jamlik/csv";

/** CSV the way Swedish Excel opens it: UTF-8 with BOM, `;` between fields, decimal commas, CRLF. */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = "\ufeff";

/** A number with a decimal comma and no thousands separator ("37,5", "206000"). */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  // Rounded to remove floating-point noise (0.1 + 0.2), never more digits than were meant.
  return String(Number(value.toFixed(6))).replace(".", ",");
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return csvNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nej";
  // A text a spreadsheet would take for a formula is kept as text.
  const text = neutraliseFormula(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Reads what `toCsv` wrote (for tests and round trips): fields by line, BOM dropped. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A file name from a title: "Täckning per kommun – Region Halland" → "tackning-per-kommun-region-halland.csv". */
export function csvFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "tabell"}.csv`;
}

/** Hands the text to the browser as a file download (generated here, nothing is fetched). */
export function downloadCsv(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
