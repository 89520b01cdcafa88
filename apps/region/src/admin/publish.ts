import { BadUserInputError, NotFoundError } from "@jamlik/schema";
import { and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { RegionDb } from "../db.ts";
import { DESCRIPTORS, ENTITIES, type Entity } from "./entities.ts";
import { type Actor, type ChangeEntry, recordChanges } from "./history.ts";
import {
  type AdminRecord,
  type StoredRecord,
  splitServices,
  toAdminRecord,
  toAdminRecords,
  writeServices,
} from "./store.ts";

/** Every entity after the entities it refers to (its parents), from the descriptors' references. */
export function publishOrder(): Entity[] {
  const depth = (entity: Entity): number =>
    Math.max(-1, ...DESCRIPTORS[entity].parents.map((parent) => depth(parent.entity))) + 1;
  return [...ENTITIES].sort((a, b) => depth(a) - depth(b));
}

const PUBLISH_ORDER = publishOrder();

/**
 * Publishes drafts and pending changes: the given records, or every unpublished one. A record
 * whose parent (its care unit, decision, audit or plan) is neither published nor published with
 * it is refused, so the gateway never serves a record it cannot reach.
 */
export async function publishRecords(
  db: RegionDb,
  actor: Actor,
  refs?: { entity: Entity; id: number }[],
): Promise<AdminRecord[]> {
  const chosen = new Map<Entity, StoredRecord[]>();
  for (const entity of PUBLISH_ORDER) {
    const ids = refs?.filter((ref) => ref.entity === entity).map((ref) => ref.id);
    if (ids && ids.length === 0) continue;
    const rows = (await db
      .select()
      .from(DESCRIPTORS[entity].table)
      .where(
        ids
          ? inArray(DESCRIPTORS[entity].table.id, ids)
          : or(
              eq(DESCRIPTORS[entity].table.publication, "DRAFT"),
              isNotNull(DESCRIPTORS[entity].table.pending),
            ),
      )
      .for("update")) as StoredRecord[];
    if (ids) {
      const missing = ids.filter((id) => !rows.some((row) => row.id === id));
      if (missing.length > 0) throw new NotFoundError(`${entity} ${missing.join(", ")} does not exist`);
      const retracted = rows.find((row) => row.publication === "RETRACTED");
      if (retracted) throw new BadUserInputError(`${entity} ${retracted.id} is retracted`, ["records"]);
    }
    chosen.set(
      entity,
      rows.filter((row) => row.publication === "DRAFT" || row.pending !== null),
    );
  }

  for (const [entity, rows] of chosen) {
    for (const parent of DESCRIPTORS[entity].parents) {
      const parentIds = [
        ...new Set(rows.map((row) => row.pending?.[parent.column] ?? row[parent.column])),
      ].filter((value): value is number => typeof value === "number");
      if (parentIds.length === 0) continue;
      const withIt = new Set((chosen.get(parent.entity) ?? []).map((row) => row.id));
      const published = await db
        .select({ id: DESCRIPTORS[parent.entity].table.id })
        .from(DESCRIPTORS[parent.entity].table)
        .where(
          and(
            inArray(DESCRIPTORS[parent.entity].table.id, parentIds),
            eq(DESCRIPTORS[parent.entity].table.publication, "PUBLISHED"),
          ),
        );
      const ok = new Set([...withIt, ...published.map((row) => row.id as number)]);
      const orphan = parentIds.find((parentId) => !ok.has(parentId));
      if (orphan !== undefined) {
        throw new BadUserInputError(
          `${entity} refers to ${parent.entity} ${orphan}, which is not published: publish it first or with it`,
          ["records"],
        );
      }
    }
  }

  const published: AdminRecord[] = [];
  const changes: ChangeEntry[] = [];
  for (const [entity, rows] of chosen) {
    const d = DESCRIPTORS[entity];
    for (const row of rows) {
      const before = await toAdminRecord(db, entity, row);
      const { columns, services } = splitServices(row.pending ?? {});
      const updated = (await db
        .update(d.table)
        .set({
          ...columns,
          publication: "PUBLISHED",
          pending: null,
          publishedAt: sql`now()`,
          version: sql`${d.table.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(d.table.id, row.id))
        .returning()) as StoredRecord[];
      if (services) await writeServices(db, row.id, services);
      const [after] = await toAdminRecords(db, entity, updated);
      if (!after) continue;
      published.push(after);
      changes.push({
        operation: "PUBLISH",
        entity,
        entityId: row.id,
        before:
          row.publication === "DRAFT"
            ? null
            : {
                ...before.data,
                ...Object.fromEntries(Object.keys(row.pending ?? {}).map((k) => [k, row[k]])),
              },
        after: after.data,
      });
    }
  }
  await recordChanges(db, actor, changes);
  return published;
}
