/**
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a
 * formula, and a tab or carriage return at the start can smuggle one in. Text written to a CSV is
 * neutralised with a leading `'`, which spreadsheets show as text; a reader of our own files takes
 * the `'` away again, so an export imports back unchanged.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** True when a spreadsheet could take `text` for a formula. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0] as string);
}

/** `text` as a spreadsheet must show it: with a leading `'` when it could be taken for a formula. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** The text a neutralised cell stands for: the leading `'` of `'=…` removed, anything else unchanged. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
