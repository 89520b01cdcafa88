import {
  ACTIVITY_STATUSES,
  COMPARATORS,
  DECISION_STATUSES,
  FINDING_AUTHORS,
  FINDING_TOPICS,
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
  /** Null when the documents do not state the unit. */
  unit: z.enum(METRIC_UNITS).nullable(),
  higherIsBetter: z.boolean(),
  /** What the documents say the metric is, or "Definitionen anges inte i dokumenten." */
  definition: z.string().min(1),
  source: sourceSchema.nullable().default(null),
  /** What the definition rests on and what the documents leave open. */
  note: z.string().nullable().default(null),
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
  /** PROPOSED for a "Förslag till beslut" whose adoption the documents do not state. */
  status: z.enum(DECISION_STATUSES),
  note: z.string().nullable().default(null),
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
    /** The part of the region the value covers, when not the whole region (for example närsjukvården). */
    scope: z.string().min(1).nullable().default(null),
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

export const activitySeedSchema = z
  .object({
    key,
    heading: z.string().nullable().default(null),
    title: z.string().min(1),
    /** When the activity starts, where the plan says ("Q3 2017 – Q4 2018" starts 2017-Q3). */
    start: periodSchema.nullable().default(null),
    due: periodSchema.nullable().default(null),
    /** What the document says of the status; a plan that says nothing of it is UNKNOWN. */
    status: z.enum(ACTIVITY_STATUSES),
    /** The date or period the status is known for (the document's date). */
    statusAsOf: periodSchema.nullable().default(null),
    completedOn: dateSchema.nullable().default(null),
    /** What is derived or inferred, for example a year read from the text. */
    note: z.string().nullable().default(null),
    source: sourceSchema,
  })
  .refine((a) => a.status === "UNKNOWN" || a.statusAsOf !== null, {
    message: "a known status needs the date it is known for (statusAsOf)",
    path: ["statusAsOf"],
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
  /** What is derived or inferred (a year read from the text), and what the document leaves open. */
  note: z.string().nullable().default(null),
  source: sourceSchema,
  recommendations: z.array(recommendationSeedSchema).default([]),
});

/** A finding quoted from a document: the auditors', or the region's own statement. */
export const findingSeedSchema = z.object({
  topic: z.enum(FINDING_TOPICS),
  statedBy: z.enum(FINDING_AUTHORS),
  text: z.string().min(1),
  period: periodSchema.nullable().default(null),
  note: z.string().nullable().default(null),
  source: sourceSchema,
});

/** A dated event, its date as the document writes it and, where it can be read so, as a period. */
export const eventSeedSchema = z.object({
  date: z.string().min(1),
  period: periodSchema.nullable(),
  text: z.string().min(1),
  note: z.string().nullable().default(null),
  source: sourceSchema,
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
  findings: z.array(findingSeedSchema).default([]),
  events: z.array(eventSeedSchema).default([]),
  demo: demoSchema,
});
export type RegionSeed = z.infer<typeof regionSeedSchema>;
