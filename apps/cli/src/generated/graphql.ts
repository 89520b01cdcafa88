/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A CSV import and export format. */
export type CsvFormat =
  /** Care units (vårdcentraler, hälsocentraler), one per HSA-id. */
  | 'CARE_UNITS'
  /** Which care unit offers which service from when: one row per validity period. */
  | 'OFFERINGS'
  /** Measured values of the national metrics: only metric, period and value are required. */
  | 'MEASUREMENTS';

export type ImportCsvMutationVariables = Exact<{
  format: CsvFormat;
  columns: Array<string> | string;
  rows: Array<Array<string | null | undefined> | string> | Array<string | null | undefined> | string;
  dryRun?: boolean | null | undefined;
  key?: string | null | undefined;
}>;


export type ImportCsvMutation = { importCsv: { dryRun: boolean, rows: number, created: number, updated: number, unchanged: number, errors: Array<{ row: number, column: string, message: string }>, warnings: Array<{ row: number, column: string, message: string }> } };

export type ExportCsvQueryVariables = Exact<{
  format: CsvFormat;
}>;


export type ExportCsvQuery = { exportCsv: { columns: Array<string>, rows: Array<Array<string | null>> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ImportCsvDocument = new TypedDocumentString(`
    mutation ImportCsv($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean, $key: String) {
  importCsv(
    format: $format
    columns: $columns
    rows: $rows
    dryRun: $dryRun
    idempotencyKey: $key
  ) {
    dryRun
    rows
    created
    updated
    unchanged
    errors {
      row
      column
      message
    }
    warnings {
      row
      column
      message
    }
  }
}
    `, {"hash":"sha256:4b14889eeb6a837e15f72234807bca08dbb414f9106a383b507c79fad88fd40b"}) as unknown as TypedDocumentString<ImportCsvMutation, ImportCsvMutationVariables>;
export const ExportCsvDocument = new TypedDocumentString(`
    query ExportCsv($format: CsvFormat!) {
  exportCsv(format: $format) {
    columns
    rows
  }
}
    `, {"hash":"sha256:52cc681a066479840ad834ef62db6d9af2ee69906637bb13b5813d5640d37455"}) as unknown as TypedDocumentString<ExportCsvQuery, ExportCsvQueryVariables>;