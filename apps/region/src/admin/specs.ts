import { regionSchema as t } from "@jamlik/db";
import { parsePeriod, todayIso } from "@jamlik/domain";
import type { AdminInputs } from "@jamlik/schema";
import { eq, max } from "drizzle-orm";
import type { z } from "zod";
import type { RegionDb } from "../db.ts";
import type { Entity } from "./entities.ts";

type Source = { document: string; dnr: string | null; quote: string | null } | null;

const sourceColumns = (source: Source) => ({
  sourceDocument: source?.document ?? null,
  sourceDnr: source?.dnr ?? null,
  sourceQuote: source?.quote ?? null,
});

function withoutSource<T extends { source: Source }>(
  input: T,
): Omit<T, "source"> & ReturnType<typeof sourceColumns> {
  const { source, ...rest } = input;
  return { ...rest, ...sourceColumns(source) };
}

export interface EntitySpec {
  schema: z.ZodType<Record<string, unknown>, unknown> & { shape: Record<string, unknown> };
  /** Validated input → column values. */
  values(input: Record<string, unknown>): Record<string, unknown>;
  /** Column values only the database can give a new record (inside the create's transaction). */
  prepare?(db: RegionDb, values: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** How each entity's validated input becomes column values (one place per entity). */
export function entitySpecs(inputs: AdminInputs): Record<Entity, EntitySpec> {
  const spec = <S extends z.ZodType & { shape: Record<string, unknown> }>(
    schema: S,
    values: (input: z.output<S>) => Record<string, unknown> = (input) =>
      withoutSource(input as { source: Source }),
  ): EntitySpec => ({
    schema: schema as unknown as EntitySpec["schema"],
    values: values as EntitySpec["values"],
  });

  return {
    CARE_UNIT: spec(inputs.careUnit),
    OFFERING: spec(inputs.offering),
    DECISION: spec(inputs.decision),
    BASUTBUD: spec(inputs.basutbud),
    GOAL: spec(inputs.goal),
    MEASUREMENT: spec(inputs.measurement, (input) => {
      const { start, end } = parsePeriod(input.period);
      return { ...withoutSource(input), periodStart: start, periodEnd: end };
    }),
    AUDIT: spec(inputs.audit),
    RECOMMENDATION: spec(inputs.recommendation),
    ACTION_PLAN: spec(inputs.actionPlan),
    FINDING: spec(inputs.finding),
    EVENT: spec(inputs.event),
    ACTIVITY: {
      // A status entered without the date it is known for is known today (UNKNOWN is known for none).
      ...spec(inputs.activity, (input) => ({
        ...withoutSource(input),
        statusAsOf: input.statusAsOf ?? (input.status === "UNKNOWN" ? null : todayIso()),
      })),
      // A new activity goes last in its plan.
      prepare: async (db, values) => {
        const [last] = await db
          .select({ position: max(t.activities.position) })
          .from(t.activities)
          .where(eq(t.activities.actionPlanId, values.actionPlanId as number));
        return { ...values, position: (last?.position ?? -1) + 1 };
      },
    },
  };
}

/** A stored record's working copy in the shape of its input, so a patch can be merged and re-validated. */
export function inputOf(spec: EntitySpec, data: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(spec.schema.shape)) {
    if (key === "source") {
      input.source = data.sourceDocument
        ? { document: data.sourceDocument, dnr: data.sourceDnr ?? null, quote: data.sourceQuote ?? null }
        : null;
    } else if (key in data) {
      input[key] = data[key];
    }
  }
  return input;
}

/** The columns of `next` whose values differ from `current`. */
export function changedColumns(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null)) changed[key] = value;
  }
  return changed;
}
