/**
 * The mixed workload: the dashboard's own operations (apps/dashboard/src/app/graphql/operations.graphql)
 * in the proportions of a visit, with varied variables (metric, region, date), drawn from a seeded
 * generator so that every system gets the same sequence of requests.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { seededRandom } from "@jamlik/seeds";
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from "graphql";
import { METRICS } from "./queries.ts";

/**
 * Share of each operation in the mix. The landing page (Översikt) and the two comparison pages come
 * first; the catalog and region list are asked once per visit and then shared by the pages.
 */
export const MIX_WEIGHTS: Record<string, number> = {
  Oversikt: 30,
  Matt: 20,
  Utbud: 20,
  Revision: 10,
  Regionrapport: 10,
  Metrics: 5,
  Regioner: 5,
};

/** First days of the months from 2022 to 2026: the "läget per" dates a reader picks. */
const DATES = Array.from(
  { length: 60 },
  (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
);

export interface MixOperation {
  name: string;
  query: string;
  weight: number;
  variables(random: () => number): Record<string, unknown>;
}

/** The document of one operation with the fragments it uses, directly or through other fragments. */
function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): string {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) collect(fragment);
      },
    });
  collect(operation);
  const definitions = [operation, ...[...needed].flatMap((name) => fragments.get(name) ?? [])];
  return print({ kind: Kind.DOCUMENT, definitions });
}

/** The dashboard's operations with their weights and variable generators, for these regions. */
export function mixOperations(regionCodes: readonly string[]): MixOperation[] {
  const path = createRequire(import.meta.url).resolve("@jamlik/dashboard/operations.graphql");
  const document = parse(readFileSync(path, "utf8"));
  const pick = <T>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)] as T;
  const values: Record<string, (random: () => number) => unknown> = {
    metric: (random) => pick(METRICS, random),
    region: (random) => pick(regionCodes, random),
    asOf: (random) => pick(DATES, random),
    // The dashboard reads as published now unless a reader picks "Läget per"; past reads are
    // measured by npm run bench:history.
    publishedAsOf: () => null,
  };
  return document.definitions
    .filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === "query",
    )
    .flatMap((operation) => {
      const name = operation.name?.value ?? "";
      const weight = MIX_WEIGHTS[name];
      if (!weight) return [];
      const names = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
      for (const variable of names)
        if (!values[variable]) throw new Error(`the mix has no values for $${variable} of ${name}`);
      return [
        {
          name,
          weight,
          query: operationDocument(document, operation),
          variables: (random: () => number) =>
            Object.fromEntries(names.map((variable) => [variable, values[variable]?.(random)])),
        },
      ];
    });
}

/** A body generator: each call draws the next operation and its variables from `seed`. */
export function mixBodies(operations: MixOperation[], seed: number): () => string {
  const random = seededRandom(seed);
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  return () => {
    let draw = random() * total;
    let operation = operations[0] as MixOperation;
    for (const candidate of operations) {
      operation = candidate;
      draw -= candidate.weight;
      if (draw < 0) break;
    }
    return JSON.stringify({
      query: operation.query,
      operationName: operation.name,
      variables: operation.variables(random),
    });
  };
}
