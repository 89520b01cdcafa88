import { decimalComma } from "./cells.ts";
import type { CsvColumn, CsvFormat } from "./formats/format.ts";
import { neutraliseFormula } from "./formula.ts";
import type { CsvRecord, ParsedCsv } from "./read.ts";

/** A file whose header or rows do not fit its format: nothing of it is sent. */
export class CsvFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvFormatError";
  }
}

/** The rows of an import: the header's columns (in its order) and each row's cells, blank as null. */
export interface ImportTable {
  columns: string[];
  rows: (string | null)[][];
  /** `lines[i]` is the CSV line row `i` came from. */
  lines: number[];
}

/** The format's columns as a usage line: required ones bare, optional ones in brackets. */
export function describeColumns(format: CsvFormat): string {
  return format.columns.map((column) => (column.required ? column.name : `[${column.name}]`)).join(";");
}

const plural = (n: number, word: string) => `${word}${n > 1 ? "s" : ""}`;

/** Matches a header record to the format's columns (case-insensitively): the column of each field. */
export function matchHeader(format: CsvFormat, header: CsvRecord): CsvColumn[] {
  const byName = new Map(format.columns.map((column) => [column.name.toLowerCase(), column]));
  const matched: CsvColumn[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const seen = new Set<CsvColumn>();
  for (const [index, field] of header.fields.entries()) {
    const column = byName.get(field.toLowerCase());
    if (!column) {
      unknown.push(field === "" ? `(empty name, column ${index + 1})` : JSON.stringify(field));
      continue;
    }
    if (seen.has(column)) duplicate.push(column.name);
    seen.add(column);
    matched.push(column);
  }
  const missing = format.columns.filter((column) => column.required && !seen.has(column));
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`unknown ${plural(unknown.length, "column")} ${unknown.join(", ")}`);
  if (duplicate.length > 0)
    problems.push(`repeated ${plural(duplicate.length, "column")} ${duplicate.join(", ")}`);
  if (missing.length > 0) {
    problems.push(
      `missing required ${plural(missing.length, "column")} ${missing.map((c) => c.name).join(", ")}`,
    );
  }
  if (problems.length > 0) {
    throw new CsvFormatError(
      `line ${header.line}: ${problems.join("; ")}\n  the ${format.name} columns are ${describeColumns(format)}`,
    );
  }
  return matched;
}

/** The most ragged rows listed in one error. */
const MAX_LISTED = 20;

/**
 * Parsed CSV as the rows of an import: the header is checked against the format, every record must have
 * as many fields as the header, and empty cells become null.
 */
export function toImportTable(format: CsvFormat, csv: ParsedCsv): ImportTable {
  const [header, ...records] = csv.records;
  if (!header) throw new CsvFormatError("no rows: the file is empty (a header row is required)");
  const columns = matchHeader(format, header);
  if (records.length === 0) throw new CsvFormatError(`no rows: line ${header.line} is the header only`);

  const ragged = records.filter((record) => record.fields.length !== columns.length);
  if (ragged.length > 0) {
    const listed = ragged
      .slice(0, MAX_LISTED)
      .map((r) => `line ${r.line}: ${r.fields.length} fields, the header has ${columns.length}`);
    if (ragged.length > MAX_LISTED) listed.push(`… and ${ragged.length - MAX_LISTED} more`);
    throw new CsvFormatError(
      `wrong number of fields (separator "${csv.separator}"):\n  ${listed.join("\n  ")}`,
    );
  }
  return {
    columns: columns.map((column) => column.name),
    rows: records.map((record) => record.fields.map((field) => (field === "" ? null : field))),
    lines: records.map((record) => record.line),
  };
}

/**
 * The CSV rows of an export table, the header first: null becomes an empty cell, numbers get a decimal
 * comma, and text a spreadsheet could run as a formula gets a leading `'` (the import removes it).
 */
export function toExportRecords(
  format: CsvFormat,
  columns: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): string[][] {
  const byName = new Map(format.columns.map((column) => [column.name, column]));
  const body = rows.map((row) =>
    columns.map((name, index) => {
      const value = row[index] ?? "";
      return byName.get(name)?.kind === "decimal" ? decimalComma(value) : neutraliseFormula(value);
    }),
  );
  return [[...columns], ...body];
}
