import { writeFile } from "node:fs/promises";
import { z } from "zod";
import { adminRequest, defaultAdminUrl } from "../adminClient.ts";
import type { CliContext } from "../context.ts";
import { writeCsv } from "../csv.ts";
import { EXIT, type ExitCode, usageError } from "../errors.ts";
import { exportDocument, FORMATS, type FormatName, toExportRecords } from "../formats.ts";
import { type EndpointOptions, resolvePath, resolveToken } from "./common.ts";

const cellSchema = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((value) => (value === null ? null : String(value)));
const exportSchema = z.array(z.record(z.string(), cellSchema));

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
  const data = await adminRequest<Record<string, unknown>>({
    url,
    token,
    query: exportDocument(format),
    fetch: ctx.fetch,
  });
  const items = exportSchema.safeParse(data[format.exportField]);
  if (!items.success) {
    ctx.stderr.write(
      `${url} answered something that is not a list of ${format.name}: ${items.error.message}\n`,
    );
    return EXIT.server;
  }
  const csv = writeCsv(toExportRecords(format, items.data));
  if (file === undefined || file === "-") {
    ctx.stdout.write(csv);
    return EXIT.ok;
  }
  try {
    await writeFile(resolvePath(ctx, file), csv);
  } catch (error) {
    throw usageError(`cannot write ${file}: ${(error as Error).message}`);
  }
  ctx.stderr.write(`wrote ${items.data.length} ${format.name} rows to ${file}\n`);
  return EXIT.ok;
}
