import { type CsvFormat, FORMATS, formatEnumValue } from "@jamlik/csv";
import { BadUserInputError } from "@jamlik/schema";
import type {
  CsvFormat as CsvFormatValue,
  MutationResolvers,
  QueryResolvers,
} from "../../generated/adminResolvers.ts";
import { type AdminContext, read, write } from "../context.ts";
import { type Row, readCells } from "../csv/cells.ts";
import { exportRecords, exportTable } from "../csv/exporter.ts";
import { type ImportReport, importRows } from "../csv/importer.ts";
import { tableRows } from "../csv/table.ts";
import { once } from "../idempotency.ts";

const formatOf = (value: CsvFormatValue): CsvFormat => {
  const format = Object.values(FORMATS).find((f) => formatEnumValue(f) === value);
  if (!format) throw new BadUserInputError(`no CSV format ${value}`, ["format"]);
  return format;
};

/**
 * Imports run in one transaction: all rows or none. Dry runs write nothing, not even the key. The
 * rows are read once the caller may import.
 */
function runImport(
  context: AdminContext,
  format: CsvFormat,
  rows: () => readonly Row[],
  payload: unknown,
  dryRun: boolean,
  idempotencyKey: string | null | undefined,
): Promise<ImportReport> {
  return write(context, "editor", (db, actor) => {
    const cells = readCells(rows());
    const run = async (): Promise<ImportReport> => ({
      ...(await importRows(db, actor, context.specs[format.entity], format, cells.rows, dryRun)),
      warnings: cells.warnings,
    });
    if (dryRun) return run();
    return once(db, actor, idempotencyKey, `import:${format.name}`, payload, async () => {
      const report = await run();
      if (report.errors.length > 0) throw new ImportRejected(report);
      return report;
    });
  }).catch((error: unknown) => {
    if (error instanceof ImportRejected) return error.report;
    throw error;
  });
}

/** Rolls the import's transaction back (idempotency key included) while still answering the report. */
class ImportRejected extends Error {
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    super("import rejected");
    this.report = report;
  }
}

interface ImportArgs {
  rows: readonly Row[];
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

/** A typed import mutation of one format: rows as objects by column name. */
const importOf =
  (format: CsvFormat) =>
  (_: unknown, { rows, dryRun, idempotencyKey }: ImportArgs, context: AdminContext) =>
    runImport(context, format, () => rows, rows, dryRun === true, idempotencyKey);

const exportOf = (format: CsvFormat) => async (_: unknown, __: unknown, context: AdminContext) =>
  exportRecords(await exportTable(read(context), format));

export const csvQueries: Pick<
  QueryResolvers,
  "exportCsv" | "exportCareUnits" | "exportOfferings" | "exportMeasurements"
> = {
  exportCsv: (_, { format }, context) => exportTable(read(context), formatOf(format)),
  exportCareUnits: exportOf(FORMATS["care-units"]),
  exportOfferings: exportOf(FORMATS.offerings),
  exportMeasurements: exportOf(FORMATS.measurements),
};

export const csvMutations: Pick<
  MutationResolvers,
  "importCsv" | "importCareUnits" | "importOfferings" | "importMeasurements"
> = {
  importCsv: (_, { format, columns, rows, dryRun, idempotencyKey }, context) => {
    const csvFormat = formatOf(format);
    const read = () => tableRows(csvFormat, columns, rows);
    return runImport(context, csvFormat, read, { columns, rows }, dryRun === true, idempotencyKey);
  },
  importCareUnits: importOf(FORMATS["care-units"]),
  importOfferings: importOf(FORMATS.offerings),
  importMeasurements: importOf(FORMATS.measurements),
};
