import { looksLikeFormula, restoreFormula } from "@jamlik/csv";

/** A problem with one cell of an import: the row (from 0), its column and what is wrong. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** One row of an import by column name: a cell, null for a blank one, undefined for a column the file lacks. */
export type Row = Record<string, string | null | undefined>;

/**
 * The rows as they are meant: a cell our own export neutralised (`'=…`) gets its text back; a cell
 * that a spreadsheet could run as a formula is kept as text and reported as a warning.
 */
export function readCells(rows: readonly Row[]): { rows: Row[]; warnings: RowError[] } {
  const warnings: RowError[] = [];
  const cleaned = rows.map((row, index) => {
    const out: Row = {};
    for (const [column, cell] of Object.entries(row)) {
      if (typeof cell !== "string") {
        out[column] = cell;
        continue;
      }
      const restored = restoreFormula(cell);
      if (restored === cell && looksLikeFormula(cell) && Number.isNaN(Number(cell.replace(",", ".")))) {
        warnings.push({
          row: index,
          column,
          message: `begins with "${JSON.stringify(cell[0]).slice(1, -1)}": a spreadsheet could run it as a formula; it is stored as text and exported with a leading '`,
        });
      }
      out[column] = restored;
    }
    return out;
  });
  return { rows: cleaned, warnings };
}
