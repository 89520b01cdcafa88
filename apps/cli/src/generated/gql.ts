/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ImportCsv($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean, $key: String) {\n  importCsv(\n    format: $format\n    columns: $columns\n    rows: $rows\n    dryRun: $dryRun\n    idempotencyKey: $key\n  ) {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n    warnings {\n      row\n      column\n      message\n    }\n  }\n}\n\nquery ExportCsv($format: CsvFormat!) {\n  exportCsv(format: $format) {\n    columns\n    rows\n  }\n}": typeof types.ImportCsvDocument,
};
const documents: Documents = {
    "mutation ImportCsv($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean, $key: String) {\n  importCsv(\n    format: $format\n    columns: $columns\n    rows: $rows\n    dryRun: $dryRun\n    idempotencyKey: $key\n  ) {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n    warnings {\n      row\n      column\n      message\n    }\n  }\n}\n\nquery ExportCsv($format: CsvFormat!) {\n  exportCsv(format: $format) {\n    columns\n    rows\n  }\n}": types.ImportCsvDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportCsv($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean, $key: String) {\n  importCsv(\n    format: $format\n    columns: $columns\n    rows: $rows\n    dryRun: $dryRun\n    idempotencyKey: $key\n  ) {\n    dryRun\n    rows\n    created\n    updated\n    unchanged\n    errors {\n      row\n      column\n      message\n    }\n    warnings {\n      row\n      column\n      message\n    }\n  }\n}\n\nquery ExportCsv($format: CsvFormat!) {\n  exportCsv(format: $format) {\n    columns\n    rows\n  }\n}"): typeof import('./graphql.ts').ImportCsvDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
