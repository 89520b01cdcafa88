/**
 * The query plans of the benchmark's queries, from the same planner @apollo/gateway uses, and a
 * minimal executor of those plans for the floor (C): it sends each subgraph exactly the operation
 * the plan names, with the variables it uses and the `_entities` representations its `requires`
 * selects, and merges the answers into one object. No validation, no result shaping, no errors
 * handling beyond failing the request: the least any gateway must do.
 */
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import {
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  QueryPlanner,
  type QueryPlanSelectionNode,
} from "@apollo/query-planner";
import { parse } from "graphql";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Plans operations against one supergraph, once per distinct query text (as the gateway caches plans). */
export class Planner {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly cache = new Map<string, QueryPlan>();

  constructor(supergraphSdl: string) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
  }

  plan(query: string, operationName?: string): QueryPlan {
    const key = `${operationName ?? ""}\n${query}`;
    let plan = this.cache.get(key);
    if (!plan) {
      const operation = operationFromDocument(this.supergraph.schema, parse(query), { operationName });
      plan = this.planner.buildQueryPlan(operation);
      assertSupported(plan.node as PlanNode | undefined);
      this.cache.set(key, plan);
    }
    return plan;
  }
}

/** The floor executes only what these queries need: fetches in sequence, in parallel, flattened into lists. */
function assertSupported(node: PlanNode | undefined): void {
  if (!node) return;
  switch (node.kind) {
    case "Sequence":
    case "Parallel":
      for (const child of node.nodes) assertSupported(child);
      return;
    case "Flatten":
      assertSupported(node.node);
      return;
    case "Fetch":
      if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length)
        throw new Error(`the floor does not implement rewrites (fetch to ${node.serviceName})`);
      return;
    default:
      throw new Error(`the floor does not implement ${node.kind} plan nodes`);
  }
}

/** Every fetch of a plan in order, for the report (service, operation, variables). */
export function fetchesOf(node: PlanNode | undefined): FetchNode[] {
  if (!node) return [];
  switch (node.kind) {
    case "Sequence":
    case "Parallel":
      return node.nodes.flatMap(fetchesOf);
    case "Flatten":
      return fetchesOf(node.node);
    case "Fetch":
      return [node];
    default:
      return [];
  }
}

/** Sends one subgraph operation and returns its `data` (throws on transport or GraphQL errors). */
export type SubgraphCall = (
  serviceName: string,
  body: { query: string; operationName?: string | undefined; variables: JsonObject },
) => Promise<JsonObject>;

/** Runs a plan; returns the merged data. */
export async function executePlan(
  plan: QueryPlan,
  variables: JsonObject,
  call: SubgraphCall,
): Promise<JsonObject> {
  const data: JsonObject = {};
  await run(plan.node as PlanNode | undefined, [data], variables, call);
  return data;
}

async function run(
  node: PlanNode | undefined,
  targets: JsonObject[],
  variables: JsonObject,
  call: SubgraphCall,
): Promise<void> {
  if (!node) return;
  switch (node.kind) {
    case "Sequence":
      for (const child of node.nodes) await run(child, targets, variables, call);
      return;
    case "Parallel":
      await Promise.all(node.nodes.map((child) => run(child, targets, variables, call)));
      return;
    case "Flatten":
      await run(
        node.node,
        targets.flatMap((target) => descend(target, node.path)),
        variables,
        call,
      );
      return;
    case "Fetch":
      await fetch(node, targets, variables, call);
      return;
    default:
      throw new Error(`unsupported plan node ${node.kind}`);
  }
}

/** The objects at `path` below `root`; `@` steps into every element of a list. */
function descend(root: Json, path: (string | number)[]): JsonObject[] {
  let current: Json[] = [root];
  for (const step of path) {
    const next: Json[] = [];
    for (const value of current) {
      if (value === null || typeof value !== "object") continue;
      if (step === "@") {
        if (Array.isArray(value)) next.push(...value);
      } else if (!Array.isArray(value)) {
        const child = value[String(step)];
        if (child !== undefined) next.push(child);
      }
    }
    current = next;
  }
  return current.filter((v): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v));
}

async function fetch(node: FetchNode, targets: JsonObject[], variables: JsonObject, call: SubgraphCall) {
  const used: JsonObject = {};
  for (const name of node.variableUsages ?? []) {
    const value = variables[name];
    if (value !== undefined) used[name] = value;
  }
  if (!node.requires) {
    const result = await call(node.serviceName, {
      query: node.operation,
      operationName: node.operationName,
      variables: used,
    });
    for (const target of targets) merge(target, result);
    return;
  }
  const requires = node.requires;
  const matched: JsonObject[] = [];
  const representations: Json[] = [];
  for (const target of targets) {
    const representation = select(target, requires);
    if (representation) {
      matched.push(target);
      representations.push(representation);
    }
  }
  if (representations.length === 0) return;
  const result = await call(node.serviceName, {
    query: node.operation,
    operationName: node.operationName,
    variables: { ...used, representations },
  });
  const entities = result._entities;
  if (!Array.isArray(entities) || entities.length !== matched.length)
    throw new Error(`${node.serviceName}: wrong number of entities`);
  matched.forEach((target, i) => {
    const entity = entities[i];
    if (entity && typeof entity === "object" && !Array.isArray(entity)) merge(target, entity);
  });
}

/** The representation `requires` selects from an entity, or undefined when its type does not match. */
function select(value: JsonObject, selections: readonly QueryPlanSelectionNode[]): JsonObject | undefined {
  const out: JsonObject = {};
  let matched = false;
  for (const selection of selections) {
    if (selection.kind === "InlineFragment") {
      if (selection.typeCondition && value.__typename !== selection.typeCondition) continue;
      const inner = select(value, selection.selections);
      if (inner) Object.assign(out, inner);
      matched = true;
    } else {
      const key = selection.alias ?? selection.name;
      const field = value[key];
      if (field === undefined) continue;
      out[selection.name] =
        selection.selections && field && typeof field === "object" && !Array.isArray(field)
          ? (select(field, selection.selections) ?? null)
          : field;
      matched = true;
    }
  }
  return matched ? out : undefined;
}

function merge(target: JsonObject, source: JsonObject): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (
      existing &&
      value &&
      typeof existing === "object" &&
      typeof value === "object" &&
      !Array.isArray(existing) &&
      !Array.isArray(value)
    ) {
      merge(existing, value);
    } else {
      target[key] = value;
    }
  }
}
