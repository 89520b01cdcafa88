import { createHash } from "node:crypto";
import { type OperationDefinitionNode, parse } from "graphql";

export interface ManifestOperation {
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

/** An Apollo persisted query manifest of the given documents (id = SHA-256 of the body). */
export function persistedManifest(documents: readonly string[]) {
  const operations: ManifestOperation[] = documents.map((body) => {
    const operation = parse(body).definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition",
    );
    return {
      id: createHash("sha256").update(body).digest("hex"),
      name: operation?.name?.value ?? "anonymous",
      type: operation?.operation ?? "query",
      body,
    };
  });
  return { format: "apollo-persisted-query-manifest" as const, version: 1 as const, operations };
}
