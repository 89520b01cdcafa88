import type { Options } from "csv-parse";
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
  /** Records at most, the header and lines of empty cells included (blank lines are free). */
  maxRecords?: number;
  /** Characters of one record at most (its line, or lines when a quoted field spans several). */
  maxRecordLength?: number;
}

export const READ_LIMITS = { maxRecords: 200_000, maxRecordLength: 65_536 } as const;

/** Text that is not well-formed CSV; `line` is where the problem is. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly problem: string;
  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.line = line;
    this.problem = problem;
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

/** Line breaks before the first character of a record's text: the blank lines skipped before it. */
function leadingLineBreaks(raw: string): number {
  let end = 0;
  while (end < raw.length && " \t\r\n".includes(raw[end] as string)) end++;
  return lineBreaks(raw.slice(0, end));
}

/** `error` in our words; `next` is the text from where the failing record starts. */
function syntaxError(
  error: CsvError,
  recordLine: number,
  next: string,
  maxRecordLength: number,
): CsvSyntaxError {
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return new CsvSyntaxError(recordLine, "a quoted field is never closed");
  if (error.code === "CSV_MAX_RECORD_SIZE")
    return new CsvSyntaxError(recordLine, `a record is longer than ${maxRecordLength} characters`);
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
 * The records of one reading, as csv-parse hands them over, with the line each starts on; one
 * reading of `text`, whole (readCsv) or in slices (readInSlices.ts, for servers).
 */
export class RecordCollector {
  readonly separator: Separator;
  readonly records: CsvRecord[] = [];
  /** Set when the text holds more than `maxRecords` records: the reading stops there. */
  tooMany = false;
  private readonly every: number;
  private readonly maxRecords: number;
  private readonly maxRecordLength: number;
  private parsed = 0;
  // Lines and characters consumed by the records read so far: the next record starts after them.
  private consumed = 0;
  private offset: number;

  private readonly text: string;
  private readonly options: ReadOptions;
  constructor(text: string, options: ReadOptions) {
    this.text = text;
    this.options = options;
    this.separator = options.separator ?? detectSeparator(text);
    this.every = options.progressEvery ?? 1000;
    this.maxRecords = options.maxRecords ?? READ_LIMITS.maxRecords;
    this.maxRecordLength = options.maxRecordLength ?? READ_LIMITS.maxRecordLength;
    this.offset = text.startsWith(BOM) ? 1 : 0;
  }

  /** csv-parse's options: RFC 4180 with Excel's habits, each record handed to `take`. */
  parserOptions(): Options {
    return {
      bom: true,
      delimiter: this.separator,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      // Blank lines are skipped before they become records (a record of another length than the
      // header costs csv-parse an error object); their line breaks stay in the next record's text.
      skip_empty_lines: true,
      max_record_size: this.maxRecordLength,
      raw: true,
      // With `raw`, csv-parse hands each record over with its text (typed as the record alone).
      on_record: (entry) => {
        this.take(entry as unknown as { record: string[]; raw: string });
        return null;
      },
    };
  }

  private take({ record, raw }: { record: string[]; raw: string }): void {
    if (this.tooMany) return;
    if (++this.parsed > this.maxRecords) {
      this.tooMany = true;
      return;
    }
    const line = this.consumed + 1 + leadingLineBreaks(raw);
    this.consumed += lineBreaks(raw);
    this.offset += raw.length;
    if (record.some((field) => field !== "")) {
      this.records.push({ line, fields: record });
      if (this.options.onProgress && this.records.length % this.every === 0)
        this.options.onProgress(this.records.length);
    }
  }

  /** The reading's result, or its error in our words. */
  finish(error?: unknown): ParsedCsv {
    // Past the limit nothing more is read: what follows it is not judged.
    if (this.tooMany)
      throw new CsvSyntaxError(
        this.consumed + 1,
        `the file has more than ${this.maxRecords} records; split it into smaller files`,
      );
    if (error instanceof CsvError)
      throw syntaxError(error, this.consumed + 1, this.text.slice(this.offset), this.maxRecordLength);
    if (error !== undefined) throw error;
    this.options.onProgress?.(this.records.length);
    return { separator: this.separator, records: this.records };
  }
}

/**
 * Reads CSV text (RFC 4180 with the habits of Excel) with csv-parse: a leading BOM is skipped; fields may
 * be quoted with `""` for a quote inside; line ends are CRLF, LF or CR; spaces and tabs around unquoted
 * fields and around the quotes are dropped; blank lines and lines with only empty fields are skipped.
 * At most `maxRecords` records of at most `maxRecordLength` characters (READ_LIMITS by default).
 */
export function readCsv(text: string, options: ReadOptions = {}): ParsedCsv {
  const collector = new RecordCollector(text, options);
  try {
    parse(text, collector.parserOptions());
  } catch (error) {
    return collector.finish(error);
  }
  return collector.finish();
}
