import { regionSchema as t } from "@jamlik/db";
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

const describe = (
  entity: Entity,
  table: unknown,
  parents: EntityDescriptor["parents"] = [],
): EntityDescriptor => ({
  entity,
  table: table as RecordTable,
  parents,
});

/** Every publishable entity of the regional model, with the references publishing must respect. */
export const DESCRIPTORS: Record<Entity, EntityDescriptor> = {
  CARE_UNIT: describe("CARE_UNIT", t.careUnits),
  OFFERING: describe("OFFERING", t.offerings, [{ entity: "CARE_UNIT", column: "careUnitId" }]),
  DECISION: describe("DECISION", t.decisions),
  BASUTBUD: describe("BASUTBUD", t.basutbudVersions, [{ entity: "DECISION", column: "decisionId" }]),
  GOAL: describe("GOAL", t.goals, [{ entity: "DECISION", column: "decisionId" }]),
  MEASUREMENT: describe("MEASUREMENT", t.measurements, [{ entity: "CARE_UNIT", column: "careUnitId" }]),
  AUDIT: describe("AUDIT", t.audits),
  RECOMMENDATION: describe("RECOMMENDATION", t.recommendations, [{ entity: "AUDIT", column: "auditId" }]),
  ACTION_PLAN: describe("ACTION_PLAN", t.actionPlans, [{ entity: "DECISION", column: "decisionId" }]),
  ACTIVITY: describe("ACTIVITY", t.activities, [{ entity: "ACTION_PLAN", column: "actionPlanId" }]),
  FINDING: describe("FINDING", t.findings),
  EVENT: describe("EVENT", t.events),
};
