import type { Separator } from "./read.ts";

const BOM = "\ufeff";

/**
 * CSV the way Excel in Sweden reads it: UTF-8 with BOM, `;`, CRLF, quotes only where needed (the
 * separator, quotes, line breaks, and leading or trailing spaces that a reader would otherwise drop).
 * Cells are written as given: neutralise formulas and format numbers before. (Our own dozen lines
 * rather than csv-stringify: the dashboard writes CSV in the browser, where csv-stringify needs an
 * 80 kB Buffer polyfill.)
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: Separator = ";"): string {
  const field = (cell: string) =>
    cell.includes(separator) || /["\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return `${BOM}${rows.map((row) => `${row.map(field).join(separator)}\r\n`).join("")}`;
}
