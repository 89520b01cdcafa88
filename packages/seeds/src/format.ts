import {
  ACTIVITY_STATUSES,
  actionPlanInput,
  activityInput,
  auditInput,
  basutbudInput,
  DECISION_STATUSES,
  decisionInput,
  eventInput,
  findingInput,
  goalInput,
  METRIC_UNITS,
  measurementInput,
  periodInput,
  recommendationInput,
  SERVICE_KINDS,
} from "@jamlik/schema";
import { z } from "zod";

/**
 * The format of the seed files in ../data. The regional entities take their fields from the
 * entity inputs of @jamlik/schema (one description of each entity); a seed names the records it
 * refers to by `key` rather than id. Every fact taken from a source document carries a `source`:
 * the document's file name (in ../documents), its Dnr where it has one and a short quote that
 * appears verbatim (up to whitespace) in the document. Synthetic rows say `"demo": true`.
 */
export const sourceSchema = z.object({
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  dnr: z.string().nullable().default(null),
  quote: z.string().min(3),
});
export type SeedSource = z.infer<typeof sourceSchema>;

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

export const decisionSeedSchema = decisionInput
  .pick({ dnr: true, date: true, body: true, title: true, text: true, note: true })
  .extend({
    key,
    /** PROPOSED for a "Förslag till beslut" whose adoption the documents do not state. */
    status: z.enum(DECISION_STATUSES),
    source: sourceSchema,
  });

export const basutbudSeedSchema = basutbudInput.pick({ validFrom: true, demo: true, note: true }).extend({
  services: z.array(z.string()).min(1),
  decision: key.nullable().default(null),
  source: sourceSchema.nullable().default(null),
});

export const measurementSeedSchema = measurementInput
  .pick({ period: true, value: true, sex: true, scope: true, missing: true, note: true })
  .extend({ metric: z.string(), source: sourceSchema })
  .refine((m) => (m.value === null) !== (m.missing === null), {
    message: "give either a value or a missing-data code",
  });

export const goalSeedSchema = goalInput.pick({ target: true, comparator: true, period: true }).extend({
  metric: z.string(),
  description: z.string().min(1),
  decision: key.nullable().default(null),
  source: sourceSchema,
});

export const activitySeedSchema = activityInput
  .pick({
    heading: true,
    title: true,
    start: true,
    due: true,
    statusAsOf: true,
    completedOn: true,
    note: true,
  })
  .extend({
    key,
    /** What the document says of the status; a plan that says nothing of it is UNKNOWN. */
    status: z.enum(ACTIVITY_STATUSES),
    source: sourceSchema,
  })
  .refine((a) => a.status === "UNKNOWN" || a.statusAsOf !== null, {
    message: "a known status needs the date it is known for (statusAsOf)",
    path: ["statusAsOf"],
  });

export const actionPlanSeedSchema = actionPlanInput.pick({ title: true }).extend({
  key,
  decision: key.nullable().default(null),
  source: sourceSchema,
  activities: z.array(activitySeedSchema),
});

/** A decision answering a recommendation: its key, or the key with what the link rests on. */
const decisionLinkSeedSchema = z
  .union([
    key,
    z.object({ decision: key, note: z.string().min(1).nullable().default(null), source: sourceSchema }),
  ])
  .transform((link) => (typeof link === "string" ? { decision: link, note: null, source: null } : link));

export const recommendationSeedSchema = recommendationInput.pick({ ordinal: true, text: true }).extend({
  decisions: z.array(decisionLinkSeedSchema).default([]),
  activities: z.array(key).default([]),
  source: sourceSchema,
});

export const auditSeedSchema = auditInput
  .pick({
    title: true,
    year: true,
    auditor: true,
    focus: true,
    conclusion: true,
    note: true,
  })
  .extend({
    key,
    /** A title or year read out of the text, not stated: the screen says so. */
    titleInferred: z.boolean().default(false),
    yearInferred: z.boolean().default(false),
    source: sourceSchema,
    recommendations: z.array(recommendationSeedSchema).default([]),
  });

/** A finding quoted from a document: the auditors', or the region's own statement. */
export const findingSeedSchema = findingInput
  .pick({ topic: true, statedBy: true, text: true, period: true, note: true })
  .extend({ source: sourceSchema });

/** A dated event, its date as the document writes it and, where it can be read so, as a period. */
export const eventSeedSchema = eventInput
  .pick({ date: true, text: true, note: true })
  .extend({ period: periodInput.nullable(), source: sourceSchema });

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
