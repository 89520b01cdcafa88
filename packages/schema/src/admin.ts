import { isPeriod, type MetricUnit, parsePeriod } from "@jamlik/domain";
import { z } from "zod";
import {
  actionPlanInput,
  activityInput,
  auditInput,
  basutbudInput,
  careUnitInput,
  decisionInput,
  eventInput,
  findingInput,
  goalInput,
  measurementInput,
  offeringInput,
  recommendationInput,
} from "./entities.ts";

/**
 * zod schemas of the region admin API's inputs (and so of the CSV import rows): each entity's
 * input from entities.ts, with codes of services and metrics checked against the national catalog
 * the caller passes in, and the rules across fields.
 */
export interface Catalog {
  serviceCodes: readonly string[];
  metricCodes: readonly string[];
  /** Each metric's unit (null when not stated), which bounds its values. */
  metricUnits: Readonly<Record<string, MetricUnit | null>>;
}

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

  const offering = offeringInput
    .extend({ serviceCode })
    .refine((o) => o.validTo === null || o.validTo >= o.validFrom, {
      message: "must not be before validFrom",
      path: ["validTo"],
    });

  // The services follow the date they are offered from, in the form as in the API.
  const { validFrom, ...basutbudRest } = basutbudInput.shape;
  const basutbud = z.strictObject({
    validFrom,
    services: z
      .array(serviceCode)
      .min(1, "must name at least one service")
      .refine((codes) => new Set(codes).size === codes.length, "must not repeat a service"),
    ...basutbudRest,
  });

  const goal = goalInput
    .extend({ metricCode })
    .refine((g) => (g.target === null) === (g.comparator === null), {
      message: "give a target and a comparator together, or neither",
      path: ["comparator"],
    })
    .superRefine(inUnit("target"));

  const measurement = measurementInput
    .extend({ metricCode })
    .refine((m) => (m.value === null) !== (m.missing === null), {
      message: "give either a value or a missing-data code",
      path: ["value"],
    })
    .superRefine(inUnit("value"));

  const activity = activityInput
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

  return {
    careUnit: careUnitInput,
    offering,
    decision: decisionInput,
    basutbud,
    goal,
    measurement,
    audit: auditInput,
    recommendation: recommendationInput,
    actionPlan: actionPlanInput,
    activity,
    finding: findingInput,
    event: eventInput,
  };
}

export type AdminInputs = ReturnType<typeof adminInputs>;
