import { regionSchema as t } from "@jamlik/db";
import { ne } from "drizzle-orm";
import type { RegionDb } from "../../db.ts";
import { DESCRIPTORS, type Entity } from "../entities.ts";

/** A stored record as its admin sees it: pending changes applied. */
export interface WorkingCopy {
  id: number;
  version: number;
  data: Record<string, unknown>;
}

/** The stored column of an input field: `source.document` is `sourceDocument`. */
export function storedColumn(field: string): string {
  const [root, nested] = field.split(".") as [string, string | undefined];
  return nested === undefined ? root : `${root}${nested.charAt(0).toUpperCase()}${nested.slice(1)}`;
}

/** Every record of `entity` that is not retracted, as working copies, in id order. */
export async function workingCopies(db: RegionDb, entity: Entity): Promise<WorkingCopy[]> {
  const { table } = DESCRIPTORS[entity];
  const rows = (await db
    .select()
    .from(table)
    .where(ne(table.publication, "RETRACTED"))
    .orderBy(table.id)) as (Record<string, unknown> & {
    id: number;
    version: number;
    pending: Record<string, unknown> | null;
  })[];
  return rows.map((row) => ({ id: row.id, version: row.version, data: { ...row, ...(row.pending ?? {}) } }));
}

/** The ids of the care units that are not retracted, by HSA-id. */
export async function careUnitIdsByHsa(db: RegionDb): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: t.careUnits.id, hsaId: t.careUnits.hsaId })
    .from(t.careUnits)
    .where(ne(t.careUnits.publication, "RETRACTED"));
  return new Map(rows.map((row) => [row.hsaId, row.id]));
}
