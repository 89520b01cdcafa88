import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError } from "graphql";
import { z } from "zod";

/** Apollo's persisted query manifest format (as written by `generate-persisted-query-manifest`). */
const manifestSchema = z.object({
  format: z.literal("apollo-persisted-query-manifest"),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string(),
      type: z.string(),
      body: z.string(),
    }),
  ),
});

export type PersistedOperations = Map<string, string>;

export function loadPersistedOperations(path: string): PersistedOperations {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  return new Map(manifest.operations.map((op) => [op.id, op.body]));
}

/** Lets clients send only an operation's hash; nothing can be registered at run time. */
export function persistedOperationsCache(operations: PersistedOperations): KeyValueCache<string> {
  return {
    get: async (key) => operations.get(key.replace(/^apq:/, "")),
    set: async () => {},
    delete: async () => {},
  };
}

/** With the allow-list on, only operations in the manifest run, sent by hash or in full. */
export function allowListPlugin(operations: PersistedOperations): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!operations.has(queryHash)) {
            throw new GraphQLError("This operation is not on the allow-list", {
              extensions: { code: "OPERATION_NOT_ALLOWED", http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
