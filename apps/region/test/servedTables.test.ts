import { regionSchema, SERVED_TABLES } from "@jamlik/db";
import { demoColumn, publicationColumns, sourceColumns, timestamps } from "@jamlik/db/columns";
import { RECORD_BOOKKEEPING } from "@jamlik/domain";
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RegionHarness, startRegion } from "./harness.ts";

/**
 * The one list of served tables (packages/db/src/region/served.ts) against what the migrations
 * made of the database, and the one list of bookkeeping columns against the tables' columns.
 */
describe("the served tables and the bookkeeping columns, listed once", () => {
  let region: RegionHarness;
  beforeAll(async () => {
    region = await startRegion("SE-BD", false);
  });
  afterAll(() => region?.close());

  it("is what the publication log's triggers log: every table, its key and kind", async () => {
    const result = await region.server.db.execute(sql`
      SELECT c.relname AS name, encode(t.tgargs, 'escape') AS args
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE t.tgname = 'publication_log_insert' ORDER BY c.relname`);
    const logged = ((result as { rows: unknown[] }).rows as { name: string; args: string }[]).map(
      ({ name, args }) => {
        const [key = "", kind = ""] = args.split("\\000");
        return { name, key: key.split(","), kind };
      },
    );
    const listed = SERVED_TABLES.map(({ table, key, kind }) => ({
      name: getTableName(table),
      key: [...key],
      kind,
    }));
    expect(logged).toEqual(listed.sort((a, b) => a.name.localeCompare(b.name)));
  });

  it("lists every publishable table as a record, once, with its entity", () => {
    const publishable = (Object.values(regionSchema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .filter((table) => "publication" in getTableColumns(table))
      .map((table) => getTableName(table))
      .sort();
    const records = SERVED_TABLES.filter((s) => s.kind === "record");
    expect(records.map((s) => getTableName(s.table)).sort()).toEqual(publishable);
    expect(new Set(records.map((s) => s.entity)).size).toBe(records.length);
  });

  it("has the bookkeeping columns every record table spreads, and no content column among them", () => {
    const spread = Object.keys({ id: true, ...timestamps(), ...publicationColumns() });
    expect([...RECORD_BOOKKEEPING].sort()).toEqual(spread.sort());
    const content = Object.keys({ ...demoColumn(), ...sourceColumns() });
    for (const { table, kind } of SERVED_TABLES) {
      if (kind !== "record") continue;
      const columns = Object.keys(getTableColumns(table));
      for (const column of RECORD_BOOKKEEPING) expect(columns, getTableName(table)).toContain(column);
      for (const column of content) expect(RECORD_BOOKKEEPING as readonly string[]).not.toContain(column);
    }
  });
});
