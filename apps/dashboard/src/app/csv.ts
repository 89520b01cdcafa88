import { neutraliseFormula, writeCsv } from "@jamlik/csv";

/** CSV the way Swedish Excel opens it: UTF-8 with BOM, `;` between fields, decimal commas, CRLF. */

export type CsvValue = string | number | boolean | null | undefined;

/** A number with a decimal comma and no thousands separator ("37,5", "206000"). */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  // Rounded to remove floating-point noise (0.1 + 0.2), never more digits than were meant.
  return String(Number(value.toFixed(6))).replace(".", ",");
}

/** A value as its cell's text: numbers with a decimal comma, ja/nej, formula-like text neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return csvNumber(value);
  if (typeof value === "boolean") return value ? "ja" : "nej";
  // A text a spreadsheet would take for a formula is kept as text.
  return neutraliseFormula(value);
}

/** The table as a CSV file (written by @jamlik/csv, as the CLI's exports are). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return writeCsv([header, ...rows.map((row) => row.map(csvCell))]);
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
