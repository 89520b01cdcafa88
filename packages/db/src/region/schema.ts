import {
  ACTIVITY_STATUSES,
  COMPARATORS,
  DECISION_STATUSES,
  FINDING_AUTHORS,
  FINDING_TOPICS,
  MISSING_REASONS,
  PROVIDERS,
  SEXES,
} from "@jamlik/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { demoColumn, publicationColumns, sourceColumns, timestamps } from "../columns.ts";

export { recordStatus } from "../columns.ts";

export const provider = pgEnum("provider", PROVIDERS);
export const sex = pgEnum("sex", SEXES);
export const missingReason = pgEnum("missing_reason", MISSING_REASONS);
export const comparator = pgEnum("comparator", COMPARATORS);
export const activityStatus = pgEnum("activity_status", ACTIVITY_STATUSES);
export const decisionStatus = pgEnum("decision_status", DECISION_STATUSES);
export const findingTopic = pgEnum("finding_topic", FINDING_TOPICS);
export const findingAuthor = pgEnum("finding_author", FINDING_AUTHORS);

const dateString = () => date({ mode: "string" });

export const careUnits = pgTable(
  "care_units",
  {
    id: serial().primaryKey(),
    hsaId: text().notNull(),
    name: text().notNull(),
    municipalityCode: text().notNull(),
    municipalityName: text().notNull(),
    kind: text().notNull(),
    provider: provider().notNull(),
    /** First day the unit no longer exists; its offerings end the day before. Null while open. */
    closedOn: dateString(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [
    uniqueIndex("care_units_hsa_id_live").on(t.hsaId).where(sql`publication <> 'RETRACTED'`),
    index().on(t.municipalityCode),
  ],
);

/** Validity history: an offering is closed by setting `validTo`, never overwritten. */
export const offerings = pgTable(
  "offerings",
  {
    id: serial().primaryKey(),
    careUnitId: integer()
      .notNull()
      .references(() => careUnits.id),
    serviceCode: text().notNull(),
    validFrom: dateString().notNull(),
    validTo: dateString(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [index().on(t.careUnitId, t.serviceCode)],
);

export const decisions = pgTable("decisions", {
  id: serial().primaryKey(),
  dnr: text(),
  /** A period string: 2016, 2016-11 or 2015-10-28. */
  date: text(),
  body: text(),
  title: text().notNull(),
  text: text(),
  /** A proposal ("Förslag till beslut") is not a decision until its adoption is stated. */
  status: decisionStatus().notNull().default("UNKNOWN"),
  /** What is derived or inferred about the decision, and what its source leaves open. */
  note: text(),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

export const basutbudVersions = pgTable(
  "basutbud_versions",
  {
    id: serial().primaryKey(),
    validFrom: dateString().notNull(),
    decisionId: integer().references(() => decisions.id),
    note: text(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [
    uniqueIndex("basutbud_versions_valid_from_live").on(t.validFrom).where(sql`publication <> 'RETRACTED'`),
  ],
);

export const basutbudServices = pgTable(
  "basutbud_services",
  {
    versionId: integer()
      .notNull()
      .references(() => basutbudVersions.id),
    serviceCode: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.serviceCode] })],
);

export const measurements = pgTable(
  "measurements",
  {
    id: serial().primaryKey(),
    metricCode: text().notNull(),
    period: text().notNull(),
    /** Sortable bounds of `period`, derived on write. */
    periodStart: dateString().notNull(),
    periodEnd: dateString().notNull(),
    value: doublePrecision(),
    sex: sex(),
    careUnitId: integer().references(() => careUnits.id),
    /** The part of the region the value covers (for example närsjukvården); null for the whole region. */
    scope: text(),
    missing: missingReason(),
    note: text(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [
    uniqueIndex("measurements_natural_key_live")
      .on(
        t.metricCode,
        t.period,
        sql`coalesce(${t.sex}, 'T')`,
        sql`coalesce(${t.careUnitId}, 0)`,
        sql`coalesce(${t.scope}, '')`,
      )
      .where(sql`publication <> 'RETRACTED'`),
    index().on(t.metricCode, t.periodEnd),
    index().on(t.careUnitId),
  ],
);

export const goals = pgTable("goals", {
  id: serial().primaryKey(),
  metricCode: text().notNull(),
  description: text(),
  target: doublePrecision(),
  comparator: comparator(),
  /** The period the goal is for; null when the documents give none. */
  period: text(),
  decisionId: integer().references(() => decisions.id),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

export const audits = pgTable("audits", {
  id: serial().primaryKey(),
  title: text().notNull(),
  year: integer(),
  auditor: text(),
  focus: text(),
  /** The title is read out of the text: the document does not give the audit's title. */
  titleInferred: boolean().notNull().default(false),
  /** The year is read out of the text: the document does not date the audit. */
  yearInferred: boolean().notNull().default(false),
  conclusion: text(),
  note: text(),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

export const recommendations = pgTable(
  "recommendations",
  {
    id: serial().primaryKey(),
    auditId: integer()
      .notNull()
      .references(() => audits.id),
    ordinal: integer().notNull(),
    text: text().notNull(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [uniqueIndex().on(t.auditId, t.ordinal)],
);

export const actionPlans = pgTable("action_plans", {
  id: serial().primaryKey(),
  title: text().notNull(),
  decisionId: integer().references((): AnyPgColumn => decisions.id),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

export const activities = pgTable(
  "activities",
  {
    id: serial().primaryKey(),
    actionPlanId: integer()
      .notNull()
      .references(() => actionPlans.id),
    position: integer().notNull(),
    heading: text(),
    title: text().notNull(),
    /** When the activity starts, as a period, where the plan says. */
    start: text(),
    /** A period string; a deadline given as a quarter stays a quarter. */
    due: text(),
    status: activityStatus().notNull().default("PLANNED"),
    /** The date or period the status is known for, from its source. */
    statusAsOf: text(),
    completedOn: dateString(),
    note: text(),
    ...demoColumn(),
    ...sourceColumns(),
    ...timestamps(),
    ...publicationColumns(),
  },
  (t) => [index().on(t.actionPlanId)],
);

/** What the auditors (or the region itself) found, quoted from the documents. */
export const findings = pgTable("findings", {
  id: serial().primaryKey(),
  topic: findingTopic().notNull(),
  statedBy: findingAuthor().notNull(),
  text: text().notNull(),
  /** The period the finding is made for, where known. */
  period: text(),
  note: text(),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

/** Something that happened on a date, with the date as the document writes it. */
export const events = pgTable("events", {
  id: serial().primaryKey(),
  /** As written: 2017-03-01, 2016, augusti 2017, 1/1-2018. */
  date: text().notNull(),
  /** The same as a period (2017-08, 2018-01-01), or null when it cannot be read as one. */
  period: text(),
  text: text().notNull(),
  note: text(),
  ...demoColumn(),
  ...sourceColumns(),
  ...timestamps(),
  ...publicationColumns(),
});

export const recommendationDecisions = pgTable(
  "recommendation_decisions",
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id),
    /** Why the decision answers the recommendation, where a document says so, and what it leaves open. */
    note: text(),
    ...sourceColumns(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.decisionId] })],
);

export const recommendationActivities = pgTable(
  "recommendation_activities",
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id),
    activityId: integer()
      .notNull()
      .references(() => activities.id),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.activityId] })],
);

export type CareUnitRow = typeof careUnits.$inferSelect;
export type OfferingRow = typeof offerings.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
export type BasutbudVersionRow = typeof basutbudVersions.$inferSelect;
export type MeasurementRow = typeof measurements.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type AuditRow = typeof audits.$inferSelect;
export type RecommendationRow = typeof recommendations.$inferSelect;
export type ActionPlanRow = typeof actionPlans.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
export type EventRow = typeof events.$inferSelect;

/**
 * Append-only: every state of what the federated schema serves, from the moment it was served
 * (publication time, not the fact's own period). Written by triggers on the served tables, so no
 * path into the database can change what was served without a trace; `row` is the table's row as
 * served, null from the moment it was no longer served (retracted, deleted, unlinked). The
 * published state at an instant is, per record, its newest entry at or before that instant.
 */
export const publicationLog = pgTable(
  "publication_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** The table the row belongs to. */
    entity: text().notNull(),
    /** The row's primary key within its table (`12`, or `3:VIDEO` for a link). */
    recordKey: text().notNull(),
    row: jsonb(),
  },
  // Newest entry first per record: the state at an instant is one ordered index scan, no sort.
  (t) => [index().on(t.entity, t.recordKey, t.id.desc()), index().on(t.at)],
);

/** Append-only: who changed what, when, with the record before and after (enforced by a trigger). */
export const changeHistory = pgTable(
  "change_history",
  {
    id: serial().primaryKey(),
    at: timestamp({ withTimezone: true, mode: "string" }).notNull().defaultNow(),
    actor: text().notNull(),
    role: text().notNull(),
    operation: text().notNull(),
    entity: text().notNull(),
    entityId: integer(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
  },
  (t) => [
    index().on(t.entity, t.entityId),
    index().on(t.at),
    // The newest change to what is published (the region's publication version) is one index probe away.
    index("change_history_publications")
      .on(t.id)
      .where(sql`operation in ('PUBLISH', 'RETRACT', 'LINK', 'UNLINK')`),
  ],
);

/**
 * Remembers the first result of a create with an idempotency key. Keys are each user's own: another
 * user's key (even the same string) is another request.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    key: text().notNull(),
    operation: text().notNull(),
    requestHash: text().notNull(),
    response: jsonb().notNull(),
    actor: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.key] })],
);

export type ChangeRow = typeof changeHistory.$inferSelect;
