/**
 * apps/gateway/schema-changes.json: the breaking changes of the public schema someone has decided
 * to make anyway, each with a reason, a name and a date. A breaking change passes the schema
 * check only when an acknowledgement names it (by id, `FIELD_REMOVED:CareUnit.kind`, or by the
 * inspector's message); an acknowledgement that names no current change is stale.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { SchemaChange, SchemaChanges } from "./breakingChanges.ts";

export const acknowledgementSchema = z.strictObject({
  change: z.string().trim().min(1, "name the change: its id (TYPE:path) or the inspector's message"),
  reason: z.string().trim().min(1, "say why the breaking change is acceptable"),
  acknowledgedBy: z.string().trim().min(1, "say who acknowledges it"),
  date: z.iso.date("a date, YYYY-MM-DD"),
});

export const acknowledgementsSchema = z.array(acknowledgementSchema).superRefine((entries, context) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.change))
      context.addIssue({ code: "custom", path: [index, "change"], message: `duplicate: ${entry.change}` });
    seen.add(entry.change);
  });
});

export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const ACKNOWLEDGEMENTS_FILE = new URL("../../schema-changes.json", import.meta.url);

export class AcknowledgementsError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid acknowledgement list:\n  ${problems.join("\n  ")}`);
    this.file = file;
    this.problems = problems;
    this.name = "AcknowledgementsError";
  }
}

/** Validates the parsed JSON of an acknowledgement file. */
export function parseAcknowledgements(json: unknown, file = "schema-changes.json"): Acknowledgement[] {
  const result = acknowledgementsSchema.safeParse(json);
  if (!result.success) {
    throw new AcknowledgementsError(
      file,
      result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Reads and validates an acknowledgement file (default: apps/gateway/schema-changes.json). */
export function readAcknowledgements(file: URL | string = ACKNOWLEDGEMENTS_FILE): Acknowledgement[] {
  const text = readFileSync(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AcknowledgementsError(String(file), [`not JSON: ${(error as Error).message}`]);
  }
  return parseAcknowledgements(json, String(file));
}

export function acknowledges(acknowledgement: Acknowledgement, change: SchemaChange): boolean {
  return acknowledgement.change === change.id || acknowledgement.change === change.message;
}

export interface Verdict {
  /** Breaking changes no acknowledgement names: the check fails on these. */
  unacknowledged: SchemaChange[];
  /** Breaking changes allowed by an acknowledgement. */
  acknowledged: { change: SchemaChange; acknowledgement: Acknowledgement }[];
  /** Acknowledgements that name no current change (breaking, dangerous or safe): remove them. */
  stale: Acknowledgement[];
  /** True when there is no unacknowledged breaking change. */
  ok: boolean;
}

/** Applies the acknowledgements to the changes. */
export function judge(changes: SchemaChanges, acknowledgements: readonly Acknowledgement[]): Verdict {
  const acknowledged: Verdict["acknowledged"] = [];
  const unacknowledged: SchemaChange[] = [];
  for (const change of changes.breaking) {
    const acknowledgement = acknowledgements.find((entry) => acknowledges(entry, change));
    if (acknowledgement) acknowledged.push({ change, acknowledgement });
    else unacknowledged.push(change);
  }
  const all = [...changes.breaking, ...changes.dangerous, ...changes.safe];
  const stale = acknowledgements.filter((entry) => !all.some((change) => acknowledges(entry, change)));
  return { unacknowledged, acknowledged, stale, ok: unacknowledged.length === 0 };
}
