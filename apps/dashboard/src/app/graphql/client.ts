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

/**
 * One GraphQL request to the dashboard's own `/graphql` (passed on to the gateway): same origin,
 * JSON, variables always separate from the document.
 */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<QueryResult<T>> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestError("Det gick inte att nå Jämliks server. Kontrollera anslutningen och försök igen.");
  }
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestError(`Servern svarade med ett fel (HTTP ${response.status}).`);
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
    throw new RequestError(
      `Uppgifterna kunde inte hämtas: ${errors[0]?.message ?? `HTTP ${response.status}`}`,
    );
  }
  return { data: body.data, errors, unavailableRegions: unavailableRegions(errors) };
}
