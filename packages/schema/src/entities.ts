import { regionSchema as t } from "@jamlik/db";
import { isDate, isPeriod, RECORD_BOOKKEEPING, type RecordBookkeeping } from "@jamlik/domain";
import { getTableColumns, type Table } from "drizzle-orm";
import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";

/**
 * Each regional entity's input, once: the drizzle table is the source of its fields, their types,
 * nullability and defaults (drizzle-zod); only the refinements are written here. The admin API's
 * inputs (admin.ts) add what needs the national catalog and the rules across fields; the seeds'
 * format picks its fields from these.
 */

/** PostgreSQL stores no NUL character in text; nothing else a string may hold is refused. */
const withoutNul = (value: string) => !value.includes("\u0000");
const NUL_MESSAGE = "must not contain a NUL character";

/** Required text: trimmed, not empty, at most `max` characters. */
export const text = (max = 500) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `at most ${max} characters`)
    .refine(withoutNul, NUL_MESSAGE);

/** Optional text: trimmed, at most `max` characters; blank is null. */
export const optionalText = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(withoutNul, NUL_MESSAGE)
    .transform((v) => (v ? v : null));

export const dateInput = z.string().refine(isDate, "must be a date YYYY-MM-DD");
export const periodInput = z
  .string()
  .refine(isPeriod, "must be a period: 2020, 2017-Q3, 2020-05 or 2021-05-20");
const id = z.number().int().positive();

export const sourceInput = z
  .strictObject({
    document: text(200),
    dnr: optionalText(100).nullish(),
    quote: optionalText(2000).nullish(),
  })
  .transform((s) => ({ document: s.document, dnr: s.dnr ?? null, quote: s.quote ?? null }))
  .nullish()
  .transform((s) => s ?? null);
export type SourceInput = z.output<typeof sourceInput>;

/** Columns the store keeps and no input sets; `source` stands for the three source columns. */
const BOOKKEEPING = {
  ...(Object.fromEntries(RECORD_BOOKKEEPING.map((column) => [column, true])) as Record<
    RecordBookkeeping,
    true
  >),
  sourceDocument: true,
  sourceDnr: true,
  sourceQuote: true,
} as const;

type Columns<T extends Table> = T["_"]["columns"];
/** An input field left out (or null) takes its column's default, or null. */
type Filled<T extends Table, O> = {
  [K in keyof O]-?: K extends keyof Columns<T>
    ? Columns<T>[K]["_"]["hasDefault"] extends true
      ? Exclude<O[K], undefined | null>
      : undefined extends O[K]
        ? Exclude<O[K], undefined> | null
        : O[K]
    : O[K];
};

/** What a field accepts: an optional field also takes null. */
type InputOf<F> = undefined extends z.input<F> ? z.input<F> | null : z.input<F>;

/**
 * The input of `table`'s entity: its columns as drizzle-zod reads them with `refine` applied, the
 * bookkeeping and `omit` columns left out, a missing value filled with the column's default (or
 * null), and the source as one `source` object.
 */
function entityInput<T extends Table, S extends z.ZodObject>(
  table: T,
  base: S,
): z.ZodObject<
  {
    [K in keyof S["shape"]]: z.ZodType<Filled<T, z.output<S>>[K & keyof z.output<S>], InputOf<S["shape"][K]>>;
  } & { source: typeof sourceInput }
> {
  const columns = getTableColumns(table) as Record<string, { hasDefault: boolean; default: unknown }>;
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(base.shape as Record<string, z.ZodType>)) {
    const optional = field.safeParse(undefined).success;
    const column = columns[key];
    // A database default that is a plain value (not SQL such as now()) is the input's default.
    const fallback = column?.hasDefault && typeof column.default !== "object" ? column.default : null;
    shape[key] = optional ? field.nullish().transform((value) => value ?? fallback) : field;
  }
  // Unknown keys are refused, never dropped: a misspelt field must not vanish silently.
  return z.strictObject({ ...shape, source: sourceInput }) as never;
}

/**
 * Refinements that replace the column's schema; drizzle-zod still makes them nullable or optional
 * as the column is (a refinement given as a schema, not a function, would not be). A field's
 * `.describe()` is its description in the admin API.
 */
function refine<R extends Record<string, z.ZodType>>(refinements: R) {
  return Object.fromEntries(Object.entries(refinements).map(([key, value]) => [key, () => value])) as {
    [K in keyof R]: () => R[K];
  };
}

/** The column's own schema with a description (for a column no refinement replaces). */
const described =
  (description: string) =>
  <S extends z.ZodType>(schema: S): S =>
    schema.describe(description);

const omit = <T extends Record<string, true>>(more: T) => ({ ...BOOKKEEPING, ...more });

export const careUnitInput = entityInput(
  t.careUnits,
  createInsertSchema(
    t.careUnits,
    refine({
      hsaId: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{3,64}$/, "must be an HSA-id (letters, digits and -)"),
      name: text(),
      municipalityCode: z.string().regex(/^\d{4}$/, "must be a four-digit SCB municipality code"),
      municipalityName: text(100),
      kind: text(100),
      closedOn: dateInput,
    }),
  ).omit(BOOKKEEPING),
);

export const offeringInput = entityInput(
  t.offerings,
  createInsertSchema(
    t.offerings,
    refine({
      careUnitId: id,
      serviceCode: z.string(),
      validFrom: dateInput,
      validTo: dateInput,
    }),
  ).omit(BOOKKEEPING),
);

export const decisionInput = entityInput(
  t.decisions,
  createInsertSchema(t.decisions, {
    ...refine({
      dnr: optionalText(100),
      date: periodInput,
      body: optionalText(200),
      title: text(),
      text: optionalText(),
      note: optionalText(),
    }),
    status: described("PROPOSED for a Förslag till beslut whose adoption is not stated; default UNKNOWN."),
  }).omit(BOOKKEEPING),
);

export const basutbudInput = entityInput(
  t.basutbudVersions,
  createInsertSchema(
    t.basutbudVersions,
    refine({
      validFrom: dateInput,
      decisionId: id,
      note: optionalText(),
    }),
  ).omit(BOOKKEEPING),
);

export const goalInput = entityInput(
  t.goals,
  createInsertSchema(
    t.goals,
    refine({
      metricCode: z.string(),
      description: optionalText(),
      target: z.number().finite(),
      period: periodInput
        .nullable()
        .describe("The period the goal is for; null when the documents give none."),
      decisionId: id,
    }),
  ).omit(BOOKKEEPING),
);

export const measurementInput = entityInput(
  t.measurements,
  createInsertSchema(
    t.measurements,
    refine({
      metricCode: z.string(),
      period: periodInput,
      value: z.number().finite(),
      careUnitId: id,
      scope: optionalText(200).describe(
        "The part of the region the value covers (for example närsjukvården); empty for the whole region.",
      ),
      note: optionalText(),
    }),
  ).omit(omit({ periodStart: true, periodEnd: true })),
);

export const auditInput = entityInput(
  t.audits,
  createInsertSchema(t.audits, {
    ...refine({
      title: text(),
      year: z.number().int().min(1900).max(2100),
      auditor: optionalText(200),
      focus: optionalText(2000).describe("What the audit mainly examined, as the audit report says it."),
      conclusion: optionalText(),
      note: optionalText(),
    }),
    titleInferred: described("True when the title is read out of the text: the document does not give it."),
    yearInferred: described(
      "True when the year is read out of the text: the document does not date the audit.",
    ),
  }).omit(BOOKKEEPING),
);

export const recommendationInput = entityInput(
  t.recommendations,
  createInsertSchema(
    t.recommendations,
    refine({
      auditId: id,
      ordinal: z.number().int().positive(),
      text: text(5000),
    }),
  ).omit(BOOKKEEPING),
);

export const actionPlanInput = entityInput(
  t.actionPlans,
  createInsertSchema(t.actionPlans, refine({ title: text(), decisionId: id })).omit(BOOKKEEPING),
);

export const activityInput = entityInput(
  t.activities,
  createInsertSchema(
    t.activities,
    refine({
      actionPlanId: id,
      heading: optionalText(500),
      title: text(2000),
      start: periodInput.describe("When it starts, as a period, where the plan says."),
      due: periodInput.describe("A period: 2017-Q3, 2018, 2018-06-30."),
      statusAsOf: periodInput.describe(
        "The date or period the status is known for; default today (none for UNKNOWN).",
      ),
      completedOn: dateInput,
      note: optionalText(),
    }),
  ).omit(omit({ position: true })),
);

export const findingInput = entityInput(
  t.findings,
  createInsertSchema(
    t.findings,
    refine({ text: text(5000), period: periodInput, note: optionalText() }),
  ).omit(BOOKKEEPING),
);

export const eventInput = entityInput(
  t.events,
  createInsertSchema(
    t.events,
    refine({
      date: text(100).describe("The date as the source writes it: 2017-03-01, augusti 2017, 1/1-2018."),
      period: periodInput.describe(
        "The same date as a period (2017-08, 2018-01-01), where it can be read as one.",
      ),
      text: text(5000),
      note: optionalText(),
    }),
  ).omit(BOOKKEEPING),
);
