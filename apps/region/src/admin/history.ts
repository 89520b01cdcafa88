import { regionSchema as t } from "@jamlik/db";
import type { RegionDb } from "../db.ts";
import type { Principal } from "./auth.ts";

export interface Actor extends Principal {
  requestId?: string | undefined;
}

export type Operation = "CREATE" | "UPDATE" | "DELETE" | "PUBLISH" | "RETRACT" | "LINK" | "UNLINK" | "IMPORT";

export interface ChangeEntry {
  operation: Operation;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** Appends to the change history (in the caller's transaction). */
export async function recordChanges(db: RegionDb, actor: Actor, entries: ChangeEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 2000) {
    await db.insert(t.changeHistory).values(
      entries.slice(i, i + 2000).map((entry) => ({
        actor: actor.subject,
        role: actor.role,
        operation: entry.operation,
        entity: entry.entity,
        entityId: entry.entityId,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: actor.requestId ?? null,
      })),
    );
  }
}
