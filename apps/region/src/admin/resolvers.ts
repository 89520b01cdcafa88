import { type CsvFormat, FORMATS, formatEnumValue } from "@jamlik/csv";
import { regionSchema as t } from "@jamlik/db";
import { addDays, todayIso } from "@jamlik/domain";
import { BadUserInputError } from "@jamlik/schema";
import { and, desc, eq, gte, isNull, lt, lte, ne, or, type SQL } from "drizzle-orm";
import { GraphQLScalarType } from "graphql";
import type { RegionDb } from "../db.ts";
import type * as Api from "../generated/adminResolvers.ts";
import type { CsvFormat as CsvFormatValue, Resolvers } from "../generated/adminResolvers.ts";
import { publishRecords } from "../publication/publish.ts";
import { type AdminContext, read, write } from "./context.ts";
import { type Row, readCells } from "./csv/cells.ts";
import { exportRecords, exportTable } from "./csv/exporter.ts";
import { type ImportReport, importRows } from "./csv/importer.ts";
import { tableRows } from "./csv/table.ts";
import { ENTITIES, type Entity } from "./entities.ts";
import { recordChanges } from "./history.ts";
import { once } from "./idempotency.ts";
import { changedColumns, inputOf } from "./specs.ts";
import {
  type AdminRecord,
  changeRecord,
  deleteDraft,
  findRecords,
  insertRecords,
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

/** The record a create of one wrote. */
function only(records: AdminRecord[]): AdminRecord {
  const [record] = records;
  if (!record) throw new Error("a create wrote no record");
  return record;
}

/** The generated input and patch types of each entity created and updated by the generic mutations. */
interface EntityInputs {
  CARE_UNIT: { input: Api.CareUnitInput; patch: Api.CareUnitPatch };
  DECISION: { input: Api.DecisionInput; patch: Api.DecisionPatch };
  BASUTBUD: { input: Api.BasutbudInput; patch: Api.BasutbudPatch };
  GOAL: { input: Api.GoalInput; patch: Api.GoalPatch };
  MEASUREMENT: { input: Api.MeasurementInput; patch: Api.MeasurementPatch };
  AUDIT: { input: Api.AuditInput; patch: Api.AuditPatch };
  RECOMMENDATION: { input: Api.RecommendationInput; patch: Api.RecommendationPatch };
  ACTION_PLAN: { input: Api.ActionPlanInput; patch: Api.ActionPlanPatch };
  ACTIVITY: { input: Api.ActivityInput; patch: Api.ActivityPatch };
  FINDING: { input: Api.FindingInput; patch: Api.FindingPatch };
  EVENT: { input: Api.EventInput; patch: Api.EventPatch };
}

interface CreateArgs<Input> {
  input: Input;
  idempotencyKey?: string | null;
}

/** The record a change is for, at the version the caller last read. */
interface RecordVersion {
  id: number;
  expectedVersion: number;
}

interface UpdateArgs<Patch> extends RecordVersion {
  patch: Patch;
}

/** Validation runs inside `write`, after the role is checked: a viewer learns nothing from a refused input. */
const create =
  <E extends keyof EntityInputs>(entity: E) =>
  (_: unknown, { input, idempotencyKey }: CreateArgs<EntityInputs[E]["input"]>, context: AdminContext) => {
    const spec = context.specs[entity];
    return write(context, "editor", (db, actor) => {
      const values = spec.values(validate(spec.schema, input, ["input"]));
      return once(db, actor, idempotencyKey, `create:${entity}`, input, async () => {
        return only(await insertRecords(db, actor, entity, [(await spec.prepare?.(db, values)) ?? values]));
      });
    });
  };

function change(
  context: AdminContext,
  entity: Entity,
  { id, expectedVersion }: RecordVersion,
  patch: object,
) {
  const spec = context.specs[entity];
  return write(context, "editor", (db, actor) =>
    changeRecord(db, actor, entity, id, expectedVersion, (working) => {
      const merged = { ...inputOf(spec, working), ...patch };
      return changedColumns(working, spec.values(validate(spec.schema, merged, ["patch"])));
    }),
  );
}

const update =
  <E extends keyof EntityInputs>(entity: E) =>
  (_: unknown, args: UpdateArgs<EntityInputs[E]["patch"]>, context: AdminContext) =>
    change(context, entity, args, args.patch);

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

type LinkKind = "RECOMMENDATION_DECISION" | "RECOMMENDATION_ACTIVITY";

/**
 * Links (or unlinks) a recommendation and a decision or activity, recorded in the history. A link
 * is served at once (it has no draft state), so it is a publishing act: it needs the publisher role
 * (docs/decisions/0002-links-are-published-by-publishers.md).
 */
function link(
  context: AdminContext,
  kind: LinkKind,
  operation: "LINK" | "UNLINK",
  recommendationId: number,
  otherId: number,
) {
  return write(context, "publisher", async (db, actor) => {
    if (kind === "RECOMMENDATION_DECISION") {
      const table = t.recommendationDecisions;
      if (operation === "LINK")
        await db.insert(table).values({ recommendationId, decisionId: otherId }).onConflictDoNothing();
      else
        await db
          .delete(table)
          .where(and(eq(table.recommendationId, recommendationId), eq(table.decisionId, otherId)));
    } else {
      const table = t.recommendationActivities;
      if (operation === "LINK")
        await db.insert(table).values({ recommendationId, activityId: otherId }).onConflictDoNothing();
      else
        await db
          .delete(table)
          .where(and(eq(table.recommendationId, recommendationId), eq(table.activityId, otherId)));
    }
    const values = {
      recommendationId,
      [kind === "RECOMMENDATION_DECISION" ? "decisionId" : "activityId"]: otherId,
    };
    await recordChanges(db, actor, [
      {
        operation,
        entity: kind,
        entityId: recommendationId,
        before: operation === "UNLINK" ? values : null,
        after: operation === "LINK" ? values : null,
      },
    ]);
    return true;
  });
}

const formatOf = (value: CsvFormatValue): CsvFormat => {
  const format = Object.values(FORMATS).find((f) => formatEnumValue(f) === value);
  if (!format) throw new BadUserInputError(`no CSV format ${value}`, ["format"]);
  return format;
};

/**
 * Imports run in one transaction: all rows or none. Dry runs write nothing, not even the key. The
 * rows are read once the caller may import.
 */
function runImport(
  context: AdminContext,
  format: CsvFormat,
  rows: () => readonly Row[],
  payload: unknown,
  dryRun: boolean,
  idempotencyKey: string | null | undefined,
): Promise<ImportReport> {
  return write(context, "editor", (db, actor) => {
    const cells = readCells(rows());
    const run = async (): Promise<ImportReport> => ({
      ...(await importRows(db, actor, context.specs[format.entity], format, cells.rows, dryRun)),
      warnings: cells.warnings,
    });
    if (dryRun) return run();
    return once(db, actor, idempotencyKey, `import:${format.name}`, payload, async () => {
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
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    super("import rejected");
    this.report = report;
  }
}

interface ImportArgs {
  rows: readonly Row[];
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

/** A typed import mutation of one format: rows as objects by column name. */
const importOf =
  (format: CsvFormat) =>
  (_: unknown, { rows, dryRun, idempotencyKey }: ImportArgs, context: AdminContext) =>
    runImport(context, format, () => rows, rows, dryRun === true, idempotencyKey);

const exportOf = (format: CsvFormat) => async (_: unknown, __: unknown, context: AdminContext) =>
  exportRecords(await exportTable(read(context), format));

export const adminResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    me: (_, __, context) => context.principal,
    records: async (_, { entity, publication }, context) => {
      const db = read(context);
      return toAdminRecords(db, entity, await findRecords(db, entity, { publication }));
    },
    record: async (_, { entity, id }, context) => {
      const db = read(context);
      const rows = await findRecords(db, entity, { ids: [id] });
      return (await toAdminRecords(db, entity, rows))[0] ?? null;
    },
    drafts: async (_, __, context) => {
      const db = read(context);
      const all = await Promise.all(
        ENTITIES.map(async (entity) =>
          toAdminRecords(db, entity, await findRecords(db, entity, { unpublishedOnly: true })),
        ),
      );
      return all.flat();
    },
    history: (_, args, context) => {
      const db = read(context);
      const conditions: SQL[] = [];
      if (args.entity) conditions.push(eq(t.changeHistory.entity, args.entity));
      if (args.id) conditions.push(eq(t.changeHistory.entityId, args.id));
      if (args.beforeId) conditions.push(lt(t.changeHistory.id, args.beforeId));
      const limit = Math.min(Math.max(Number(args.limit ?? 100), 1), 1000);
      return db
        .select()
        .from(t.changeHistory)
        .where(and(...conditions))
        .orderBy(desc(t.changeHistory.id))
        .limit(limit);
    },
    exportCsv: (_, { format }, context) => exportTable(read(context), formatOf(format)),
    exportCareUnits: exportOf(FORMATS["care-units"]),
    exportOfferings: exportOf(FORMATS.offerings),
    exportMeasurements: exportOf(FORMATS.measurements),
  },
  Mutation: {
    createCareUnit: create("CARE_UNIT"),
    updateCareUnit: update("CARE_UNIT"),
    createDecision: create("DECISION"),
    updateDecision: update("DECISION"),
    createBasutbudVersion: create("BASUTBUD"),
    updateBasutbudVersion: update("BASUTBUD"),
    createGoal: create("GOAL"),
    updateGoal: update("GOAL"),
    createMeasurement: create("MEASUREMENT"),
    updateMeasurement: update("MEASUREMENT"),
    createAudit: create("AUDIT"),
    updateAudit: update("AUDIT"),
    createRecommendation: create("RECOMMENDATION"),
    updateRecommendation: update("RECOMMENDATION"),
    createActionPlan: create("ACTION_PLAN"),
    updateActionPlan: update("ACTION_PLAN"),
    createActivity: create("ACTIVITY"),
    updateActivity: update("ACTIVITY"),
    createFinding: create("FINDING"),
    updateFinding: update("FINDING"),
    createEvent: create("EVENT"),
    updateEvent: update("EVENT"),
    createMeasurements: (_, { inputs, idempotencyKey }, context) => {
      const spec = context.specs.MEASUREMENT;
      return write(context, "editor", (db, actor) => {
        const values = inputs.map((input, i) => spec.values(validate(spec.schema, input, ["inputs", i])));
        return once(db, actor, idempotencyKey, "create:MEASUREMENTS", inputs, () =>
          insertRecords(db, actor, "MEASUREMENT", values),
        );
      });
    },
    openOffering: (_, { input, idempotencyKey }, context) => {
      const spec = context.specs.OFFERING;
      return write(context, "editor", (db, actor) => {
        const values = validate(context.inputs.offering, input, ["input"]);
        return once(db, actor, idempotencyKey, "create:OFFERING", input, async () => {
          await assertNoOverlap(db, values.careUnitId, values.serviceCode, values.validFrom, values.validTo);
          return only(await insertRecords(db, actor, "OFFERING", [spec.values(values)]));
        });
      });
    },
    closeCareUnit: (_, { id, expectedVersion, closedOn }, context) =>
      write(context, "editor", async (db, actor) => {
        const spec = context.specs.CARE_UNIT;
        const closed = await changeRecord(db, actor, "CARE_UNIT", id, expectedVersion, (working) => {
          if (working.closedOn) {
            throw new BadUserInputError(
              `the care unit was already closed on ${working.closedOn}`,
              ["id"],
              "closed",
            );
          }
          const merged = { ...inputOf(spec, working), closedOn };
          return changedColumns(working, spec.values(validate(spec.schema, merged, [])));
        });
        const lastDay = addDays(closedOn, -1);
        const offerings = await db
          .select()
          .from(t.offerings)
          .where(and(eq(t.offerings.careUnitId, id), ne(t.offerings.publication, "RETRACTED")))
          .orderBy(t.offerings.id);
        for (const offering of offerings) {
          const working = { ...offering, ...(offering.pending as Partial<typeof offering> | null) };
          if (working.validTo !== null) continue;
          if (working.validFrom > lastDay) {
            throw new BadUserInputError(
              `offering ${offering.id} (${working.serviceCode}) starts on ${working.validFrom}, on or after the closing day: end or delete it first`,
              ["closedOn"],
              "offering_after_closing",
            );
          }
          await changeRecord(db, actor, "OFFERING", offering.id, offering.version, () => ({
            validTo: lastDay,
          }));
        }
        return closed;
      }),
    closeOffering: (_, { id, expectedVersion, validTo }, context) =>
      write(context, "editor", (db, actor) =>
        changeRecord(db, actor, "OFFERING", id, expectedVersion, (working) => {
          if (working.validTo !== null) {
            throw new BadUserInputError(
              `the offering was already closed on ${working.validTo}`,
              ["id"],
              "closed",
            );
          }
          const spec = context.specs.OFFERING;
          const parsed = validate(context.inputs.offering, { ...inputOf(spec, working), validTo }, []);
          return { validTo: parsed.validTo };
        }),
      ),
    setActivityStatus: (_, args, context) =>
      change(context, "ACTIVITY", args, {
        status: args.status,
        completedOn: args.completedOn ?? null,
        // A status set now is known now, unless the caller says for when it is known.
        statusAsOf: args.statusAsOf ?? (args.status === "UNKNOWN" ? null : todayIso()),
      }),
    linkRecommendationDecision: (_, args, context) =>
      link(context, "RECOMMENDATION_DECISION", "LINK", args.recommendationId, args.decisionId),
    unlinkRecommendationDecision: (_, args, context) =>
      link(context, "RECOMMENDATION_DECISION", "UNLINK", args.recommendationId, args.decisionId),
    linkRecommendationActivity: (_, args, context) =>
      link(context, "RECOMMENDATION_ACTIVITY", "LINK", args.recommendationId, args.activityId),
    unlinkRecommendationActivity: (_, args, context) =>
      link(context, "RECOMMENDATION_ACTIVITY", "UNLINK", args.recommendationId, args.activityId),
    deleteDraft: (_, { entity, id, expectedVersion }, context) =>
      write(context, "editor", async (db, actor) => {
        await deleteDraft(db, actor, entity, id, expectedVersion);
        return true;
      }),
    publish: (_, { records }, context) =>
      write(context, "publisher", (db, actor) => publishRecords(db, actor, records ?? undefined)),
    retract: (_, { entity, id, expectedVersion, withChildren }, context) =>
      write(context, "publisher", (db, actor) =>
        retractRecord(db, actor, entity, id, expectedVersion, withChildren === true),
      ),
    importCsv: (_, { format, columns, rows, dryRun, idempotencyKey }, context) => {
      const csvFormat = formatOf(format);
      const read = () => tableRows(csvFormat, columns, rows);
      return runImport(context, csvFormat, read, { columns, rows }, dryRun === true, idempotencyKey);
    },
    importCareUnits: importOf(FORMATS["care-units"]),
    importOfferings: importOf(FORMATS.offerings),
    importMeasurements: importOf(FORMATS.measurements),
  },
};
