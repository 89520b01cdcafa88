import { entityTable } from "@jamlik/db";
import { ENTITIES, type Entity } from "@jamlik/domain";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/** The admin API's `Entity` enum (admin.graphql). */
export { ENTITIES, type Entity };

/** The columns every publishable record has. */
export type RecordTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  publication: PgColumn;
  pending: PgColumn;
  publishedAt: PgColumn;
  updatedAt: PgColumn;
};

export interface EntityDescriptor {
  entity: Entity;
  table: RecordTable;
  /** References that must be published before (or with) this record. */
  parents: { entity: Entity; column: string }[];
}

/** The entity's table (from the one list of served tables) and the references publishing must respect. */
const describe = (entity: Entity, parents: EntityDescriptor["parents"] = []): EntityDescriptor => ({
  entity,
  table: entityTable(entity) as RecordTable,
  parents,
});

/** Every publishable entity of the regional model, with the references publishing must respect. */
export const DESCRIPTORS: Record<Entity, EntityDescriptor> = {
  CARE_UNIT: describe("CARE_UNIT"),
  OFFERING: describe("OFFERING", [{ entity: "CARE_UNIT", column: "careUnitId" }]),
  DECISION: describe("DECISION"),
  BASUTBUD: describe("BASUTBUD", [{ entity: "DECISION", column: "decisionId" }]),
  GOAL: describe("GOAL", [{ entity: "DECISION", column: "decisionId" }]),
  MEASUREMENT: describe("MEASUREMENT", [{ entity: "CARE_UNIT", column: "careUnitId" }]),
  AUDIT: describe("AUDIT"),
  RECOMMENDATION: describe("RECOMMENDATION", [{ entity: "AUDIT", column: "auditId" }]),
  ACTION_PLAN: describe("ACTION_PLAN", [{ entity: "DECISION", column: "decisionId" }]),
  ACTIVITY: describe("ACTIVITY", [{ entity: "ACTION_PLAN", column: "actionPlanId" }]),
  FINDING: describe("FINDING"),
  EVENT: describe("EVENT"),
};
