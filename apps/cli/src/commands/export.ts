import { writeFile } from "node:fs/promises";
import { FORMATS, type FormatName, formatEnumValue, toExportRecords, writeCsv } from "@jamlik/csv";
import { z } from "zod";
import { adminRequest, defaultAdminUrl } from "../adminClient.ts";
import type { CliContext } from "../context.ts";
import { EXIT, type ExitCode, usageError } from "../errors.ts";
import type { CsvFormat, ExportCsvQuery } from "../generated/graphql.ts";
import { ExportCsvDocument as ExportCsv } from "../generated/graphql.ts";
import { type EndpointOptions, resolvePath, resolveToken } from "./common.ts";

/** The answer is another program's: checked against what the export document asks for. */
const answerSchema = z.object({
  exportCsv: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string().nullable())) }),
}) satisfies z.ZodType<ExportCsvQuery>;

/** `jamlik export <format> [FILE]`: the region's records as a CSV the import reads back unchanged. */
export async function exportCommand(
  formatName: FormatName,
  file: string | undefined,
  options: EndpointOptions,
  ctx: CliContext,
): Promise<ExitCode> {
  const format = FORMATS[formatName];
  const url = options.url ?? defaultAdminUrl(options.region);
  const token = await resolveToken(options, "viewer", ctx);
  const data = await adminRequest({
    url,
    token,
    document: ExportCsv,
    variables: { format: formatEnumValue(format) as CsvFormat },
    fetch: ctx.fetch,
  });
  const parsed = answerSchema.safeParse(data);
  if (!parsed.success) {
    ctx.stderr.write(
      `${url} answered something that is not a table of ${format.name}: ${parsed.error.message}\n`,
    );
    return EXIT.server;
  }
  const { columns, rows } = parsed.data.exportCsv;
  const csv = writeCsv(toExportRecords(format, columns, rows));
  if (file === undefined || file === "-") {
    ctx.stdout.write(csv);
    return EXIT.ok;
  }
  try {
    await writeFile(resolvePath(ctx, file), csv);
  } catch (error) {
    throw usageError(`cannot write ${file}: ${(error as Error).message}`);
  }
  ctx.stderr.write(`wrote ${rows.length} ${format.name} rows to ${file}\n`);
  return EXIT.ok;
}
