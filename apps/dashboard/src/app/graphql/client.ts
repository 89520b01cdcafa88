import type { TypedDocumentString } from "./generated/graphql.ts";

/** A GraphQL error as the gateway reports it; a region that did not answer names itself. */
export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; region?: string; [key: string]: unknown };
}

export interface QueryResult<T> {
  data: T;
  /** Errors that came with the data: the page shows what it got and says what is missing. */
  errors: GraphQLError[];
  /** Codes of the regions that did not answer (`REGION_UNAVAILABLE`), each once. */
  unavailableRegions: string[];
}

/** The request failed as a whole: nothing to show but this message (Swedish, for the reader). */
export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequestError";
  }
}

export const REGION_UNAVAILABLE = "REGION_UNAVAILABLE";

/** The region codes of `REGION_UNAVAILABLE` errors, in the order they first appear. */
export function unavailableRegions(errors: readonly GraphQLError[]): string[] {
  const codes: string[] = [];
  for (const error of errors) {
    const region = error.extensions?.region;
    if (error.extensions?.code === REGION_UNAVAILABLE && region && !codes.includes(region))
      codes.push(region);
  }
  return codes;
}

type Body<T> = { data?: T | null; errors?: GraphQLError[] };

/** The persisted document's hash (sha256 of its normalized text), as the gateway's manifest names it. */
const hashOf = (document: { __meta__?: Record<string, unknown> | undefined }) =>
  String(document.__meta__?.hash ?? "").replace(/^sha256:/, "");

async function post<T>(
  payload: unknown,
  signal: AbortSignal | undefined,
): Promise<{ status: number; body: Body<T> }> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(payload),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestError("Det gick inte att nå Jämliks server. Kontrollera anslutningen och försök igen.");
  }
  try {
    return { status: response.status, body: (await response.json()) as Body<T> };
  } catch {
    throw new RequestError(`Servern svarade med ett fel (HTTP ${response.status}).`);
  }
}

/**
 * One GraphQL request to the dashboard's own `/graphql` (passed on to the gateway): same origin,
 * JSON, variables always separate from the document. The document is sent by its persisted hash;
 * a gateway without the dashboard's manifest gets the text instead.
 */
export async function request<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<QueryResult<T>> {
  const persisted = { version: 1, sha256Hash: hashOf(document) };
  let { status, body } = await post<T>({ variables, extensions: { persistedQuery: persisted } }, signal);
  if (body.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    ({ status, body } = await post<T>({ query: document.toString(), variables }, signal));
  }
  const errors = body.errors ?? [];
  if (body.data === null || body.data === undefined) {
    const code = errors[0]?.extensions?.code;
    if (code === "GATEWAY_UNAVAILABLE") {
      throw new RequestError("API:et (gatewayen) svarar inte just nu. Försök igen om en stund.");
    }
    if (code === "SUBGRAPH_UNAVAILABLE") {
      throw new RequestError("Den nationella delen av API:et svarar inte just nu, så regionlistan saknas.");
    }
    throw new RequestError(`Uppgifterna kunde inte hämtas: ${errors[0]?.message ?? `HTTP ${status}`}`);
  }
  return { data: body.data, errors, unavailableRegions: unavailableRegions(errors) };
}
