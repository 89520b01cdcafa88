/**
 * The schema check: compose the supergraph from the registry and the subgraph schemas, compare
 * its public schema with a baseline supergraph (the committed one) and apply the acknowledgements.
 * Nothing is written; `npm run compose` writes the supergraph.
 */
import type { RegionEntry } from "@jamlik/registry";
import { CompositionError, composeSupergraph } from "../compose.ts";
import { type Acknowledgement, judge, type Verdict } from "./acknowledgements.ts";
import { type SchemaChange, type SchemaChanges, schemaChanges } from "./breakingChanges.ts";

export type SchemaCheck =
  | { composed: false; errors: string[]; ok: false }
  | {
      composed: true;
      supergraphSdl: string;
      hints: string[];
      changes: SchemaChanges;
      verdict: Verdict;
      ok: boolean;
    };

export interface SchemaCheckInput {
  regions: readonly RegionEntry[];
  /** The supergraph SDL to compare with: the one clients are served today. */
  baselineSdl: string;
  acknowledgements: readonly Acknowledgement[];
}

export async function checkSchema({
  regions,
  baselineSdl,
  acknowledgements,
}: SchemaCheckInput): Promise<SchemaCheck> {
  let composed: ReturnType<typeof composeSupergraph>;
  try {
    composed = composeSupergraph(regions);
  } catch (error) {
    if (error instanceof CompositionError) return { composed: false, errors: error.messages, ok: false };
    throw error;
  }
  const changes = await schemaChanges(baselineSdl, composed.supergraphSdl);
  const verdict = judge(changes, acknowledgements);
  return { composed: true, ...composed, changes, verdict, ok: verdict.ok };
}

const item = (change: SchemaChange) => `  - ${change.message}\n      id: ${change.id}`;

/** A readable report of a check, for the terminal. */
export function formatCheck(check: SchemaCheck, baseline: string): string {
  if (!check.composed) {
    return [
      `✘ the supergraph does not compose (${check.errors.length} error(s)):`,
      ...check.errors.map((error) => `  - ${error.replaceAll("\n", "\n    ")}`),
    ].join("\n");
  }
  const { changes, verdict } = check;
  const lines = [`compared with ${baseline}`];
  lines.push(
    `composition: ok; public schema changes: ${changes.breaking.length} breaking, ` +
      `${changes.dangerous.length} dangerous, ${changes.safe.length} safe`,
  );
  if (changes.safe.length > 0)
    lines.push("safe changes:", ...changes.safe.map((change) => `  - ${change.message}`));
  if (changes.dangerous.length > 0) {
    lines.push("dangerous changes (clients may need to handle them, for example a new enum value):");
    for (const change of changes.dangerous)
      lines.push(item(change), ...(change.reason ? [`      why: ${change.reason}`] : []));
  }
  if (verdict.acknowledged.length > 0) {
    lines.push("acknowledged breaking changes:");
    for (const { change, acknowledgement } of verdict.acknowledged)
      lines.push(
        item(change),
        `      acknowledged by ${acknowledgement.acknowledgedBy} on ${acknowledgement.date}: ${acknowledgement.reason}`,
      );
  }
  if (verdict.stale.length > 0) {
    lines.push(
      "warning: stale acknowledgements (they match no current change; remove them from schema-changes.json):",
    );
    for (const acknowledgement of verdict.stale)
      lines.push(
        `  - ${acknowledgement.change} (${acknowledgement.acknowledgedBy}, ${acknowledgement.date})`,
      );
  }
  if (verdict.unacknowledged.length > 0) {
    lines.push(`✘ ${verdict.unacknowledged.length} unacknowledged breaking change(s):`);
    for (const change of verdict.unacknowledged)
      lines.push(item(change), ...(change.reason ? [`      why: ${change.reason}`] : []));
    lines.push(
      "Make the change in expand/contract steps (docs/schema-governance.md), or acknowledge each one in",
      'apps/gateway/schema-changes.json: { "change": "<id>", "reason": "…", "acknowledgedBy": "…", "date": "YYYY-MM-DD" }',
    );
  } else {
    lines.push("✔ no unacknowledged breaking change: the schema check passes");
  }
  return lines.join("\n");
}
