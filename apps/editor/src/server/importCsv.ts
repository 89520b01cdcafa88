import { CsvFormatError, CsvSyntaxError, FORMATS, formatEnumValue, toImportTable } from "@jamlik/csv";
import { readCsvInSlices } from "@jamlik/csv/slices";
import { type Logger, REQUEST_ID_HEADER, RequestRejected } from "@jamlik/service";
import { z } from "zod";
import {
  type CsvFormat,
  ImportCsvDocument,
  type ImportCsvMutation,
  type ImportCsvMutationVariables,
} from "../app/graphql/generated/graphql.ts";
import { postUpstream } from "./upstream.ts";

export const importRequestSchema = z.object({
  format: z.enum(Object.keys(FORMATS) as [keyof typeof FORMATS, ...(keyof typeof FORMATS)[]]),
  text: z.string().max(16 * 1024 * 1024),
  dryRun: z.boolean(),
  idempotencyKey: z.string().min(1).max(200).optional(),
});

type RowError = ImportCsvMutation["importCsv"]["errors"][number];

/**
 * A CSV file in one of the shared formats (@jamlik/csv, as the CLI reads it) sent to the region's
 * `importCsv`; the answer's row errors carry the file's line numbers. A file that cannot be read
 * at all is a 400 with the reason.
 */
export async function importCsv(
  request: z.infer<typeof importRequestSchema>,
  adminUrl: string,
  accessToken: string,
  requestId: string,
  log: Logger,
) {
  const format = FORMATS[request.format];
  let table: ReturnType<typeof toImportTable>;
  try {
    // In slices: a large or hostile file never holds up the editor's other requests.
    table = toImportTable(format, await readCsvInSlices(request.text));
  } catch (error) {
    if (error instanceof CsvSyntaxError || error instanceof CsvFormatError) {
      throw new RequestRejected(400, "BAD_CSV", error.message);
    }
    throw error;
  }
  const response = await postUpstream(
    adminUrl,
    JSON.stringify({
      query: ImportCsvDocument.toString(),
      variables: {
        format: formatEnumValue(format) as CsvFormat,
        columns: table.columns,
        rows: table.rows,
        dryRun: request.dryRun,
        idempotencyKey: request.idempotencyKey,
      } satisfies ImportCsvMutationVariables,
    }),
    { authorization: `Bearer ${accessToken}`, [REQUEST_ID_HEADER]: requestId },
    log,
    120_000,
  );
  const body = (await response.json()) as {
    data?: ImportCsvMutation;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!body.data) return { errors: body.errors ?? [{ message: `Servern svarade ${response.status}` }] };
  const atLine = (e: RowError) => ({ ...e, line: table.lines[e.row] ?? null });
  const report = body.data.importCsv;
  return { report: { ...report, errors: report.errors.map(atLine), warnings: report.warnings.map(atLine) } };
}
