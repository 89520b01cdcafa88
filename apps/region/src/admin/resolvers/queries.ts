import { regionSchema as t } from "@jamlik/db";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { QueryResolvers } from "../../generated/adminResolvers.ts";
import { read } from "../context.ts";
import { ENTITIES } from "../entities.ts";
import { findRecords, toAdminRecords } from "../store.ts";

/** Who asks, the records with their working copies, what waits to be published, and the history. */
export const recordQueries: Pick<QueryResolvers, "me" | "records" | "record" | "drafts" | "history"> = {
  me: (_, __, context) => context.principal,
  records: async (_, { entity, publication }, context) => {
    const db = read(context);
    return toAdminRecords(db, entity, await findRecords(db, entity, { publication }));
  },
  record: async (_, { entity, id }, context) => {
    const db = read(context);
    const rows = await findRecords(db, entity, { ids: [id] });
    return (await toAdminRecords(db, entity, rows))[0] ?? null;
  },
  drafts: async (_, __, context) => {
    const db = read(context);
    const all = await Promise.all(
      ENTITIES.map(async (entity) =>
        toAdminRecords(db, entity, await findRecords(db, entity, { unpublishedOnly: true })),
      ),
    );
    return all.flat();
  },
  history: (_, args, context) => {
    const db = read(context);
    const conditions: SQL[] = [];
    if (args.entity) conditions.push(eq(t.changeHistory.entity, args.entity));
    if (args.id) conditions.push(eq(t.changeHistory.entityId, args.id));
    if (args.beforeId) conditions.push(lt(t.changeHistory.id, args.beforeId));
    const limit = Math.min(Math.max(Number(args.limit ?? 100), 1), 1000);
    return db
      .select()
      .from(t.changeHistory)
      .where(and(...conditions))
      .orderBy(desc(t.changeHistory.id))
      .limit(limit);
  },
};
