import type * as Api from "../../generated/adminResolvers.ts";
import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { type AdminContext, write } from "../context.ts";
import type { Entity } from "../entities.ts";
import { once } from "../idempotency.ts";
import { changedColumns, inputOf } from "../specs.ts";
import { type AdminRecord, changeRecord, insertRecords } from "../store.ts";
import { validate } from "../validate.ts";

/** The record a create of one wrote. */
export function only(records: AdminRecord[]): AdminRecord {
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
export const create =
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

export function change(
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

export const update =
  <E extends keyof EntityInputs>(entity: E) =>
  (_: unknown, args: UpdateArgs<EntityInputs[E]["patch"]>, context: AdminContext) =>
    change(context, entity, args, args.patch);

/** Many measurements in one transaction: all or none. */
export const measurementMutations: Pick<MutationResolvers, "createMeasurements"> = {
  createMeasurements: (_, { inputs, idempotencyKey }, context) => {
    const spec = context.specs.MEASUREMENT;
    return write(context, "editor", (db, actor) => {
      const values = inputs.map((input, i) => spec.values(validate(spec.schema, input, ["inputs", i])));
      return once(db, actor, idempotencyKey, "create:MEASUREMENTS", inputs, () =>
        insertRecords(db, actor, "MEASUREMENT", values),
      );
    });
  },
};
