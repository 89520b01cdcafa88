import type { Entity } from "@jamlik/domain";
import type { PgTable } from "drizzle-orm/pg-core";
import * as t from "./schema.ts";

/**
 * A table the federated schema reads. Its rows are records (served while PUBLISHED; `entity` names
 * them in the admin API) or links between records (served while they exist). `key` is the record
 * key the publication log writes: `12` for a record, `3:VIDEO` for a link.
 */
export interface ServedTable {
  table: PgTable;
  /** The key's columns as PostgreSQL names them. */
  key: readonly string[];
  kind: "record" | "link";
  entity?: Entity;
}

const record = (table: PgTable, entity: Entity): ServedTable => ({
  table,
  key: ["id"],
  kind: "record",
  entity,
});
const link = (table: PgTable, ...key: string[]): ServedTable => ({ table, key, kind: "link" });

/**
 * Every table the region serves, once: the publication log's triggers (migration 0006, checked
 * against this list by apps/region/test/servedTables.test.ts), the published state at an instant
 * (apps/region/src/publication/publishedAt.ts) and the admin API's entities are read from it.
 */
export const SERVED_TABLES: readonly ServedTable[] = [
  record(t.careUnits, "CARE_UNIT"),
  record(t.offerings, "OFFERING"),
  record(t.decisions, "DECISION"),
  record(t.basutbudVersions, "BASUTBUD"),
  link(t.basutbudServices, "version_id", "service_code"),
  record(t.measurements, "MEASUREMENT"),
  record(t.goals, "GOAL"),
  record(t.audits, "AUDIT"),
  record(t.recommendations, "RECOMMENDATION"),
  link(t.recommendationDecisions, "recommendation_id", "decision_id"),
  link(t.recommendationActivities, "recommendation_id", "activity_id"),
  record(t.actionPlans, "ACTION_PLAN"),
  record(t.activities, "ACTIVITY"),
  record(t.findings, "FINDING"),
  record(t.events, "EVENT"),
];

/** The table of a publishable entity. */
export function entityTable(entity: Entity): PgTable {
  const served = SERVED_TABLES.find((s) => s.entity === entity);
  if (!served) throw new Error(`no served table for ${entity}`);
  return served.table;
}
