export { defaultIdempotencyKey, formatReport } from "./commands/import.ts";
export { detectSeparator, parseCsv, writeCsv } from "./csv.ts";
export { FORMAT_NAMES, FORMATS, toExportRecords, toImportRows } from "./formats.ts";
export { runCli } from "./main.ts";
export { ROLES, signDevToken } from "./token.ts";
