import { PUBLICATIONS } from "@jamlik/domain";
import { boolean, integer, jsonb, pgEnum, text, timestamp } from "drizzle-orm/pg-core";

/** Where a fact comes from; every fact table spreads these. */
export const sourceColumns = () => ({
  sourceDocument: text(),
  sourceDnr: text(),
  sourceQuote: text(),
});

/** Synthetic demo rows are marked so that no one mistakes them for facts. */
export const demoColumn = () => ({ demo: boolean().notNull().default(false) });

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true, mode: "string" }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

export const recordStatus = pgEnum("record_status", PUBLICATIONS);

/**
 * Draft and publish: a new record is a DRAFT until published; a change to a PUBLISHED record
 * waits in `pending` (the changed columns) until published, so the federated schema keeps
 * serving the published values; RETRACTED records stay for the history. `version` grows with
 * every write and guards updates against lost writes.
 */
export const publicationColumns = () => ({
  publication: recordStatus().notNull().default("DRAFT"),
  version: integer().notNull().default(1),
  pending: jsonb().$type<Record<string, unknown>>(),
  publishedAt: timestamp({ withTimezone: true, mode: "string" }),
});
