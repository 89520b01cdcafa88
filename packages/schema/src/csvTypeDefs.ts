import { type CsvFormat, FORMATS, formatEnumValue } from "@jamlik/csv";

const quote = (text: string) => JSON.stringify(text);

function rowInput(format: CsvFormat): string {
  const fields = format.columns.map((column) => `  ${quote(column.description)}\n  ${column.name}: String`);
  return `${quote(`One row of a ${format.name} import: ${format.description}`)}\ninput ${format.singular}Row {\n${fields.join("\n")}\n}`;
}

function exportType(format: CsvFormat): string {
  const fields = format.columns.map(
    (column) => `  ${quote(column.description)}\n  ${column.name}: String${column.nullable ? "" : "!"}`,
  );
  return `${quote(`One row of a ${format.name} export: the columns its import reads.`)}\ntype ${format.singular}Export {\n${fields.join("\n")}\n}`;
}

/**
 * The admin API's CSV types and operations, generated from the format descriptions in @jamlik/csv:
 * a typed row input, export type, import mutation and export query per format, and the generic
 * `importCsv`/`exportCsv` (columns and rows of text) the CLI sends.
 */
export function csvTypeDefs(formats: readonly CsvFormat[] = Object.values(FORMATS)): string {
  const values = formats.map((format) => `  ${quote(format.description)}\n  ${formatEnumValue(format)}`);
  const queries = formats.map(
    (
      format,
    ) => `  ${quote(`Every ${format.name} row (drafts and pending changes included), in import format.`)}
  export${format.plural}: [${format.singular}Export!]!`,
  );
  const mutations = formats.map(
    (format) => `  ${quote(`Imports ${format.name} rows: all or none; a dry run writes nothing.`)}
  import${format.plural}(rows: [${format.singular}Row!]!, dryRun: Boolean = false, idempotencyKey: String): ImportReport!`,
  );
  return `"A CSV import and export format."
enum CsvFormat {
${values.join("\n")}
}

"A CSV file's content: the header's column names and the rows' cells (null for an empty cell)."
type CsvTable {
  columns: [String!]!
  rows: [[String]!]!
}

${formats.flatMap((format) => [rowInput(format), exportType(format)]).join("\n\n")}

extend type Query {
  "Every row of a format, as a table with the format's columns."
  exportCsv(format: CsvFormat!): CsvTable!
${queries.join("\n")}
}

extend type Mutation {
  """
  Imports a CSV table: \`columns\` are the header's names (the format's, any order, optional ones may
  be left out: their stored values are kept), \`rows\` the cells in that order. All rows or none.
  """
  importCsv(
    format: CsvFormat!
    columns: [String!]!
    rows: [[String]!]!
    dryRun: Boolean = false
    idempotencyKey: String
  ): ImportReport!
${mutations.join("\n")}
}
`;
}
