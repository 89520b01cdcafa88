/**
 * @apollo/gateway rebuilds its own model of the client's operation (`operationFromDocument`) on
 * every request before executing the plan, although the plan itself is cached. Apollo Server hands
 * the gateway the same parsed document for the same query text (its document cache), so the model
 * can be kept per parsed operation: the same schema, the same operation node and fragments give
 * the same model. Any other call is passed through untouched.
 */
import type { Operation, Schema } from "@apollo/federation-internals";
import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode } from "graphql";

export type OperationFromDocument = (
  schema: Schema,
  document: DocumentNode,
  options?: { operationName?: string; validate?: boolean },
) => Operation;

interface Cached {
  fragments: readonly FragmentDefinitionNode[];
  operation: Operation;
}

/** The shape of executeQueryPlan's call: one operation first, then its fragments, not validated again. */
function executionCall(
  document: DocumentNode,
  options: Parameters<OperationFromDocument>[2],
): { node: OperationDefinitionNode; fragments: FragmentDefinitionNode[] } | undefined {
  if (options?.validate !== false || options.operationName !== undefined) return undefined;
  if (Object.keys(options).length !== 1) return undefined;
  const [node, ...rest] = document.definitions;
  if (node?.kind !== Kind.OPERATION_DEFINITION) return undefined;
  if (!rest.every((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)) return undefined;
  return { node, fragments: rest as FragmentDefinitionNode[] };
}

const sameFragments = (a: readonly FragmentDefinitionNode[], b: readonly FragmentDefinitionNode[]) =>
  a.length === b.length && a.every((fragment, i) => fragment === b[i]);

export function cachingOperationFromDocument(original: OperationFromDocument): OperationFromDocument {
  // Weak on both keys: a new supergraph (schema) or an evicted document frees its models.
  const bySchema = new WeakMap<Schema, WeakMap<OperationDefinitionNode, Cached>>();
  return (schema, document, options) => {
    const call = executionCall(document, options);
    if (!call) return original(schema, document, options);
    let byNode = bySchema.get(schema);
    if (!byNode) {
      byNode = new WeakMap();
      bySchema.set(schema, byNode);
    }
    const cached = byNode.get(call.node);
    if (cached && sameFragments(cached.fragments, call.fragments)) return cached.operation;
    const operation = original(schema, document, options);
    byNode.set(call.node, { fragments: call.fragments, operation });
    return operation;
  };
}
