/**
 * readCsv for a server (Node's streams: not in the browser bundles, so not in the package's index:
 * `@jamlik/csv/slices`).
 */
import { finished } from "node:stream/promises";
import { parse as parseStream } from "csv-parse";
import { type ParsedCsv, type ReadOptions, RecordCollector } from "./read.ts";

/** Characters handed to csv-parse at a time by readCsvInSlices: the least, the first and the most. */
const SLICE = { min: 128, first: 512, max: 65_536 } as const;

/**
 * readCsv for a server: the same records and errors, read in slices of the text with the event loop
 * given a turn whenever a reading has held it for `budgetMs`, so that requests keep being answered
 * while a large file is read. A slice shrinks when reading it took more than half the budget (a
 * record csv-parse finds of another length than the header costs it tens of microseconds), and
 * grows again when reading is quick.
 */
export async function readCsvInSlices(
  text: string,
  options: ReadOptions & { budgetMs?: number } = {},
): Promise<ParsedCsv> {
  const collector = new RecordCollector(text, options);
  const budgetMs = options.budgetMs ?? 2;
  const parser = parseStream(collector.parserOptions());
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  // No record is pushed (each is taken by the collector), but the stream ends only when read.
  parser.resume();
  let size: number = SLICE.first;
  let since = performance.now();
  for (let start = 0; start < text.length && !collector.tooMany && !failed; ) {
    let end = Math.min(start + size, text.length);
    // Never between the two halves of a surrogate pair: each slice is encoded on its own.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const began = performance.now();
    // csv-parse builds an error object (and its stack) for every record of another length than
    // the header, even when told to accept them; without stacks that costs half as much. Only
    // csv-parse runs meanwhile (synchronously), and the limit is restored at once.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      parser.write(text.slice(start, end));
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    const took = performance.now() - began;
    start = end;
    if (took > budgetMs / 2) size = Math.max(SLICE.min, size >> 1);
    else if (took < budgetMs / 8) size = Math.min(SLICE.max, size * 2);
    if (performance.now() - since >= budgetMs) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  parser.end();
  try {
    await finished(parser);
  } catch (error) {
    return collector.finish(error);
  }
  return collector.finish();
}
