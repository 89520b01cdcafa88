import { CsvError, parse } from "csv-parse/sync";

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

export interface ReadOptions {
  /** Detected from the first line when omitted. */
  separator?: Separator;
  /** Called every `progressEvery` records with the number read so far, and once at the end. */
  onProgress?: (records: number) => void;
  progressEvery?: number;
}

/** Text that is not well-formed CSV; `line` is where the problem is. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = "CsvSyntaxError";
  }
}

const BOM = "\ufeff";

/**
 * The header line's separator: `;` (what Swedish Excel writes) unless the first line has more commas than
 * semicolons outside quotes.
 */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
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

/** Line breaks in `text`: CRLF, LF and CR each count once. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** `error` in our words; `next` is the text from where the failing record starts. */
function syntaxError(error: CsvError, recordLine: number, next: string): CsvSyntaxError {
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return new CsvSyntaxError(recordLine, "a quoted field is never closed");
  const line = typeof error.lines === "number" ? error.lines : recordLine;
  if (
    error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE" ||
    error.code === "CSV_INVALID_CLOSING_QUOTE"
  ) {
    const raw = typeof error.raw === "string" ? error.raw : "";
    return new CsvSyntaxError(
      line,
      `unexpected ${JSON.stringify(next[raw.length] ?? "")} after a closing quote`,
    );
  }
  return new CsvSyntaxError(line, error.message);
}

/**
 * Reads CSV text (RFC 4180 with the habits of Excel) with csv-parse: a leading BOM is skipped; fields may
 * be quoted with `""` for a quote inside; line ends are CRLF, LF or CR; spaces and tabs around unquoted
 * fields and around the quotes are dropped; blank lines and lines with only empty fields are skipped.
 */
export function readCsv(text: string, options: ReadOptions = {}): ParsedCsv {
  const separator = options.separator ?? detectSeparator(text);
  const every = options.progressEvery ?? 1000;
  const records: CsvRecord[] = [];
  // Lines and characters consumed by the records read so far: the next record starts after them.
  let consumed = 0;
  let offset = text.startsWith(BOM) ? 1 : 0;
  try {
    parse(text, {
      bom: true,
      delimiter: separator,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      raw: true,
      // With `raw`, csv-parse hands each record over with its text (typed as the record alone).
      on_record: (entry) => {
        const { record, raw } = entry as unknown as { record: string[]; raw: string };
        const line = consumed + 1;
        consumed += lineBreaks(raw);
        offset += raw.length;
        if (record.some((field) => field !== "")) {
          records.push({ line, fields: record });
          if (options.onProgress && records.length % every === 0) options.onProgress(records.length);
        }
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw syntaxError(error, consumed + 1, text.slice(offset));
    throw error;
  }
  options.onProgress?.(records.length);
  return { separator, records };
}
