export { cellText, decimalComma, parseDecimal, parseFlag } from "./cells.ts";
export * from "./formats/index.ts";
export { looksLikeFormula, neutraliseFormula, restoreFormula } from "./formula.ts";
export {
  type CsvRecord,
  CsvSyntaxError,
  countLines,
  detectSeparator,
  type ParsedCsv,
  READ_LIMITS,
  type ReadOptions,
  readCsv,
  type Separator,
} from "./read.ts";
export {
  CsvFormatError,
  describeColumns,
  type ImportTable,
  matchHeader,
  toExportRecords,
  toImportTable,
} from "./table.ts";
export { writeCsv } from "./write.ts";
