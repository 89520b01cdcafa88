import { regionSchema as t } from "@jamlik/db";
import { BadUserInputError } from "@jamlik/schema";
import { and, asc, gt, inArray, lte } from "drizzle-orm";
import type { RegionDb } from "../db.ts";
import type { PublishedChange, PublishedChangeKind } from "../generated/resolvers.ts";
import { PUBLISHING } from "./publicationVersion.ts";

/** A window with more changes than this is refused: ask for a shorter one (nothing is cut silently). */
export const MAX_CHANGES = 10_000;

/** Bookkeeping, not facts: never listed as a changed field. */
const NOT_FIELDS = new Set(["id", "publication", "version", "hasPendingChanges"]);

/** The first of these a record has names it in a list of changes. */
const LABEL_FIELDS = ["title", "name", "text", "description", "metricCode", "serviceCode", "hsaId"];

type Data = Record<string, unknown> | null;

const asData = (value: unknown): Data =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

function kindOf(operation: string, before: Data): PublishedChangeKind {
  if (operation === "RETRACT") return "RETRACTED";
  if (operation === "LINK") return "LINKED";
  if (operation === "UNLINK") return "UNLINKED";
  return before === null ? "PUBLISHED" : "CHANGED";
}

/** A value as JSON; none (absent or null) is null, so "no note" before and after is no change. */
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Each field whose value differs, before → after as JSON (a retraction shows what was served). */
function changedFields(kind: PublishedChangeKind, before: Data, after: Data) {
  const served = kind === "RETRACTED" ? null : after;
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(served ?? {})])];
  return names
    .filter((name) => !NOT_FIELDS.has(name))
    .map((name) => ({ name, before: json(before?.[name]), after: json(served?.[name]) }))
    .filter((field) => field.before !== field.after);
}

function labelOf(data: Data): string | null {
  for (const field of LABEL_FIELDS) {
    const value = data?.[field];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}

/**
 * The publishing acts of the region's change history after `from` up to and including `to`, oldest
 * first: what was published, changed, retracted, linked or unlinked, by which role.
 */
export async function publishedChanges(db: RegionDb, from: string, to: string): Promise<PublishedChange[]> {
  if (Date.parse(from) >= Date.parse(to)) {
    throw new BadUserInputError(`from (${from}) must be before to (${to})`, ["from"]);
  }
  const rows = await db
    .select()
    .from(t.changeHistory)
    .where(
      and(
        inArray(t.changeHistory.operation, PUBLISHING),
        gt(t.changeHistory.at, from),
        lte(t.changeHistory.at, to),
      ),
    )
    .orderBy(asc(t.changeHistory.id))
    .limit(MAX_CHANGES + 1);
  if (rows.length > MAX_CHANGES) {
    throw new BadUserInputError(
      `more than ${MAX_CHANGES} changes between ${from} and ${to}: ask for a shorter window`,
      ["from"],
    );
  }
  return rows.map((row) => {
    const before = asData(row.before);
    const after = asData(row.after);
    const kind = kindOf(row.operation, before);
    const record = kind === "RETRACTED" || kind === "UNLINKED" ? before : after;
    return {
      at: new Date(row.at).toISOString(),
      kind,
      entity: row.entity,
      recordId: row.entityId,
      label: labelOf(record) ?? labelOf(before),
      demo: record?.demo === true,
      role: row.role,
      fields: changedFields(kind, before, after),
    };
  });
}
