import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type BaseContext, HeaderMap } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { ResponseCache } from "./responseCache.ts";

type Result = { data?: Record<string, unknown> | null };

/** Only published, region-owned data is cached: not the gateway's own live status, nor introspection. */
function cacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== "query") return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      selection.name.value !== "regionStatus" &&
      !selection.name.value.startsWith("__"),
  );
}

/**
 * Answers a repeated query from the cache. Answers with errors (a region down) are never stored;
 * the cache is emptied whenever a region's publication version moves (see versionWatcher).
 */
export function responseCachePlugin<TContext extends BaseContext>(
  cache: ResponseCache<Result>,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, request }) {
          if (!cacheable(operation)) return null;
          key = createHash("sha256")
            .update(
              `${queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`,
            )
            .digest("base64url");
          const cached = cache.get(key);
          if (!cached) return null;
          hit = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: cached },
          };
        },
        async willSendResponse({ response }) {
          response.http.headers.set("x-jamlik-cache", hit ? "hit" : key ? "miss" : "skip");
          if (hit || !key || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!errors && data) cache.set(key, { data });
        },
      };
    },
  };
}
