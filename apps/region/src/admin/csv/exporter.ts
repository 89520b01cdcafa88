import type { CsvColumn, CsvFormat } from "@jamlik/csv";
import { parsePeriod } from "@jamlik/domain";
import type { RegionDb } from "../../db.ts";
import { careUnitIdsByHsa, storedColumn, workingCopies } from "./records.ts";

/** An export's rows: the format's columns in order, each cell text or null. */
export interface ExportTable {
  columns: string[];
  rows: (string | null)[][];
}

function cellOf(column: CsvColumn, value: unknown, hsaIds: Map<number, string>): string | null {
  if (column.ref === "CARE_UNIT") return typeof value === "number" ? (hsaIds.get(value) ?? null) : null;
  if (column.kind === "flag") return value ? "true" : "false";
  if (value === null || value === undefined) return null;
  return String(value);
}

function compare(a: Record<string, unknown>, b: Record<string, unknown>, format: CsvFormat): number {
  for (const { field, period } of format.sortBy ?? []) {
    const x = String(a[field] ?? "");
    const y = String(b[field] ?? "");
    const order = period ? parsePeriod(x).end.localeCompare(parsePeriod(y).end) : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Every record of the format's entity that is not retracted (drafts and pending changes included),
 * as the rows its import reads back unchanged. A row whose required reference is gone (a retracted
 * care unit) is left out.
 */
export async function exportTable(db: RegionDb, format: CsvFormat): Promise<ExportTable> {
  const refs = format.columns.some((column) => column.ref === "CARE_UNIT");
  const hsaIds = refs
    ? new Map([...(await careUnitIdsByHsa(db))].map(([hsaId, id]) => [id, hsaId]))
    : new Map<number, string>();
  const copies = (await workingCopies(db, format.entity))
    .map((copy) => copy.data)
    .sort((a, b) => compare(a, b, format));
  const rows: (string | null)[][] = [];
  for (const data of copies) {
    const row = format.columns.map((column) => cellOf(column, data[storedColumn(column.field)], hsaIds));
    const orphan = format.columns.some((column, i) => column.ref && column.required && row[i] === null);
    if (!orphan) rows.push(row);
  }
  return { columns: format.columns.map((column) => column.name), rows };
}

/** One exported row by column name (the admin API's typed exports). */
export type ExportRecord = Record<string, string | null>;

/** The same rows as objects by column name. */
export function exportRecords(table: ExportTable): ExportRecord[] {
  return table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column, i) => [column, row[i] ?? null])),
  );
}
