import {
  ACTIVITY_STATUSES,
  COMPARATORS,
  DECISION_STATUSES,
  FINDING_AUTHORS,
  FINDING_TOPICS,
  isDate,
  isPeriod,
  type MetricUnit,
  MISSING_REASONS,
  PROVIDERS,
  parsePeriod,
  SEXES,
} from "@jamlik/domain";
import { z } from "zod";

/**
 * zod schemas of the region admin API's inputs, and of the CSV import rows. Codes of services
 * and metrics are checked against the national catalog the caller passes in.
 */
export interface Catalog {
  serviceCodes: readonly string[];
  metricCodes: readonly string[];
  /** Each metric's unit (null when not stated), which bounds its values. */
  metricUnits: Readonly<Record<string, MetricUnit | null>>;
}

/** PostgreSQL stores no NUL character in text; nothing else a string may hold is refused. */
const withoutNul = (value: string) => !value.includes("\u0000");
const NUL_MESSAGE = "must not contain a NUL character";

const text = (max = 500) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `at most ${max} characters`)
    .refine(withoutNul, NUL_MESSAGE);
const optionalText = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(withoutNul, NUL_MESSAGE)
    .nullish()
    .transform((v) => (v ? v : null));

/** The values a metric's unit allows: a share is 0–100, a count a whole number, nothing infinite. */
export const UNIT_RANGES: Record<MetricUnit | "UNSTATED", { min: number; max: number; integer?: boolean }> = {
  PERCENT: { min: 0, max: 100 },
  COUNT: { min: 0, max: 1e12, integer: true },
  MINUTES: { min: 0, max: 1e6 },
  INDEX: { min: -1e6, max: 1e6 },
  UNSTATED: { min: -1e12, max: 1e12 },
};

/** Why `value` is not a value of `unit`, or undefined when it is. */
export function outOfRange(value: number, unit: MetricUnit | null | undefined): string | undefined {
  const range = UNIT_RANGES[unit ?? "UNSTATED"];
  const what = unit === "PERCENT" ? "a percentage" : unit === "COUNT" ? "a count" : "a value";
  if (!Number.isFinite(value)) return "must be a finite number";
  if (value < range.min || value > range.max) return `must be ${what} from ${range.min} to ${range.max}`;
  if (range.integer && !Number.isInteger(value)) return `must be ${what}: a whole number`;
  return undefined;
}
export const dateInput = z.string().refine(isDate, "must be a date YYYY-MM-DD");
export const periodInput = z
  .string()
  .refine(isPeriod, "must be a period: 2020, 2017-Q3, 2020-05 or 2021-05-20");
const id = z.number().int().positive();
const demo = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);

export const sourceInput = z
  .object({ document: text(200), dnr: optionalText(100), quote: optionalText(2000) })
  .nullish()
  .transform((s) => s ?? null);

export function adminInputs(catalog: Catalog) {
  const serviceCode = z.string().refine((c) => catalog.serviceCodes.includes(c), {
    message: `must be a service code of the national catalog (${catalog.serviceCodes.join(", ")})`,
  });
  const metricCode = z.string().refine((c) => catalog.metricCodes.includes(c), {
    message: `must be a metric code of the national catalog (${catalog.metricCodes.join(", ")})`,
  });
  /** A number within the metric's unit, reported on `field`. */
  const inUnit =
    (field: "value" | "target") =>
    (input: { metricCode: string; value?: number | null; target?: number | null }, ctx: z.RefinementCtx) => {
      const value = input[field];
      if (value === null || value === undefined) return;
      // Only the catalog's own codes have a unit: "__proto__" is not a metric.
      const unit = Object.hasOwn(catalog.metricUnits, input.metricCode)
        ? catalog.metricUnits[input.metricCode]
        : undefined;
      const problem = outOfRange(value, unit);
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: [field] });
    };

  const careUnit = z.object({
    hsaId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{3,64}$/, "must be an HSA-id (letters, digits and -)"),
    name: text(),
    municipalityCode: z.string().regex(/^\d{4}$/, "must be a four-digit SCB municipality code"),
    municipalityName: text(100),
    kind: text(100),
    provider: z.enum(PROVIDERS),
    demo,
    source: sourceInput,
  });

  const offering = z
    .object({
      careUnitId: id,
      serviceCode,
      validFrom: dateInput,
      validTo: dateInput.nullish().transform((v) => v ?? null),
      demo,
      source: sourceInput,
    })
    .refine((o) => o.validTo === null || o.validTo >= o.validFrom, {
      message: "must not be before validFrom",
      path: ["validTo"],
    });

  const decision = z.object({
    dnr: optionalText(100),
    date: periodInput.nullish().transform((v) => v ?? null),
    body: optionalText(200),
    title: text(),
    text: optionalText(),
    status: z
      .enum(DECISION_STATUSES)
      .nullish()
      .transform((v) => v ?? "UNKNOWN"),
    note: optionalText(),
    demo,
    source: sourceInput,
  });

  const basutbud = z.object({
    validFrom: dateInput,
    services: z
      .array(serviceCode)
      .min(1, "must name at least one service")
      .refine((codes) => new Set(codes).size === codes.length, "must not repeat a service"),
    decisionId: id.nullish().transform((v) => v ?? null),
    note: optionalText(),
    demo,
    source: sourceInput,
  });

  const goal = z
    .object({
      metricCode,
      description: optionalText(),
      target: z
        .number()
        .finite()
        .nullish()
        .transform((v) => v ?? null),
      comparator: z
        .enum(COMPARATORS)
        .nullish()
        .transform((v) => v ?? null),
      period: periodInput,
      decisionId: id.nullish().transform((v) => v ?? null),
      demo,
      source: sourceInput,
    })
    .refine((g) => (g.target === null) === (g.comparator === null), {
      message: "give a target and a comparator together, or neither",
      path: ["comparator"],
    })
    .superRefine(inUnit("target"));

  const measurement = z
    .object({
      metricCode,
      period: periodInput,
      value: z
        .number()
        .finite()
        .nullish()
        .transform((v) => v ?? null),
      sex: z
        .enum(SEXES)
        .nullish()
        .transform((v) => v ?? null),
      careUnitId: id.nullish().transform((v) => v ?? null),
      scope: optionalText(200),
      missing: z
        .enum(MISSING_REASONS)
        .nullish()
        .transform((v) => v ?? null),
      note: optionalText(),
      demo,
      source: sourceInput,
    })
    .refine((m) => (m.value === null) !== (m.missing === null), {
      message: "give either a value or a missing-data code",
      path: ["value"],
    })
    .superRefine(inUnit("value"));

  const audit = z.object({
    title: text(),
    year: z
      .number()
      .int()
      .min(1900)
      .max(2100)
      .nullish()
      .transform((v) => v ?? null),
    auditor: optionalText(200),
    conclusion: optionalText(),
    note: optionalText(),
    demo,
    source: sourceInput,
  });

  const recommendation = z.object({
    auditId: id,
    ordinal: z.number().int().positive(),
    text: text(5000),
    demo,
    source: sourceInput,
  });

  const actionPlan = z.object({
    title: text(),
    decisionId: id.nullish().transform((v) => v ?? null),
    demo,
    source: sourceInput,
  });

  const activity = z
    .object({
      actionPlanId: id,
      heading: optionalText(500),
      title: text(2000),
      start: periodInput.nullish().transform((v) => v ?? null),
      due: periodInput.nullish().transform((v) => v ?? null),
      status: z
        .enum(ACTIVITY_STATUSES)
        .nullish()
        .transform((v) => v ?? "PLANNED"),
      /** The date the status is known for (the region's app records a new status as known today). */
      statusAsOf: periodInput.nullish().transform((v) => v ?? null),
      completedOn: dateInput.nullish().transform((v) => v ?? null),
      note: optionalText(),
      demo,
      source: sourceInput,
    })
    .refine((a) => (a.status === "DONE") === (a.completedOn !== null), {
      message: "a DONE activity needs its completion date, and only a DONE one has one",
      path: ["completedOn"],
    })
    .refine(
      (a) =>
        a.start === null ||
        a.due === null ||
        // An invalid period is reported by its own field's check.
        !isPeriod(a.start) ||
        !isPeriod(a.due) ||
        parsePeriod(a.start).start <= parsePeriod(a.due).end,
      {
        message: "must not start after its deadline",
        path: ["start"],
      },
    );

  const finding = z.object({
    topic: z.enum(FINDING_TOPICS),
    statedBy: z.enum(FINDING_AUTHORS),
    text: text(5000),
    period: periodInput.nullish().transform((v) => v ?? null),
    note: optionalText(),
    demo,
    source: sourceInput,
  });

  const event = z.object({
    /** The date as the source writes it ("1/1-2018", "augusti 2017"). */
    date: text(100),
    /** The same date as a period, where it can be read as one. */
    period: periodInput.nullish().transform((v) => v ?? null),
    text: text(5000),
    note: optionalText(),
    demo,
    source: sourceInput,
  });

  return {
    careUnit,
    offering,
    decision,
    basutbud,
    goal,
    measurement,
    audit,
    recommendation,
    actionPlan,
    activity,
    finding,
    event,
  };
}

export type AdminInputs = ReturnType<typeof adminInputs>;

/** Reads a number the Swedish way too: "83,5" and "83.5" are both 83.5; blank is null; junk is NaN. */
export function parseDecimal(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const normalised = value.trim().replace(/\s/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
