import { stringify } from "csv-stringify/sync";
import { CliError, EXIT } from "./errors.ts";

export type Separator = ";" | ",";

/** One record of a CSV file and the line it starts on (1-based, as an editor shows it). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  separator: Separator;
  /** Every non-blank record, the header first. */
  records: CsvRecord[];
}

export interface ParseOptions {
  /** Detected from the first line when omitted. */
  separator?: Separator;
  /** Called every `progressEvery` records with the number read so far. */
  onProgress?: (records: number) => void;
  progressEvery?: number;
}

/** A file that is not well-formed CSV; `line` is where the problem is. */
export class CsvSyntaxError extends CliError {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`, EXIT.usage);
    this.name = "CsvSyntaxError";
  }
}

const BOM = 0xfeff;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function startOf(text: string): number {
  return text.charCodeAt(0) === BOM ? 1 : 0;
}

/**
 * The header line's separator: `;` (what Swedish Excel writes) unless the first line has more commas than
 * semicolons outside quotes.
 */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = startOf(text); i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/** Number of line breaks, a cheap upper bound of the records for progress reports. */
export function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return text.length > 0 && !text.endsWith("\n") ? lines + 1 : lines;
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Parses CSV text (RFC 4180 with the habits of Excel): a leading BOM is skipped; fields may be quoted with
 * `""` for a quote inside; line ends are CRLF, LF or CR; spaces and tabs around unquoted fields and around
 * the quotes are dropped; blank lines and lines with only empty fields are skipped.
 */
export function parseCsv(text: string, options: ParseOptions = {}): ParsedCsv {
  const separator = options.separator ?? detectSeparator(text);
  const sep = separator.charCodeAt(0);
  const every = options.progressEvery ?? 1000;
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = startOf(text);
  let line = 1;

  while (i < length) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let j = i;
      while (j < length && isBlank(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === QUOTE) {
        const fieldLine = line;
        let value = "";
        let chunk = j + 1;
        for (;;) {
          const quote = text.indexOf('"', chunk);
          if (quote === -1) throw new CsvSyntaxError(fieldLine, "a quoted field is never closed");
          line += lineBreaks(text, chunk, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(chunk, quote + 1);
            chunk = quote + 2;
            continue;
          }
          value += text.slice(chunk, quote);
          j = quote + 1;
          break;
        }
        while (j < length && isBlank(text.charCodeAt(j))) j++;
        const next = text.charCodeAt(j);
        if (j < length && next !== sep && next !== CR && next !== LF) {
          throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(text[j])} after a closing quote`);
        }
        fields.push(value);
      } else {
        let end = j;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === sep || code === CR || code === LF) break;
          end++;
        }
        let last = end;
        while (last > j && isBlank(text.charCodeAt(last - 1))) last--;
        fields.push(text.slice(j, last));
        j = end;
      }
      i = j;
      if (i >= length) break;
      const code = text.charCodeAt(i);
      i++;
      if (code === sep) continue;
      if (code === CR && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (fields.some((field) => field !== "")) {
      records.push({ line: recordLine, fields });
      if (options.onProgress && records.length % every === 0) options.onProgress(records.length);
    }
  }
  options.onProgress?.(records.length);
  return { separator, records };
}

/** Decodes a file's bytes as UTF-8 (BOM or not); anything else is refused with a hint. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${name} is not UTF-8 text; in Excel, save it as "CSV UTF-8 (kommaavgränsad)"`,
      EXIT.usage,
    );
  }
}

/**
 * Writes CSV the way Excel in Sweden reads it: UTF-8 with BOM, `;`, CRLF, quotes only where needed (the
 * separator, quotes, line breaks, and leading or trailing spaces that a reader would otherwise drop).
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: Separator = ";"): string {
  return stringify(rows as string[][], {
    delimiter: separator,
    record_delimiter: "windows",
    bom: true,
    quoted_match: /^\s|\s$|[\r\n]/,
  });
}
