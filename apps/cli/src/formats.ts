import { neutraliseFormula } from "@jamlik/csv";
import type { CsvRecord, ParsedCsv } from "./csv.ts";
import { CliError, EXIT } from "./errors.ts";

export interface Column {
  /** The CSV column and the GraphQL field. */
  name: string;
  required: boolean;
  /** A number: exported with a decimal comma. */
  decimal?: boolean;
}

export interface CsvFormat {
  name: FormatName;
  columns: readonly Column[];
  /** The admin mutation that imports it and its row input type. */
  importField: string;
  rowType: string;
  /** The admin query that exports it. */
  exportField: string;
}

export const FORMAT_NAMES = ["care-units", "offerings", "measurements"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

const required = (name: string): Column => ({ name, required: true });
const optional = (name: string): Column => ({ name, required: false });

export const FORMATS: Readonly<Record<FormatName, CsvFormat>> = {
  "care-units": {
    name: "care-units",
    columns: [
      required("hsaId"),
      required("name"),
      required("municipalityCode"),
      required("municipalityName"),
      required("kind"),
      required("provider"),
      optional("demo"),
    ],
    importField: "importCareUnits",
    rowType: "CareUnitRow",
    exportField: "exportCareUnits",
  },
  offerings: {
    name: "offerings",
    columns: [
      required("careUnit"),
      required("service"),
      required("validFrom"),
      optional("validTo"),
      optional("demo"),
    ],
    importField: "importOfferings",
    rowType: "OfferingRow",
    exportField: "exportOfferings",
  },
  measurements: {
    name: "measurements",
    columns: [
      required("metric"),
      required("period"),
      { name: "value", required: true, decimal: true },
      optional("sex"),
      optional("careUnit"),
      optional("scope"),
      optional("missing"),
      optional("source"),
      optional("dnr"),
      optional("quote"),
      optional("note"),
      optional("demo"),
    ],
    importField: "importMeasurements",
    rowType: "MeasurementRow",
    exportField: "exportMeasurements",
  },
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** One row for the server: the non-empty cells by column name. */
export type ImportRow = Record<string, string>;

export interface ImportRows {
  rows: ImportRow[];
  /** `lines[i]` is the CSV line row `i` of the request came from. */
  lines: number[];
}

/** Matches a header record to the format's columns (case-insensitively): the column of each field. */
export function matchHeader(format: CsvFormat, header: CsvRecord): Column[] {
  const byName = new Map(format.columns.map((column) => [column.name.toLowerCase(), column]));
  const matched: Column[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const seen = new Set<Column>();
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
  if (unknown.length > 0)
    problems.push(`unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`);
  if (duplicate.length > 0)
    problems.push(`repeated column${duplicate.length > 1 ? "s" : ""} ${duplicate.join(", ")}`);
  if (missing.length > 0) {
    problems.push(
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.map((c) => c.name).join(", ")}`,
    );
  }
  if (problems.length > 0) {
    throw new CliError(
      `line ${header.line}: ${problems.join("; ")}\n` +
        `  the ${format.name} columns are ${describeColumns(format)}`,
      EXIT.usage,
    );
  }
  return matched;
}

export function describeColumns(format: CsvFormat): string {
  return format.columns.map((column) => (column.required ? column.name : `[${column.name}]`)).join(";");
}

/** The most ragged rows listed in one error. */
const MAX_LISTED = 20;

/**
 * Turns parsed CSV into the rows of an import request: the header is checked against the format, every
 * record must have as many fields as the header, and empty cells are left out.
 */
export function toImportRows(format: CsvFormat, csv: ParsedCsv): ImportRows {
  const [header, ...records] = csv.records;
  if (!header) throw new CliError("no rows: the file is empty (a header row is required)", EXIT.usage);
  const columns = matchHeader(format, header);
  if (records.length === 0) throw new CliError(`no rows: line ${header.line} is the header only`, EXIT.usage);

  const ragged = records.filter((record) => record.fields.length !== columns.length);
  if (ragged.length > 0) {
    const listed = ragged
      .slice(0, MAX_LISTED)
      .map((r) => `line ${r.line}: ${r.fields.length} fields, the header has ${columns.length}`);
    if (ragged.length > MAX_LISTED) listed.push(`… and ${ragged.length - MAX_LISTED} more`);
    throw new CliError(
      `wrong number of fields (separator "${csv.separator}"):\n  ${listed.join("\n  ")}`,
      EXIT.usage,
    );
  }

  const rows: ImportRow[] = [];
  const lines: number[] = [];
  for (const record of records) {
    const row: ImportRow = {};
    for (const [index, column] of columns.entries()) {
      const value = record.fields[index];
      if (value !== undefined && value !== "") row[column.name] = value;
    }
    rows.push(row);
    lines.push(record.line);
  }
  return { rows, lines };
}

/** "83.5" → "83,5", the way Swedish Excel writes numbers; anything else unchanged. */
export function decimalComma(value: string): string {
  return /^-?\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
}

/**
 * The CSV rows of an export, the header first: null becomes an empty cell, numbers get a decimal
 * comma, and text a spreadsheet could run as a formula gets a leading `'` (the import removes it).
 */
export function toExportRecords(
  format: CsvFormat,
  items: readonly Record<string, string | null | undefined>[],
): string[][] {
  const header = format.columns.map((column) => column.name);
  const body = items.map((item) =>
    format.columns.map((column) => {
      const value = item[column.name] ?? "";
      return column.decimal ? decimalComma(value) : neutraliseFormula(value);
    }),
  );
  return [header, ...body];
}

/** The import mutation of a format. */
export function importDocument(format: CsvFormat): string {
  return (
    `mutation Import($rows: [${format.rowType}!]!, $dryRun: Boolean, $key: String) {\n` +
    `  ${format.importField}(rows: $rows, dryRun: $dryRun, idempotencyKey: $key) {\n` +
    "    dryRun rows created updated unchanged errors { row column message } warnings { row column message }\n" +
    "  }\n" +
    "}"
  );
}

/** The export query of a format. */
export function exportDocument(format: CsvFormat): string {
  return `query Export { ${format.exportField} { ${format.columns.map((column) => column.name).join(" ")} } }`;
}
