import { regionSchema as t } from "@jamlik/db";
import { todayIso } from "@jamlik/domain";
import { BadUserInputError } from "@jamlik/schema";
import { and, desc, eq, gte, isNull, lt, lte, ne, or, type SQL } from "drizzle-orm";
import { GraphQLScalarType } from "graphql";
import type { RegionDb } from "../db.ts";
import { type AdminContext, read, write } from "./context.ts";
import { ENTITIES, type Entity } from "./entities.ts";
import { recordChanges } from "./history.ts";
import { once } from "./idempotency.ts";
import * as imports from "./imports.ts";
import { changedColumns, inputOf } from "./specs.ts";
import {
  changeRecord,
  deleteDraft,
  findRecords,
  insertRecords,
  publishRecords,
  retractRecord,
  toAdminRecords,
} from "./store.ts";
import { validate } from "./validate.ts";

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value",
  serialize: (value) => value,
  parseValue: (value) => value,
});

type Args = Record<string, unknown>;

/** Validation runs inside `write`, after the role is checked: a viewer learns nothing from a refused input. */
async function create(context: AdminContext, entity: Entity, input: unknown, key: unknown) {
  const spec = context.specs[entity];
  return write(context, "editor", (db, actor) => {
    const values = spec.values(validate(spec.schema, input, ["input"]));
    return once(db, actor, key as string | undefined, `create:${entity}`, input, async () => {
      const [record] = await insertRecords(db, actor, entity, [(await spec.prepare?.(db, values)) ?? values]);
      return record;
    });
  });
}

async function update(context: AdminContext, entity: Entity, args: Args, patch: Args) {
  const spec = context.specs[entity];
  return write(context, "editor", (db, actor) =>
    changeRecord(db, actor, entity, args.id as number, args.expectedVersion as number, (working) => {
      const merged = { ...inputOf(spec, working), ...patch };
      return changedColumns(working, spec.values(validate(spec.schema, merged, ["patch"])));
    }),
  );
}

const creates: Record<string, Entity> = {
  createCareUnit: "CARE_UNIT",
  createDecision: "DECISION",
  createBasutbudVersion: "BASUTBUD",
  createGoal: "GOAL",
  createMeasurement: "MEASUREMENT",
  createAudit: "AUDIT",
  createRecommendation: "RECOMMENDATION",
  createActionPlan: "ACTION_PLAN",
  createActivity: "ACTIVITY",
  createFinding: "FINDING",
  createEvent: "EVENT",
};

const updates: Record<string, Entity> = {
  updateCareUnit: "CARE_UNIT",
  updateDecision: "DECISION",
  updateBasutbudVersion: "BASUTBUD",
  updateGoal: "GOAL",
  updateMeasurement: "MEASUREMENT",
  updateAudit: "AUDIT",
  updateRecommendation: "RECOMMENDATION",
  updateActionPlan: "ACTION_PLAN",
  updateActivity: "ACTIVITY",
  updateFinding: "FINDING",
  updateEvent: "EVENT",
};

/** An open offering may not overlap another period of the same service at the same unit. */
async function assertNoOverlap(
  db: RegionDb,
  careUnitId: number,
  serviceCode: string,
  from: string,
  to: string | null,
) {
  const conditions: SQL[] = [
    eq(t.offerings.careUnitId, careUnitId),
    eq(t.offerings.serviceCode, serviceCode),
    ne(t.offerings.publication, "RETRACTED"),
    or(isNull(t.offerings.validTo), gte(t.offerings.validTo, from)) as SQL,
  ];
  if (to) conditions.push(lte(t.offerings.validFrom, to));
  const [overlap] = await db
    .select()
    .from(t.offerings)
    .where(and(...conditions))
    .limit(1);
  if (overlap) {
    throw new BadUserInputError(
      `overlaps offering ${overlap.id} (${overlap.validFrom}–${overlap.validTo ?? "open"}); close it first`,
      ["input", "validFrom"],
      "overlap",
    );
  }
}

async function link(
  context: AdminContext,
  table: typeof t.recommendationDecisions | typeof t.recommendationActivities,
  values: Record<string, number>,
  operation: "LINK" | "UNLINK",
) {
  return write(context, "editor", async (db, actor) => {
    const conditions = Object.entries(values).map(([key, value]) =>
      eq(table[key as keyof typeof table] as never, value),
    );
    if (operation === "LINK")
      await db
        .insert(table)
        .values(values as never)
        .onConflictDoNothing();
    else await db.delete(table).where(and(...conditions));
    await recordChanges(db, actor, [
      {
        operation,
        entity: table === t.recommendationDecisions ? "RECOMMENDATION_DECISION" : "RECOMMENDATION_ACTIVITY",
        entityId: values.recommendationId ?? null,
        before: operation === "UNLINK" ? values : null,
        after: operation === "LINK" ? values : null,
      },
    ]);
    return true;
  });
}

/** The link mutations: which link table, the other end's argument, link or unlink. */
const links = {
  linkRecommendationDecision: [t.recommendationDecisions, "decisionId", "LINK"],
  unlinkRecommendationDecision: [t.recommendationDecisions, "decisionId", "UNLINK"],
  linkRecommendationActivity: [t.recommendationActivities, "activityId", "LINK"],
  unlinkRecommendationActivity: [t.recommendationActivities, "activityId", "UNLINK"],
} as const;

export const adminResolvers = {
  JSON: JSONScalar,
  Query: {
    me: (_: unknown, __: Args, context: AdminContext) => context.principal,
    records: async (_: unknown, args: Args, context: AdminContext) => {
      const db = read(context);
      const entity = args.entity as Entity;
      return toAdminRecords(
        db,
        entity,
        await findRecords(db, entity, { publication: args.publication as never }),
      );
    },
    record: async (_: unknown, args: Args, context: AdminContext) => {
      const db = read(context);
      const entity = args.entity as Entity;
      const rows = await findRecords(db, entity, { ids: [args.id as number] });
      return (await toAdminRecords(db, entity, rows))[0] ?? null;
    },
    drafts: async (_: unknown, __: Args, context: AdminContext) => {
      const db = read(context);
      const all = await Promise.all(
        ENTITIES.map(async (entity) =>
          toAdminRecords(db, entity, await findRecords(db, entity, { unpublishedOnly: true })),
        ),
      );
      return all.flat();
    },
    history: (_: unknown, args: Args, context: AdminContext) => {
      const db = read(context);
      const conditions: SQL[] = [];
      if (args.entity) conditions.push(eq(t.changeHistory.entity, args.entity as string));
      if (args.id) conditions.push(eq(t.changeHistory.entityId, args.id as number));
      if (args.beforeId) conditions.push(lt(t.changeHistory.id, args.beforeId as number));
      const limit = Math.min(Math.max(Number(args.limit ?? 100), 1), 1000);
      return db
        .select()
        .from(t.changeHistory)
        .where(and(...conditions))
        .orderBy(desc(t.changeHistory.id))
        .limit(limit);
    },
    exportCareUnits: (_: unknown, __: Args, context: AdminContext) => imports.exportCareUnits(read(context)),
    exportOfferings: (_: unknown, __: Args, context: AdminContext) => imports.exportOfferings(read(context)),
    exportMeasurements: (_: unknown, __: Args, context: AdminContext) =>
      imports.exportMeasurements(read(context)),
  },
  Mutation: {
    ...Object.fromEntries(
      Object.entries(creates).map(([name, entity]) => [
        name,
        (_: unknown, args: Args, context: AdminContext) =>
          create(context, entity, args.input, args.idempotencyKey),
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(updates).map(([name, entity]) => [
        name,
        (_: unknown, args: Args, context: AdminContext) => update(context, entity, args, args.patch as Args),
      ]),
    ),
    createMeasurements: (_: unknown, args: Args, context: AdminContext) => {
      const spec = context.specs.MEASUREMENT;
      const inputs = args.inputs as unknown[];
      return write(context, "editor", (db, actor) => {
        const values = inputs.map((input, i) => spec.values(validate(spec.schema, input, ["inputs", i])));
        return once(db, actor, args.idempotencyKey as string | undefined, "create:MEASUREMENTS", inputs, () =>
          insertRecords(db, actor, "MEASUREMENT", values),
        );
      });
    },
    openOffering: (_: unknown, args: Args, context: AdminContext) => {
      const spec = context.specs.OFFERING;
      return write(context, "editor", (db, actor) => {
        const values = spec.values(validate(spec.schema, args.input, ["input"]));
        return once(
          db,
          actor,
          args.idempotencyKey as string | undefined,
          "create:OFFERING",
          args.input,
          async () => {
            await assertNoOverlap(
              db,
              values.careUnitId as number,
              values.serviceCode as string,
              values.validFrom as string,
              values.validTo as string | null,
            );
            const [record] = await insertRecords(db, actor, "OFFERING", [values]);
            return record;
          },
        );
      });
    },
    closeOffering: (_: unknown, args: Args, context: AdminContext) =>
      write(context, "editor", (db, actor) =>
        changeRecord(db, actor, "OFFERING", args.id as number, args.expectedVersion as number, (working) => {
          if (working.validTo !== null) {
            throw new BadUserInputError(
              `the offering was already closed on ${working.validTo}`,
              ["id"],
              "closed",
            );
          }
          const spec = context.specs.OFFERING;
          const parsed = validate(spec.schema, { ...inputOf(spec, working), validTo: args.validTo }, []);
          return { validTo: parsed.validTo };
        }),
      ),
    setActivityStatus: (_: unknown, args: Args, context: AdminContext) =>
      update(context, "ACTIVITY", args, {
        status: args.status,
        completedOn: args.completedOn ?? null,
        // A status set now is known now, unless the caller says for when it is known.
        statusAsOf: args.statusAsOf ?? (args.status === "UNKNOWN" ? null : todayIso()),
      }),
    ...Object.fromEntries(
      Object.entries(links).map(([name, [table, other, operation]]) => [
        name,
        (_: unknown, args: Args, context: AdminContext) =>
          link(
            context,
            table,
            { recommendationId: args.recommendationId as number, [other]: args[other] as number },
            operation,
          ),
      ]),
    ),
    deleteDraft: (_: unknown, args: Args, context: AdminContext) =>
      write(context, "editor", async (db, actor) => {
        await deleteDraft(
          db,
          actor,
          args.entity as Entity,
          args.id as number,
          args.expectedVersion as number,
        );
        return true;
      }),
    publish: (_: unknown, args: Args, context: AdminContext) =>
      write(context, "publisher", async (db, actor) => ({
        published: await publishRecords(
          db,
          actor,
          (args.records as { entity: Entity; id: number }[] | null) ?? undefined,
        ),
      })),
    retract: (_: unknown, args: Args, context: AdminContext) =>
      write(context, "publisher", (db, actor) =>
        retractRecord(
          db,
          actor,
          args.entity as Entity,
          args.id as number,
          args.expectedVersion as number,
          args.withChildren === true,
        ),
      ),
    importCareUnits: (_: unknown, args: Args, context: AdminContext) =>
      runImport(context, args, "care-units", imports.importCareUnits),
    importOfferings: (_: unknown, args: Args, context: AdminContext) =>
      runImport(context, args, "offerings", imports.importOfferings),
    importMeasurements: (_: unknown, args: Args, context: AdminContext) =>
      runImport(context, args, "measurements", imports.importMeasurements),
  },
};

type Importer = typeof imports.importMeasurements;

/** Imports run in one transaction: all rows or none. Dry runs write nothing, not even the key. */
function runImport(context: AdminContext, args: Args, kind: string, importer: Importer) {
  const rows = args.rows as Record<string, string | null>[];
  const dryRun = args.dryRun === true;
  return write(context, "editor", (db, actor) => {
    const cells = imports.readCells(rows);
    const run = async () => ({
      ...(await importer(db, actor, context.inputs, cells.rows, dryRun)),
      warnings: cells.warnings,
    });
    if (dryRun) return run();
    return once(db, actor, args.idempotencyKey as string | undefined, `import:${kind}`, rows, async () => {
      const report = await run();
      if (report.errors.length > 0) throw new ImportRejected(report);
      return report;
    });
  }).catch((error: unknown) => {
    if (error instanceof ImportRejected) return error.report;
    throw error;
  });
}

/** Rolls the import's transaction back (idempotency key included) while still answering the report. */
class ImportRejected extends Error {
  constructor(readonly report: imports.ImportReport) {
    super("import rejected");
  }
}
