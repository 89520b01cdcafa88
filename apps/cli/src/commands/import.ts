import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { countLines, FORMATS, type FormatName, formatEnumValue, readCsv, toImportTable } from "@jamlik/csv";
import { z } from "zod";
import { adminRequest, defaultAdminUrl } from "../adminClient.ts";
import type { CliContext } from "../context.ts";
import { decodeUtf8 } from "../decode.ts";
import { EXIT, type ExitCode, usageError } from "../errors.ts";
import type { CsvFormat, ImportCsvMutation } from "../generated/graphql.ts";
import { ImportCsvDocument as ImportCsv } from "../generated/graphql.ts";
import { createProgress } from "../progress.ts";
import { type EndpointOptions, resolvePath, resolveToken } from "./common.ts";

export interface ImportOptions extends EndpointOptions {
  dryRun?: boolean | undefined;
  idempotencyKey?: string | undefined;
}

const rowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

/** The answer is another program's: checked against what the import document asks for. */
const answerSchema = z.object({
  importCsv: z.object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(rowError),
    warnings: z.array(rowError),
  }),
}) satisfies z.ZodType<ImportCsvMutation>;

export type ImportReport = ImportCsvMutation["importCsv"];

/**
 * The default idempotency key: the same file imported again in the same way is the same request. Dry runs
 * get their own key, so a dry run never stands in for the real import.
 */
export function defaultIdempotencyKey(format: FormatName, content: Uint8Array, dryRun: boolean): string {
  return createHash("sha256")
    .update(`jamlik-import\0${format}\0${dryRun ? "dry-run\0" : ""}`)
    .update(content)
    .digest("hex");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The report as printed: one line per bad cell (with its CSV line), then warnings, then the summary. */
export function formatReport(report: ImportReport, lines: readonly number[]): string[] {
  const errors = [...report.errors].sort((a, b) => a.row - b.row);
  const at = (problem: ImportReport["errors"][number]) => {
    const line = lines[problem.row];
    const where = line === undefined ? `row ${problem.row} (not in the file)` : `line ${line}`;
    return `${where}${problem.column ? `, column ${problem.column}` : ""}: ${problem.message}`;
  };
  const printed = [
    ...errors.map(at),
    ...[...report.warnings].sort((a, b) => a.row - b.row).map((warning) => `warning: ${at(warning)}`),
  ];
  const prefix = report.dryRun ? "dry run: " : "";
  if (errors.length > 0) {
    const badRows = new Set(errors.map((error) => error.row)).size;
    printed.push(
      `${prefix}${count(report.rows, "row")}: ${count(errors.length, "error")} in ${count(badRows, "row")}; nothing written`,
    );
  } else if (report.dryRun) {
    printed.push(
      `dry run: ${count(report.rows, "row")} would be ${report.created} created, ${report.updated} updated, ` +
        `${report.unchanged} unchanged; nothing written`,
    );
  } else {
    printed.push(
      `${count(report.rows, "row")}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
    );
  }
  return printed;
}

async function readInput(ctx: CliContext, file: string): Promise<Uint8Array> {
  try {
    return await readFile(resolvePath(ctx, file));
  } catch (error) {
    throw usageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** `jamlik import <format> <FILE>`: checks the CSV, sends every row in one request, prints the report. */
export async function importCommand(
  formatName: FormatName,
  file: string,
  options: ImportOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  const format = FORMATS[formatName];
  const dryRun = options.dryRun ?? false;
  const bytes = await readInput(ctx, file);
  const text = decodeUtf8(bytes, file);
  const progress = createProgress(ctx.stderr);
  try {
    const total = Math.max(countLines(text) - 1, 0);
    const csv = readCsv(text, { onProgress: (records) => progress.parsed(Math.max(records - 1, 0), total) });
    const { columns, rows, lines } = toImportTable(format, csv);
    progress.parsed(rows.length, rows.length);

    const url = options.url ?? defaultAdminUrl(options.region);
    const token = await resolveToken(options, "editor", ctx);
    const key = options.idempotencyKey ?? defaultIdempotencyKey(formatName, bytes, dryRun);

    progress.waiting(rows.length);
    const data = await adminRequest({
      url,
      token,
      document: ImportCsv,
      variables: { format: formatEnumValue(format) as CsvFormat, columns, rows, dryRun, key },
      fetch: ctx.fetch,
    });
    progress.stop();

    const parsed = answerSchema.safeParse(data);
    if (!parsed.success) {
      ctx.stderr.write(`${url} answered something that is not an ImportReport: ${parsed.error.message}\n`);
      return EXIT.server;
    }
    const report = parsed.data.importCsv;
    for (const line of formatReport(report, lines)) ctx.stdout.write(`${line}\n`);
    return report.errors.length > 0 ? EXIT.badRows : EXIT.ok;
  } finally {
    progress.stop();
  }
}
