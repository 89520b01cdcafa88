import { regionSchema as t } from "@jamlik/db";
import { RECORD_BOOKKEEPING } from "@jamlik/domain";
import { BadUserInputError, ConflictError, NotFoundError, type Publication } from "@jamlik/schema";
import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { RegionDb } from "../db.ts";
import { DESCRIPTORS, type Entity, type EntityDescriptor } from "./entities.ts";
import { type Actor, recordChanges } from "./history.ts";

export interface StoredRecord extends Record<string, unknown> {
  id: number;
  version: number;
  publication: Publication;
  pending: Record<string, unknown> | null;
  published: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface AdminRecord {
  entity: Entity;
  id: number;
  version: number;
  publication: Publication;
  hasPendingChanges: boolean;
  data: Record<string, unknown>;
  pending: Record<string, unknown> | null;
  /** What readers are served: every content column, no pending change; null for a draft. */
  published: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** Columns that are bookkeeping, not content (the id stays in the working copy: it names the record). */
const META: readonly string[] = RECORD_BOOKKEEPING.filter((column) => column !== "id");

/** A basutbud version's services live in their own table; they travel with the version. */
async function servicesOf(db: RegionDb, versionIds: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>(versionIds.map((id) => [id, []]));
  if (versionIds.length === 0) return map;
  const rows = await db
    .select()
    .from(t.basutbudServices)
    .where(inArray(t.basutbudServices.versionId, versionIds))
    .orderBy(asc(t.basutbudServices.position));
  for (const row of rows) map.get(row.versionId)?.push(row.serviceCode);
  return map;
}

export async function writeServices(db: RegionDb, versionId: number, services: string[]): Promise<void> {
  await db.delete(t.basutbudServices).where(eq(t.basutbudServices.versionId, versionId));
  if (services.length > 0) {
    await db
      .insert(t.basutbudServices)
      .values(services.map((serviceCode, position) => ({ versionId, serviceCode, position })));
  }
}

/** Splits values into table columns and the basutbud's services. */
export function splitServices(values: Record<string, unknown>): {
  columns: Record<string, unknown>;
  services?: string[];
} {
  const { services, ...columns } = values;
  return Array.isArray(services) ? { columns, services: services as string[] } : { columns };
}

export async function toAdminRecords(
  db: RegionDb,
  entity: Entity,
  rows: StoredRecord[],
): Promise<AdminRecord[]> {
  const services =
    entity === "BASUTBUD"
      ? await servicesOf(
          db,
          rows.map((row) => row.id),
        )
      : undefined;
  return rows.map((row) => {
    const content: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (!META.includes(key)) content[key] = value;
    if (services) content.services = services.get(row.id) ?? [];
    return {
      entity,
      id: row.id,
      version: row.version,
      publication: row.publication,
      hasPendingChanges: row.pending !== null,
      data: { ...content, ...(row.pending ?? {}) },
      pending: row.pending,
      published: row.publication === "DRAFT" ? null : content,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      publishedAt: row.publishedAt,
    };
  });
}

export async function toAdminRecord(db: RegionDb, entity: Entity, row: StoredRecord): Promise<AdminRecord> {
  const [record] = await toAdminRecords(db, entity, [row]);
  if (!record) throw new Error("unreachable");
  return record;
}

export async function findRecords(
  db: RegionDb,
  entity: Entity,
  where: { publication?: Publication | null; ids?: number[]; unpublishedOnly?: boolean } = {},
): Promise<StoredRecord[]> {
  const { table } = DESCRIPTORS[entity];
  const conditions = [];
  if (where.publication) conditions.push(eq(table.publication, where.publication));
  if (where.ids) conditions.push(inArray(table.id, where.ids));
  if (where.unpublishedOnly) conditions.push(or(eq(table.publication, "DRAFT"), isNotNull(table.pending)));
  return (await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(asc(table.id))) as StoredRecord[];
}

async function lock(db: RegionDb, d: EntityDescriptor, id: number): Promise<StoredRecord> {
  const [row] = (await db.select().from(d.table).where(eq(d.table.id, id)).for("update")) as StoredRecord[];
  if (!row) throw new NotFoundError(`${d.entity} ${id} does not exist`);
  return row;
}

function checkVersion(d: EntityDescriptor, row: StoredRecord, expectedVersion: number): void {
  if (row.version !== expectedVersion) {
    throw new ConflictError(
      `${d.entity} ${row.id} has changed: it is at version ${row.version}, the update was based on ${expectedVersion}`,
      { currentVersion: row.version },
    );
  }
}

/**
 * Refuses values that refer to a retracted parent (its care unit, decision, audit or plan): such a
 * record could never be published, and would block publishing for everyone.
 */
async function assertParentsNotRetracted(
  db: RegionDb,
  entity: Entity,
  values: readonly Record<string, unknown>[],
): Promise<void> {
  for (const parent of DESCRIPTORS[entity].parents) {
    const ids = [...new Set(values.map((v) => v[parent.column]))].filter(
      (id): id is number => typeof id === "number",
    );
    if (ids.length === 0) continue;
    const table = DESCRIPTORS[parent.entity].table;
    const [retracted] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, ids), eq(table.publication, "RETRACTED")))
      .limit(1);
    if (retracted) {
      throw new BadUserInputError(
        `${parent.entity} ${retracted.id} is retracted: nothing new can refer to it`,
        ["input", parent.column],
        "parent-retracted",
      );
    }
  }
}

/** Inserts new drafts and records their creation. */
export async function insertRecords(
  db: RegionDb,
  actor: Actor,
  entity: Entity,
  values: Record<string, unknown>[],
): Promise<AdminRecord[]> {
  if (values.length === 0) return [];
  const d = DESCRIPTORS[entity];
  await assertParentsNotRetracted(db, entity, values);
  const rows: StoredRecord[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const chunk = values.slice(i, i + 1000).map(splitServices);
    const inserted = (await db
      .insert(d.table)
      .values(chunk.map((c) => ({ ...c.columns, publication: "DRAFT" })))
      .returning()) as StoredRecord[];
    for (const [j, row] of inserted.entries()) {
      const services = chunk[j]?.services;
      if (services) await writeServices(db, row.id, services);
    }
    rows.push(...inserted);
  }
  const records = await toAdminRecords(db, entity, rows);
  await recordChanges(
    db,
    actor,
    records.map((r) => ({ operation: "CREATE", entity, entityId: r.id, before: null, after: r.data })),
  );
  return records;
}

/**
 * Changes a record guarded by its version. A draft changes in place; a published record keeps
 * serving its published values and collects the change in `pending` until it is published.
 */
export async function changeRecord(
  db: RegionDb,
  actor: Actor,
  entity: Entity,
  id: number,
  expectedVersion: number,
  change: (working: Record<string, unknown>) => Record<string, unknown>,
): Promise<AdminRecord> {
  const d = DESCRIPTORS[entity];
  const row = await lock(db, d, id);
  checkVersion(d, row, expectedVersion);
  if (row.publication === "RETRACTED") {
    throw new BadUserInputError(`${entity} ${id} is retracted and can no longer change`, ["id"]);
  }
  const before = await toAdminRecord(db, entity, row);
  const values = change(before.data);
  await assertParentsNotRetracted(db, entity, [values]);
  const bump = { version: sql`${d.table.version} + 1`, updatedAt: sql`now()` };
  let updated: StoredRecord[];
  if (row.publication === "DRAFT") {
    const { columns, services } = splitServices(values);
    updated = (await db
      .update(d.table)
      .set({ ...columns, ...bump })
      .where(eq(d.table.id, id))
      .returning()) as StoredRecord[];
    if (services) await writeServices(db, id, services);
  } else {
    updated = (await db
      .update(d.table)
      .set({ pending: { ...(row.pending ?? {}), ...values }, ...bump })
      .where(eq(d.table.id, id))
      .returning()) as StoredRecord[];
  }
  const [after] = await toAdminRecords(db, entity, updated);
  if (!after) throw new Error("unreachable");
  await recordChanges(db, actor, [
    { operation: "UPDATE", entity, entityId: id, before: before.data, after: after.data },
  ]);
  return after;
}

/** Published records that refer to `entity` `id` (its care unit, decision, audit or plan). */
async function publishedChildren(
  db: RegionDb,
  entity: Entity,
  id: number,
): Promise<{ entity: Entity; id: number; version: number }[]> {
  const children: { entity: Entity; id: number; version: number }[] = [];
  for (const child of Object.values(DESCRIPTORS)) {
    for (const parent of child.parents) {
      if (parent.entity !== entity) continue;
      const column = child.table[parent.column as keyof typeof child.table] as unknown as PgColumn;
      const rows = await db
        .select({ id: child.table.id, version: child.table.version })
        .from(child.table)
        .where(and(eq(column, id), eq(child.table.publication, "PUBLISHED")))
        .orderBy(asc(child.table.id))
        .for("update");
      children.push(
        ...rows.map((row) => ({
          entity: child.entity,
          id: row.id as number,
          version: row.version as number,
        })),
      );
    }
  }
  return children;
}

/**
 * Withdraws a published record from the gateway. While published records refer to it, it is
 * refused (CONFLICT, naming them), unless `withChildren` asks to withdraw them too, depth first:
 * the federated schema never serves a record whose parent is gone.
 */
export async function retractRecord(
  db: RegionDb,
  actor: Actor,
  entity: Entity,
  id: number,
  expectedVersion: number,
  withChildren = false,
): Promise<AdminRecord> {
  const d = DESCRIPTORS[entity];
  const row = await lock(db, d, id);
  checkVersion(d, row, expectedVersion);
  if (row.publication !== "PUBLISHED") {
    throw new BadUserInputError(
      `${entity} ${id} is ${row.publication}; only a published record can be retracted`,
      ["id"],
    );
  }
  const children = await publishedChildren(db, entity, id);
  if (children.length > 0 && !withChildren) {
    const named = children.map((child) => `${child.entity} ${child.id}`);
    throw new ConflictError(
      `${entity} ${id} has published records that refer to it (${named.slice(0, 10).join(", ")}${named.length > 10 ? `, … ${named.length} in all` : ""}): retract them first, or retract with withChildren: true`,
      { children: children.map(({ entity: e, id: i }) => ({ entity: e, id: i })) },
    );
  }
  for (const child of children) {
    await retractRecord(db, actor, child.entity, child.id, child.version, true);
  }
  const before = await toAdminRecord(db, entity, row);
  const updated = (await db
    .update(d.table)
    .set({
      publication: "RETRACTED",
      pending: null,
      version: sql`${d.table.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(d.table.id, id))
    .returning()) as StoredRecord[];
  const [after] = await toAdminRecords(db, entity, updated);
  if (!after) throw new Error("unreachable");
  await recordChanges(db, actor, [
    {
      operation: "RETRACT",
      entity,
      entityId: id,
      // What readers were served: the published values, never a pending change that was not published.
      before: { ...(before.published ?? before.data), publication: "PUBLISHED" },
      after: { ...after.data, publication: "RETRACTED" },
    },
  ]);
  return after;
}

export async function deleteDraft(
  db: RegionDb,
  actor: Actor,
  entity: Entity,
  id: number,
  expectedVersion: number,
): Promise<void> {
  const d = DESCRIPTORS[entity];
  const row = await lock(db, d, id);
  checkVersion(d, row, expectedVersion);
  if (row.publication !== "DRAFT") {
    throw new BadUserInputError(`${entity} ${id} has been published; retract it instead`, ["id"]);
  }
  const before = await toAdminRecord(db, entity, row);
  if (entity === "BASUTBUD") await writeServices(db, id, []);
  await db.delete(d.table).where(eq(d.table.id, id));
  await recordChanges(db, actor, [
    { operation: "DELETE", entity, entityId: id, before: before.data, after: null },
  ]);
}
