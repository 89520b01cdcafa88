import { type CsvColumn, type CsvFormat, cellText, parseDecimal, parseFlag } from "@jamlik/csv";
import type { z } from "zod";
import type { RegionDb } from "../../db.ts";
import type { Actor } from "../history.ts";
import { changedColumns, type EntitySpec } from "../specs.ts";
import { changeRecord, insertRecords } from "../store.ts";
import type { Row, RowError } from "./cells.ts";
import { careUnitIdsByHsa, storedColumn, type WorkingCopy, workingCopies } from "./records.ts";

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** Cells stored as given that deserve a look (text a spreadsheet could run as a formula). */
  warnings: RowError[];
}

/** A valid row: its natural key, its column values and the input fields its file lacks. */
interface Planned {
  key: string;
  row: number;
  values: Record<string, unknown>;
  absent: Set<string>;
}

const keyOf = (format: CsvFormat, values: Record<string, unknown>) =>
  JSON.stringify(format.key.map((part) => values[part.field] ?? part.ifNull ?? null));

/** The column a field (or a field's root, `source` for `source.dnr`) is read from. */
function columnOf(format: CsvFormat, field: string): string {
  return (
    format.columns.find((column) => column.field === field || column.field.split(".")[0] === field)?.name ??
    field
  );
}

function setField(input: Record<string, unknown>, field: string, value: unknown): void {
  const [root, nested] = field.split(".") as [string, string | undefined];
  if (nested === undefined) {
    input[root] = value;
    return;
  }
  const group = (input[root] ?? {}) as Record<string, unknown>;
  group[nested] = value;
  input[root] = group;
}

/** A cell as the value its column holds; a cell that cannot be read is reported and null. */
function readCell(
  column: CsvColumn,
  cell: string | null | undefined,
  report: (message: string) => void,
): unknown {
  const text = cellText(cell);
  // A blank required cell is "", so the entity's own rule says what is missing.
  const blank = column.required ? "" : null;
  switch (column.kind) {
    case "decimal": {
      const value = parseDecimal(cell);
      if (value === null || !Number.isNaN(value)) return value;
      report(`"${cell}" is not a number`);
      return null;
    }
    case "flag": {
      const value = parseFlag(cell);
      if (value !== null) return value;
      report("must be true/false (ja/nej)");
      return false;
    }
    case "code":
      return text?.toUpperCase() ?? blank;
    default:
      return text ?? blank;
  }
}

/**
 * Reads one row into the entity's input: cells by their column's kind, references by natural key
 * (a care unit's HSA-id) as ids, a source from its document, dnr and quote. Problems are reported
 * per cell; `unread` are the fields whose cell could not be read.
 */
function readRow(
  format: CsvFormat,
  row: Row,
  index: number,
  careUnits: Map<string, number>,
  errors: RowError[],
): { input: Record<string, unknown>; unread: Set<string>; absent: Set<string> } {
  const input: Record<string, unknown> = {};
  const unread = new Set<string>();
  const absent = new Set<string>();
  for (const column of format.columns) {
    const cell = row[column.name];
    if (cell === undefined) absent.add(column.field);
    const report = (message: string) => {
      errors.push({ row: index, column: column.name, message });
      unread.add(column.field.split(".")[0] as string);
    };
    let value = readCell(column, cell, report);
    if (column.ref === "CARE_UNIT") {
      const hsaId = cellText(cell);
      const id = hsaId === null ? undefined : careUnits.get(hsaId);
      if (hsaId === null && column.required) report("must not be empty");
      else if (hsaId !== null && id === undefined) report(`no care unit with HSA-id ${hsaId}`);
      value = id ?? null;
    }
    setField(input, column.field, value);
  }
  for (const [root, group] of Object.entries(input)) {
    if (typeof group !== "object" || group === null || !("document" in group)) continue;
    const parts = group as Record<string, unknown>;
    if (parts.document !== null) continue;
    const others = Object.keys(parts).filter((part) => part !== "document");
    if (others.some((part) => parts[part] !== null)) {
      const documentColumn = columnOf(format, `${root}.document`);
      errors.push({
        row: index,
        column: documentColumn,
        message: `${others.map((part) => columnOf(format, `${root}.${part}`)).join(" and ")} need the ${root} document`,
      });
    }
    input[root] = null;
  }
  return { input, unread, absent };
}

function collectIssues(
  format: CsvFormat,
  errors: RowError[],
  row: number,
  result: z.ZodSafeParseResult<unknown>,
  unread: Set<string>,
): void {
  if (result.success) return;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    // A cell that could not be read was reported as such: don't also say its value is missing.
    if (unread.has(field)) continue;
    errors.push({ row, column: columnOf(format, field), message: issue.message });
  }
}

/**
 * The column values an update of `stored` sets: a field the file lacks keeps its stored value when
 * its column says so, except that a changed value never keeps the old value's source.
 */
function updateValues(
  format: CsvFormat,
  plan: Planned,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const values = { ...plan.values };
  const described = (format.sourceOf ?? []).some(
    (field) => JSON.stringify(stored[field] ?? null) !== JSON.stringify(values[field] ?? null),
  );
  for (const column of format.columns) {
    if (!column.keep || !plan.absent.has(column.field)) continue;
    if (described && column.field.startsWith("source.")) continue;
    const name = storedColumn(column.field);
    values[name] = stored[name];
  }
  return values;
}

/** Why the row may not change `stored` (a final field), or undefined. */
function refusal(format: CsvFormat, plan: Planned, stored: Record<string, unknown>): RowError | undefined {
  for (const final of format.final ?? []) {
    if (plan.absent.has(final.field)) continue;
    const name = storedColumn(final.field);
    if (stored[name] !== null && stored[name] !== undefined && stored[name] !== plan.values[name]) {
      return {
        row: plan.row,
        column: columnOf(format, final.field),
        message: final.message(String(stored[name])),
      };
    }
  }
  return undefined;
}

/**
 * Imports rows of `format`: every row is read and validated as the entity's input; new natural keys
 * become drafts, changed ones are updated (a published record gets pending changes), equal ones are
 * left alone. Nothing is written on a dry run or when any row is bad.
 */
export async function importRows(
  db: RegionDb,
  actor: Actor,
  spec: EntitySpec,
  format: CsvFormat,
  rows: readonly Row[],
  dryRun: boolean,
): Promise<Omit<ImportReport, "warnings">> {
  if (spec.prepare) throw new Error(`the importer cannot create ${format.entity} records`);
  const errors: RowError[] = [];
  const planned: Planned[] = [];
  const seen = new Set<string>();
  const careUnits = format.columns.some((column) => column.ref === "CARE_UNIT")
    ? await careUnitIdsByHsa(db)
    : new Map<string, number>();
  rows.forEach((row, index) => {
    const before = errors.length;
    const { input, unread, absent } = readRow(format, row, index, careUnits, errors);
    const result = spec.schema.safeParse(input);
    collectIssues(format, errors, index, result, unread);
    if (!result.success || errors.length > before) return;
    const key = keyOf(format, result.data);
    if (seen.has(key)) {
      errors.push({
        row: index,
        column: format.keyColumn,
        message: "same key as an earlier row of this import",
      });
      return;
    }
    seen.add(key);
    planned.push({ key, row: index, values: spec.values(result.data), absent });
  });

  const existing = new Map<string, WorkingCopy>();
  for (const copy of await workingCopies(db, format.entity)) existing.set(keyOf(format, copy.data), copy);
  const creates: Record<string, unknown>[] = [];
  const updates: { copy: WorkingCopy; changed: Record<string, unknown> }[] = [];
  let unchanged = 0;
  for (const plan of planned) {
    const copy = existing.get(plan.key);
    if (!copy) {
      creates.push(plan.values);
      continue;
    }
    const refused = refusal(format, plan, copy.data);
    if (refused) {
      errors.push(refused);
      continue;
    }
    const changed = changedColumns(copy.data, updateValues(format, plan, copy.data));
    if (Object.keys(changed).length === 0) unchanged++;
    else updates.push({ copy, changed });
  }
  if (errors.length > 0) return { dryRun, rows: rows.length, created: 0, updated: 0, unchanged: 0, errors };
  const report = {
    dryRun,
    rows: rows.length,
    created: creates.length,
    updated: updates.length,
    unchanged,
    errors,
  };
  if (dryRun) return report;
  await insertRecords(db, actor, format.entity, creates);
  for (const { copy, changed } of updates) {
    await changeRecord(db, actor, format.entity, copy.id, copy.version, () => changed);
  }
  return report;
}
