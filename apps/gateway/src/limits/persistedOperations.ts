import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError } from "graphql";
import { z } from "zod";

/**
 * A persisted documents manifest as GraphQL Code Generator's client preset writes it (the
 * dashboard's is `apps/dashboard/src/app/graphql/generated/persisted-documents.json`): each
 * document by `sha256:<hash of its text>`.
 */
const manifestSchema = z
  .record(z.string().regex(/^sha256:[0-9a-f]{64}$/, "keys are sha256:<64 hex digits>"), z.string().min(1))
  .superRefine((manifest, ctx) => {
    for (const [key, body] of Object.entries(manifest)) {
      if (createHash("sha256").update(body).digest("hex") !== key.slice("sha256:".length)) {
        ctx.addIssue({ code: "custom", path: [key], message: "the hash is not the document's" });
      }
    }
  });

/** Documents by the sha256 of their text. */
export type PersistedOperations = Map<string, string>;

export function loadPersistedOperations(path: string): PersistedOperations {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  return new Map(Object.entries(manifest).map(([key, body]) => [key.slice("sha256:".length), body]));
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
