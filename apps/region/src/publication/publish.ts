import { BadUserInputError, NotFoundError } from "@jamlik/schema";
import { and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { DESCRIPTORS, ENTITIES, type Entity } from "../admin/entities.ts";
import { type Actor, type ChangeEntry, recordChanges } from "../admin/history.ts";
import {
  type AdminRecord,
  type StoredRecord,
  splitServices,
  toAdminRecord,
  toAdminRecords,
  writeServices,
} from "../admin/store.ts";
import type { RegionDb } from "../db.ts";

export interface BlockedRecord {
  entity: Entity;
  id: number;
  parentEntity: Entity;
  parentId: number;
  reason: string;
}

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
 * it is refused, so the gateway never serves a record it cannot reach: for the given records, the
 * whole request; when publishing everything, that record alone (and its children), reported as
 * blocked while the rest is published.
 */
export async function publishRecords(
  db: RegionDb,
  actor: Actor,
  refs?: { entity: Entity; id: number }[],
): Promise<{ published: AdminRecord[]; blocked: BlockedRecord[] }> {
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

  // Parents before children (PUBLISH_ORDER): a record left out here leaves out its children too.
  const blocked: BlockedRecord[] = [];
  for (const entity of chosen.keys()) {
    for (const parent of DESCRIPTORS[entity].parents) {
      // Read again for each parent: the one before may have left some rows out.
      const rows = chosen.get(entity) ?? [];
      const parentOf = (row: StoredRecord) => row.pending?.[parent.column] ?? row[parent.column];
      const parentIds = [...new Set(rows.map(parentOf))].filter(
        (value): value is number => typeof value === "number",
      );
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
      const orphans = rows.filter((row) => {
        const parentId = parentOf(row);
        return typeof parentId === "number" && !ok.has(parentId);
      });
      if (orphans.length === 0) continue;
      if (refs) {
        throw new BadUserInputError(
          `${entity} refers to ${parent.entity} ${parentOf(orphans[0] as StoredRecord)}, which is not published: publish it first or with it`,
          ["records"],
        );
      }
      const left = new Set(orphans);
      for (const row of orphans) {
        const parentId = parentOf(row) as number;
        blocked.push({
          entity,
          id: row.id,
          parentEntity: parent.entity,
          parentId,
          reason: `${entity} ${row.id} refers to ${parent.entity} ${parentId}, which is retracted or not published: refer it to a published record, or delete the draft`,
        });
      }
      chosen.set(
        entity,
        rows.filter((row) => !left.has(row)),
      );
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
  return { published, blocked };
}
