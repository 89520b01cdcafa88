import { boolean, text, timestamp } from "drizzle-orm/pg-core";

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
