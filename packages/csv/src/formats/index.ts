import { careUnits } from "./careUnits.ts";
import type { CsvFormat } from "./format.ts";
import { measurements } from "./measurements.ts";
import { offerings } from "./offerings.ts";

export { type CellKind, type CsvColumn, type CsvFormat, optional, required } from "./format.ts";

export const FORMATS = {
  "care-units": careUnits,
  offerings,
  measurements,
} as const satisfies Record<string, CsvFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The admin API's enum value of a format: care-units → CARE_UNITS. */
export const formatEnumValue = (format: CsvFormat) => format.name.replace(/-/g, "_").toUpperCase();
