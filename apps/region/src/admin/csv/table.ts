import { type CsvFormat, CsvFormatError, matchHeader } from "@jamlik/csv";
import { BadUserInputError } from "@jamlik/schema";
import type { Row } from "./cells.ts";

/**
 * A CSV table (the header's column names and the rows' cells) as import rows. The header must fit
 * the format; every row must have one cell per column.
 */
export function tableRows(
  format: CsvFormat,
  columns: readonly string[],
  cells: readonly (readonly (string | null | undefined)[])[],
): Row[] {
  let matched: ReturnType<typeof matchHeader>;
  try {
    matched = matchHeader(format, { line: 1, fields: [...columns] });
  } catch (error) {
    if (error instanceof CsvFormatError)
      throw new BadUserInputError(error.message.replace(/^line 1: /, ""), ["columns"], "header");
    throw error;
  }
  return cells.map((row, index) => {
    if (row.length !== matched.length) {
      throw new BadUserInputError(
        `rows[${index}] has ${row.length} cells, the columns are ${matched.length}`,
        ["rows", index],
        "cells",
      );
    }
    return Object.fromEntries(matched.map((column, i) => [column.name, row[i] ?? null]));
  });
}
