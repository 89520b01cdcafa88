import { regionSchema as t } from "@jamlik/db";
import { and, inArray, lte, max } from "drizzle-orm";
import type { RegionDb } from "../db.ts";

/**
 * The region's publication version: the id of its newest publish or retract in the change history.
 * It changes exactly when what the federated schema serves changes, so a gateway that caches
 * answers can drop them when it moves. Read at most every `maxAgeMs`, since several replicas of a
 * region may publish.
 */
/** The change history's operations that change what is served. */
export const PUBLISHING = ["PUBLISH", "RETRACT", "LINK", "UNLINK"];

/** The publication version the region had at an instant: its newest publishing act until then (0: none). */
export async function publicationVersionAt(db: RegionDb, instant: string): Promise<number> {
  const [row] = await db
    .select({ version: max(t.changeHistory.id) })
    .from(t.changeHistory)
    .where(and(inArray(t.changeHistory.operation, PUBLISHING), lte(t.changeHistory.at, instant)));
  return row?.version ?? 0;
}

export function publicationVersion(db: RegionDb, maxAgeMs = 100) {
  let cached: { value: number; at: number } | undefined;
  let pending: Promise<number> | undefined;
  const read = async () => {
    const [row] = await db
      .select({ version: max(t.changeHistory.id) })
      .from(t.changeHistory)
      .where(inArray(t.changeHistory.operation, PUBLISHING));
    const value = row?.version ?? 0;
    cached = { value, at: Date.now() };
    return value;
  };
  return {
    /** Forgets the cached version: the next read asks the database (after a local write). */
    invalidate: () => {
      cached = undefined;
    },
    current: async (): Promise<number> => {
      if (cached && Date.now() - cached.at < maxAgeMs) return cached.value;
      pending ??= read().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
