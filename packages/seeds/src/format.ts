import {
  ACTIVITY_STATUSES,
  COMPARATORS,
  METRIC_UNITS,
  MISSING_REASONS,
  SERVICE_KINDS,
  SEXES,
} from "@jamlik/schema";
import { z } from "zod";

/**
 * The format of the seed files in ../data. Every fact taken from a source document carries a
 * `source`: the document's file name (in ../documents), its Dnr where it has one and a short quote
 * that appears verbatim (up to whitespace) in the document. Synthetic rows say `"demo": true`.
 */
export const sourceSchema = z.object({
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  dnr: z.string().nullable().default(null),
  quote: z.string().min(3),
});
export type SeedSource = z.infer<typeof sourceSchema>;

/** Year 2020, quarter 2017-Q3, month 2020-05 or day 2021-05-20. */
export const periodSchema = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const serviceSeedSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  name: z.string().min(1),
  kind: z.enum(SERVICE_KINDS),
  description: z.string().nullable().default(null),
  /** Regions whose own service this is (empty for national services). */
  regionCodes: z.array(z.string()).default([]),
  source: sourceSchema.nullable().default(null),
});

export const metricSeedSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  name: z.string().min(1),
  unit: z.enum(METRIC_UNITS),
  higherIsBetter: z.boolean(),
  definition: z.string().min(1),
  source: sourceSchema.nullable().default(null),
});

export const nationalSeedSchema = z.object({
  services: z.array(serviceSeedSchema).min(1),
  metrics: z.array(metricSeedSchema).min(1),
});
export type NationalSeed = z.infer<typeof nationalSeedSchema>;

export const decisionSeedSchema = z.object({
  key,
  dnr: z.string().nullable().default(null),
  /** Date or period of the decision, when the documents state it. */
  date: periodSchema.nullable().default(null),
  body: z.string().nullable().default(null),
  title: z.string().min(1),
  text: z.string().nullable().default(null),
  source: sourceSchema,
});

export const basutbudSeedSchema = z.object({
  validFrom: dateSchema,
  services: z.array(z.string()).min(1),
  decision: key.nullable().default(null),
  demo: z.boolean().default(false),
  source: sourceSchema.nullable().default(null),
  note: z.string().nullable().default(null),
});

export const measurementSeedSchema = z
  .object({
    metric: z.string(),
    period: periodSchema,
    value: z.number().nullable().default(null),
    sex: z.enum(SEXES).nullable().default(null),
    missing: z.enum(MISSING_REASONS).nullable().default(null),
    note: z.string().nullable().default(null),
    source: sourceSchema,
  })
  .refine((m) => (m.value === null) !== (m.missing === null), {
    message: "give either a value or a missing-data code",
  });

export const goalSeedSchema = z.object({
  metric: z.string(),
  description: z.string().min(1),
  /** Null when the documents state no target level: never invent one. */
  target: z.number().nullable().default(null),
  comparator: z.enum(COMPARATORS).nullable().default(null),
  period: periodSchema,
  decision: key.nullable().default(null),
  source: sourceSchema,
});

export const activitySeedSchema = z.object({
  key,
  heading: z.string().nullable().default(null),
  title: z.string().min(1),
  due: periodSchema.nullable().default(null),
  status: z.enum(ACTIVITY_STATUSES).default("PLANNED"),
  completedOn: dateSchema.nullable().default(null),
  source: sourceSchema,
});

export const actionPlanSeedSchema = z.object({
  key,
  title: z.string().min(1),
  decision: key.nullable().default(null),
  source: sourceSchema,
  activities: z.array(activitySeedSchema),
});

export const recommendationSeedSchema = z.object({
  ordinal: z.number().int().positive(),
  text: z.string().min(1),
  decisions: z.array(key).default([]),
  activities: z.array(key).default([]),
  source: sourceSchema,
});

export const auditSeedSchema = z.object({
  key,
  title: z.string().min(1),
  year: z.number().int().nullable().default(null),
  auditor: z.string().nullable().default(null),
  conclusion: z.string().nullable().default(null),
  source: sourceSchema,
  recommendations: z.array(recommendationSeedSchema).default([]),
});

export const municipalitySchema = z.object({
  code: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  /** Relative size used to spread demo care units (approximate population in thousands). */
  weight: z.number().positive(),
});

export const demoSchema = z.object({
  /** Seed of the deterministic generator. */
  seed: z.number().int(),
  careUnits: z.number().int().min(1),
  kind: z.string().min(1),
  privateShare: z.number().min(0).max(1),
  /** Share of (unit, basutbud service) pairs left out to make gaps. */
  gapRate: z.number().min(0).max(1),
  municipalities: z.array(municipalitySchema).min(1),
});

export const regionSeedSchema = z.object({
  region: z.string(),
  decisions: z.array(decisionSeedSchema).default([]),
  basutbud: z.array(basutbudSeedSchema).default([]),
  measurements: z.array(measurementSeedSchema).default([]),
  goals: z.array(goalSeedSchema).default([]),
  audits: z.array(auditSeedSchema).default([]),
  actionPlans: z.array(actionPlanSeedSchema).default([]),
  demo: demoSchema,
});
export type RegionSeed = z.infer<typeof regionSeedSchema>;
