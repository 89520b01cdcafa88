/**
 * What a schema change means for the gateway's clients: the public (API) schema of one supergraph
 * compared with another's by @graphql-inspector, split into breaking, dangerous and safe changes.
 */
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import type { DocumentNode, GraphQLSchema } from "graphql";

/** One change of the public schema, with a stable id (`FIELD_REMOVED:CareUnit.kind`). */
export interface SchemaChange {
  id: string;
  type: string;
  path: string | undefined;
  message: string;
  /** Why the change is breaking or dangerous, where the inspector says. */
  reason: string | undefined;
}

export interface SchemaChanges {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
}

export interface SubgraphDefinition {
  name: string;
  url?: string;
  typeDefs: DocumentNode;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The schema clients see: the supergraph without the federation machinery (`join__*`, `link__*`,
 * `@link`, `@join__*`) and without `@inaccessible` elements. Built by @apollo/gateway from the
 * supergraph SDL, exactly as the running gateway builds the schema it serves.
 */
export async function apiSchema(supergraphSdl: string): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({ supergraphSdl, logger: silent });
  try {
    const { schema } = await gateway.load();
    return schema;
  } finally {
    await gateway.stop();
  }
}

/** The stable id of a change: its type and the schema coordinate it applies to. */
export function changeId(change: Pick<Change, "type" | "path" | "message">): string {
  return `${change.type}:${change.path ?? change.message}`;
}

function toSchemaChange(change: Change): SchemaChange {
  return {
    id: changeId(change),
    type: change.type,
    path: change.path,
    message: change.message,
    reason: change.criticality.reason,
  };
}

/** How the public schema changes from `before` to `after` (both supergraph SDL). */
export async function schemaChanges(before: string, after: string): Promise<SchemaChanges> {
  const changes = await diff(await apiSchema(before), await apiSchema(after));
  const of = (level: CriticalityLevel) =>
    changes.filter((change) => change.criticality.level === level).map(toSchemaChange);
  return {
    breaking: of(CriticalityLevel.Breaking),
    dangerous: of(CriticalityLevel.Dangerous),
    safe: of(CriticalityLevel.NonBreaking),
  };
}

export type CompositionOutcome =
  | { ok: true; supergraphSdl: string; hints: string[] }
  | { ok: false; errors: { code: string | undefined; message: string }[] };

/**
 * Composes subgraphs that are not (or not all) generated from the current shared SDL, for
 * example one region still on the previous release; reports composition errors with their codes.
 */
export function composeSubgraphs(subgraphs: readonly SubgraphDefinition[]): CompositionOutcome {
  const result = composeServices([...subgraphs]);
  if (result.errors) {
    return {
      ok: false,
      errors: result.errors.map((error) => {
        const code = error.extensions.code;
        return { code: typeof code === "string" ? code : undefined, message: error.message };
      }),
    };
  }
  return {
    ok: true,
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
