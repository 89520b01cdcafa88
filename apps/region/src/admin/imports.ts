import { looksLikeFormula, restoreFormula } from "@jamlik/csv";
import { regionSchema as t } from "@jamlik/db";
import { parsePeriod } from "@jamlik/domain";
import { type AdminInputs, parseDecimal } from "@jamlik/schema";
import { asc, ne } from "drizzle-orm";
import type { z } from "zod";
import type { RegionDb } from "../db.ts";
import type { Entity } from "./entities.ts";
import type { Actor } from "./history.ts";
import { changedColumns } from "./specs.ts";
import { changeRecord, insertRecords } from "./store.ts";

export interface RowError {
  row: number;
  column: string;
  message: string;
}

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

/**
 * The rows as they are meant: a cell our own export neutralised (`'=…`) gets its text back; a cell
 * that a spreadsheet could run as a formula is kept as text and reported as a warning.
 */
export function readCells(rows: readonly Row[]): { rows: Row[]; warnings: RowError[] } {
  const warnings: RowError[] = [];
  const cleaned = rows.map((row, index) => {
    const out: Row = {};
    for (const [column, cell] of Object.entries(row)) {
      if (typeof cell !== "string") {
        out[column] = cell;
        continue;
      }
      const restored = restoreFormula(cell);
      if (restored === cell && looksLikeFormula(cell) && Number.isNaN(Number(cell.replace(",", ".")))) {
        warnings.push({
          row: index,
          column,
          message: `begins with "${JSON.stringify(cell[0]).slice(1, -1)}": a spreadsheet could run it as a formula; it is stored as text and exported with a leading '`,
        });
      }
      out[column] = restored;
    }
    return out;
  });
  return { rows: cleaned, warnings };
}

type Row = Record<string, string | null | undefined>;
/**
 * One valid row: its natural key, column values, and the columns its file did not have (those
 * keep their stored values on an update). `check` may refuse an update of a stored record.
 */
type Planned = {
  key: string;
  values: Record<string, unknown>;
  row: number;
  keep?: (stored: Record<string, unknown>) => string[];
  check?: (stored: Record<string, unknown>) => RowError | undefined;
};

const blank = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === "";
const orNull = (value: string | null | undefined) => (blank(value) ? null : (value as string).trim());

/** A yes/no cell: true/ja/1/yes or false/nej/0/no, any case; blank is false; anything else is "bad". */
function parseFlag(value: string | null | undefined): boolean | "bad" {
  const flag = orNull(value)?.toLowerCase();
  if (flag === null || flag === undefined) return false;
  if (["true", "ja", "1", "yes"].includes(flag)) return true;
  if (["false", "nej", "0", "no"].includes(flag)) return false;
  return "bad";
}

/** Reads a row's demo column, reporting a bad one. */
function demoOf(row: Row, index: number, errors: RowError[]): boolean {
  const demo = parseFlag(row.demo);
  if (demo === "bad") errors.push({ row: index, column: "demo", message: "must be true/false (ja/nej)" });
  return demo === true;
}

/** Which CSV column a field of the validated input came from, for error messages. */
function columnOf(path: PropertyKey[], columns: Record<string, string>): string {
  const field = String(path[0] ?? "");
  return columns[field] ?? field;
}

function collectIssues(
  errors: RowError[],
  row: number,
  result: z.ZodSafeParseResult<unknown>,
  columns: Record<string, string>,
): void {
  if (result.success) return;
  for (const issue of result.error.issues) {
    errors.push({ row, column: columnOf(issue.path, columns), message: issue.message });
  }
}

interface Existing {
  id: number;
  version: number;
  data: Record<string, unknown>;
}

/** Non-retracted rows of a table as working copies (pending changes applied), by natural key. */
async function existingBy(
  db: RegionDb,
  table: typeof t.careUnits | typeof t.offerings | typeof t.measurements,
  key: (data: Record<string, unknown>) => string,
): Promise<Map<string, Existing>> {
  const rows = (await db
    .select()
    .from(table)
    .where(ne(table.publication, "RETRACTED"))) as unknown as (Record<string, unknown> & {
    id: number;
    version: number;
    pending: Record<string, unknown> | null;
  })[];
  const map = new Map<string, Existing>();
  for (const row of rows) {
    const data = { ...row, ...(row.pending ?? {}) };
    map.set(key(data), { id: row.id, version: row.version, data });
  }
  return map;
}

async function careUnitIdsByHsa(db: RegionDb): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: t.careUnits.id, hsaId: t.careUnits.hsaId })
    .from(t.careUnits)
    .where(ne(t.careUnits.publication, "RETRACTED"));
  return new Map(rows.map((row) => [row.hsaId, row.id]));
}

/**
 * Applies planned rows: new keys become drafts, changed ones are updated (a published record
 * gets pending changes), equal ones are left alone. Nothing is written on a dry run or when any
 * row is bad.
 */
async function apply(
  db: RegionDb,
  actor: Actor,
  entity: Entity,
  planned: Planned[],
  existing: Map<string, Existing>,
  errors: RowError[],
  rows: number,
  dryRun: boolean,
): Promise<ImportReport> {
  const creates: Record<string, unknown>[] = [];
  const updates: { existing: Existing; changed: Record<string, unknown> }[] = [];
  let unchanged = 0;
  for (const plan of planned) {
    const found = existing.get(plan.key);
    if (!found) {
      creates.push(plan.values);
      continue;
    }
    const refused = plan.check?.(found.data);
    if (refused) {
      errors.push(refused);
      continue;
    }
    const values = { ...plan.values };
    for (const column of plan.keep?.(found.data) ?? []) values[column] = found.data[column];
    const changed = changedColumns(found.data, values);
    if (Object.keys(changed).length === 0) unchanged++;
    else updates.push({ existing: found, changed });
  }
  const report = {
    dryRun,
    rows,
    created: creates.length,
    updated: updates.length,
    unchanged,
    errors,
    warnings: [],
  };
  if (dryRun || errors.length > 0)
    return { ...report, ...(errors.length > 0 ? { created: 0, updated: 0, unchanged: 0 } : {}) };
  await insertRecords(db, actor, entity, creates);
  for (const update of updates) {
    await changeRecord(db, actor, entity, update.existing.id, update.existing.version, () => update.changed);
  }
  return report;
}

function checkDuplicate(
  seen: Map<string, number>,
  key: string,
  row: number,
  column: string,
  errors: RowError[],
) {
  const first = seen.get(key);
  if (first !== undefined) errors.push({ row, column, message: "same key as an earlier row of this import" });
  else seen.set(key, row);
}

export async function importCareUnits(
  db: RegionDb,
  actor: Actor,
  inputs: AdminInputs,
  rows: Row[],
  dryRun: boolean,
): Promise<ImportReport> {
  const errors: RowError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const demo = demoOf(row, index, errors);
    const result = inputs.careUnit.safeParse({
      hsaId: orNull(row.hsaId) ?? "",
      name: orNull(row.name) ?? "",
      municipalityCode: orNull(row.municipalityCode) ?? "",
      municipalityName: orNull(row.municipalityName) ?? "",
      kind: orNull(row.kind) ?? "",
      provider: orNull(row.provider)?.toUpperCase() ?? "",
      demo,
      source: null,
    });
    collectIssues(errors, index, result, {});
    if (!result.success) return;
    checkDuplicate(seen, result.data.hsaId, index, "hsaId", errors);
    const { source: _source, ...values } = result.data;
    planned.push({
      key: result.data.hsaId,
      row: index,
      values,
      keep: () => (row.demo === undefined ? ["demo"] : []),
    });
  });
  const existing = await existingBy(db, t.careUnits, (data) => String(data.hsaId));
  return apply(db, actor, "CARE_UNIT", planned, existing, errors, rows.length, dryRun);
}

export async function importOfferings(
  db: RegionDb,
  actor: Actor,
  inputs: AdminInputs,
  rows: Row[],
  dryRun: boolean,
): Promise<ImportReport> {
  const errors: RowError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  const units = await careUnitIdsByHsa(db);
  const columns = { careUnitId: "careUnit", serviceCode: "service" };
  rows.forEach((row, index) => {
    const hsaId = orNull(row.careUnit);
    const careUnitId = hsaId ? units.get(hsaId) : undefined;
    if (!hsaId) errors.push({ row: index, column: "careUnit", message: "must not be empty" });
    else if (careUnitId === undefined)
      errors.push({ row: index, column: "careUnit", message: `no care unit with HSA-id ${hsaId}` });
    const result = inputs.offering.safeParse({
      careUnitId: careUnitId ?? 1,
      serviceCode: orNull(row.service) ?? "",
      validFrom: orNull(row.validFrom) ?? "",
      validTo: orNull(row.validTo),
      demo: demoOf(row, index, errors),
      source: null,
    });
    collectIssues(errors, index, result, columns);
    if (!result.success || careUnitId === undefined) return;
    const key = `${careUnitId}|${result.data.serviceCode}|${result.data.validFrom}`;
    checkDuplicate(seen, key, index, "validFrom", errors);
    const { source: _source, ...values } = result.data;
    planned.push({
      key,
      row: index,
      values,
      keep: () => [
        ...(row.validTo === undefined ? ["validTo"] : []),
        ...(row.demo === undefined ? ["demo"] : []),
      ],
      check: (stored) =>
        stored.validTo !== null && row.validTo !== undefined && stored.validTo !== values.validTo
          ? {
              row: index,
              column: "validTo",
              message: `the offering was closed on ${stored.validTo}; history is not rewritten`,
            }
          : undefined,
    });
  });
  const existing = await existingBy(
    db,
    t.offerings,
    (d) => `${d.careUnitId}|${d.serviceCode}|${d.validFrom}`,
  );
  return apply(db, actor, "OFFERING", planned, existing, errors, rows.length, dryRun);
}

export async function importMeasurements(
  db: RegionDb,
  actor: Actor,
  inputs: AdminInputs,
  rows: Row[],
  dryRun: boolean,
): Promise<ImportReport> {
  const errors: RowError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  const units = await careUnitIdsByHsa(db);
  const columns = { metricCode: "metric", careUnitId: "careUnit", source: "source" };
  rows.forEach((row, index) => {
    const value = parseDecimal(row.value);
    if (value !== null && Number.isNaN(value)) {
      errors.push({ row: index, column: "value", message: `"${row.value}" is not a number` });
    }
    const hsaId = orNull(row.careUnit);
    const careUnitId = hsaId ? units.get(hsaId) : null;
    if (hsaId && careUnitId === undefined) {
      errors.push({ row: index, column: "careUnit", message: `no care unit with HSA-id ${hsaId}` });
    }
    const document = orNull(row.source);
    if (!document && (orNull(row.dnr) || orNull(row.quote))) {
      errors.push({ row: index, column: "source", message: "dnr and quote need the source document" });
    }
    const result = inputs.measurement.safeParse({
      metricCode: orNull(row.metric) ?? "",
      period: orNull(row.period) ?? "",
      value: value === null || Number.isNaN(value) ? null : value,
      sex: orNull(row.sex)?.toUpperCase() ?? null,
      careUnitId: careUnitId ?? null,
      scope: orNull(row.scope),
      missing: orNull(row.missing)?.toUpperCase() ?? null,
      note: orNull(row.note),
      demo: demoOf(row, index, errors),
      source: document ? { document, dnr: orNull(row.dnr), quote: orNull(row.quote) } : null,
    });
    // A value that is not a number was reported above; don't also say it is missing.
    if (!result.success && value !== null && Number.isNaN(value)) {
      const others = result.error.issues.filter((issue) => String(issue.path[0]) !== "value");
      for (const issue of others)
        errors.push({ row: index, column: columnOf(issue.path, columns), message: issue.message });
      return;
    }
    collectIssues(errors, index, result, columns);
    if (!result.success || careUnitId === undefined) return;
    const m = result.data;
    const key = `${m.metricCode}|${m.period}|${m.sex ?? "T"}|${m.careUnitId ?? 0}|${m.scope ?? ""}`;
    checkDuplicate(seen, key, index, "period", errors);
    const { start, end } = parsePeriod(m.period);
    const { source, ...rest } = m;
    const absent = (
      [
        ["source", "sourceDocument"],
        ["dnr", "sourceDnr"],
        ["quote", "sourceQuote"],
        ["note", "note"],
        ["demo", "demo"],
      ] as const
    )
      .filter(([column]) => row[column] === undefined)
      .map(([, field]) => field);
    planned.push({
      key,
      row: index,
      // Columns the file lacks keep their stored values, except that a changed value never
      // keeps the old value's source.
      keep: (stored) =>
        stored.value === rest.value && stored.missing === rest.missing
          ? absent
          : absent.filter((field) => !field.startsWith("source")),
      values: {
        ...rest,
        periodStart: start,
        periodEnd: end,
        sourceDocument: source?.document ?? null,
        sourceDnr: source?.dnr ?? null,
        sourceQuote: source?.quote ?? null,
      },
    });
  });
  const existing = await existingBy(
    db,
    t.measurements,
    (d) => `${d.metricCode}|${d.period}|${d.sex ?? "T"}|${d.careUnitId ?? 0}|${d.scope ?? ""}`,
  );
  return apply(db, actor, "MEASUREMENT", planned, existing, errors, rows.length, dryRun);
}

const formatNumber = (value: unknown) => (typeof value === "number" ? String(value) : null);

/** The export formats: the same columns the imports read, from non-retracted working copies. */
export async function exportCareUnits(db: RegionDb) {
  const rows = await existingBy(db, t.careUnits, (d) => String(d.hsaId));
  return [...rows.values()]
    .map(({ data }) => ({
      hsaId: String(data.hsaId),
      name: String(data.name),
      municipalityCode: String(data.municipalityCode),
      municipalityName: String(data.municipalityName),
      kind: String(data.kind),
      provider: String(data.provider),
      demo: data.demo ? "true" : "false",
    }))
    .sort((a, b) => a.hsaId.localeCompare(b.hsaId));
}

export async function exportOfferings(db: RegionDb) {
  const hsa = new Map([...(await careUnitIdsByHsa(db)).entries()].map(([h, id]) => [id, h]));
  const rows = await db
    .select()
    .from(t.offerings)
    .where(ne(t.offerings.publication, "RETRACTED"))
    .orderBy(asc(t.offerings.id));
  return rows
    .map((row) => ({ ...row, ...(row.pending ?? {}) }) as typeof row)
    .filter((row) => hsa.has(row.careUnitId))
    .map((row) => ({
      careUnit: hsa.get(row.careUnitId) as string,
      service: row.serviceCode,
      validFrom: row.validFrom,
      validTo: row.validTo,
      demo: row.demo ? "true" : "false",
    }));
}

export async function exportMeasurements(db: RegionDb) {
  const hsa = new Map([...(await careUnitIdsByHsa(db)).entries()].map(([h, id]) => [id, h]));
  const rows = await db
    .select()
    .from(t.measurements)
    .where(ne(t.measurements.publication, "RETRACTED"))
    .orderBy(asc(t.measurements.metricCode), asc(t.measurements.periodEnd), asc(t.measurements.id));
  return rows
    .map((row) => ({ ...row, ...(row.pending ?? {}) }) as typeof row)
    .map((row) => ({
      metric: row.metricCode,
      period: row.period,
      value: formatNumber(row.value),
      sex: row.sex,
      careUnit: row.careUnitId === null ? null : (hsa.get(row.careUnitId) ?? null),
      scope: row.scope,
      missing: row.missing,
      source: row.sourceDocument,
      dnr: row.sourceDnr,
      quote: row.sourceQuote,
      note: row.note,
      demo: row.demo ? "true" : "false",
    }));
}
