/**
 * One description of a CSV format: its columns, the entity each row becomes, its natural key and the
 * rules an import keeps. The region's importer and exports, the admin API's row types and the CLI all
 * read these descriptions; adding a column is a change here (plus the entity's column and migration).
 */

/** How a cell is read and written. */
export type CellKind =
  /** Text as given (trimmed; blank is null). */
  | "text"
  /** A code: trimmed and upper-cased (provider, sex, missing). */
  | "code"
  /** A number with a decimal point or comma ("83,5"); written with a decimal comma. */
  | "decimal"
  /** Yes or no: true/ja/1/yes or false/nej/0/no, any case; blank is false. */
  | "flag";

export interface CsvColumn {
  /** The column's name in the CSV header, and the field of the admin API's row types. */
  name: string;
  /** The entity input field the cell fills, a dotted path for a nested one ("source.document"). */
  field: string;
  /** The header must have the column. */
  required: boolean;
  /** The cell may be blank (an export may write an empty cell). */
  nullable: boolean;
  kind: CellKind;
  /** The cell names another record by its natural key (a care unit's HSA-id), stored as its id. */
  ref?: "CARE_UNIT";
  /** A file without this column keeps the stored value on an update (instead of clearing it). */
  keep?: boolean;
  description: string;
}

/** A field whose stored value is final once set: an import may not change it. */
export interface FinalField {
  field: string;
  message: (stored: string) => string;
}

export interface CsvFormat {
  /** The name on the command line and in the idempotency key: care-units, offerings, measurements. */
  name: string;
  /** The admin API's names: import<plural>, export<plural>, <singular>Row, <singular>Export. */
  singular: string;
  plural: string;
  /** The regional entity each row creates or updates. */
  entity: "CARE_UNIT" | "OFFERING" | "MEASUREMENT";
  description: string;
  columns: readonly CsvColumn[];
  /** The input fields that name a record; a null part counts as `ifNull` (as the unique index does). */
  key: readonly { field: string; ifNull?: string | number }[];
  /** The column a repeated key is reported on. */
  keyColumn: string;
  /** Fields an import may not change once stored (history is not rewritten). */
  final?: readonly FinalField[];
  /** The fields the source describes: when one changes, a source the file lacks is cleared, not kept. */
  sourceOf?: readonly string[];
  /** Export order after the stored order: by these fields, a period field by its end. */
  sortBy?: readonly { field: string; period?: boolean }[];
}

type ColumnOptions = Partial<Omit<CsvColumn, "name" | "description">>;

/** A column the header must have, filled in every row (unless `nullable`). */
export const required = (name: string, description: string, options: ColumnOptions = {}): CsvColumn => ({
  name,
  field: name,
  required: true,
  nullable: false,
  kind: "text",
  description,
  ...options,
});

/** A column the header may leave out; its cells may be blank. */
export const optional = (name: string, description: string, options: ColumnOptions = {}): CsvColumn => ({
  name,
  field: name,
  required: false,
  nullable: true,
  kind: "text",
  description,
  ...options,
});

/** The demo mark every format ends with. */
export const demoColumn: CsvColumn = {
  ...optional(
    "demo",
    "true (ja) for synthetic demo data that is not a fact; blank or false (nej) otherwise.",
  ),
  kind: "flag",
  nullable: false,
  keep: true,
};
