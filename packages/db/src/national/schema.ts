import { METRIC_UNITS, SERVICE_KINDS } from "@jamlik/domain";
import { boolean, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { sourceColumns, timestamps } from "../columns.ts";

export const serviceKind = pgEnum("service_kind", SERVICE_KINDS);
export const metricUnit = pgEnum("metric_unit", METRIC_UNITS);

export const services = pgTable("services", {
  code: text().primaryKey(),
  /** Catalog order. */
  position: integer().notNull(),
  name: text().notNull(),
  kind: serviceKind().notNull(),
  description: text(),
  /** ISO codes of the regions whose own service this is; empty for national services. */
  regionCodes: text().array().notNull().default([]),
  ...sourceColumns(),
  ...timestamps(),
});

export const metrics = pgTable("metrics", {
  code: text().primaryKey(),
  position: integer().notNull(),
  name: text().notNull(),
  /** Null when the documents do not state the unit. */
  unit: metricUnit(),
  higherIsBetter: boolean().notNull(),
  definition: text().notNull(),
  /** What the definition rests on, or that the documents do not give it. */
  note: text(),
  ...sourceColumns(),
  ...timestamps(),
});

export type ServiceRow = typeof services.$inferSelect;
export type MetricRow = typeof metrics.$inferSelect;
