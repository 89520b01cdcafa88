import { useEffect, useState } from "preact/hooks";
import { type QueryResult, RequestError, request } from "./client.ts";
import type { TypedDocumentString } from "./generated/graphql.ts";

export interface QueryState<T> {
  /** The newest result; while a new one loads, the previous one stays on screen. */
  result?: QueryResult<T> | undefined;
  loading: boolean;
  error?: string | undefined;
}

export interface QueryOptions {
  /** Keep the answer for the rest of the visit (the national catalogs, which do not change while one reads). */
  cache?: boolean;
}

const cache = new Map<string, QueryResult<unknown>>();

/**
 * Runs `document` with `variables` now and again whenever they change (`null` variables: not yet,
 * something they need is still loading); an answer to an older request is dropped.
 */
export function useQuery<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V | null,
  options: QueryOptions = {},
): QueryState<T> {
  const key = variables && `${document.__meta__?.hash}\n${JSON.stringify(variables)}`;
  const cached = key ? (cache.get(key) as QueryResult<T> | undefined) : undefined;
  const [state, setState] = useState<QueryState<T>>(
    cached ? { result: cached, loading: false } : { loading: true },
  );
  useEffect(() => {
    if (!variables || !key) return;
    const hit = cache.get(key) as QueryResult<T> | undefined;
    if (hit) {
      setState({ result: hit, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ result: previous.result, loading: true }));
    request(document, variables, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        // Only complete answers are kept: a region that was down should be asked again.
        if (options.cache && result.errors.length === 0) cache.set(key, result);
        setState({ result, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof RequestError ? error.message : "Ett oväntat fel inträffade.";
        setState({ loading: false, error: message });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
