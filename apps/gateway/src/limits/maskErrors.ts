import type { GraphQLFormattedError } from "graphql";

/** Codes whose messages are written for clients; anything else is masked in production. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "OPERATION_NOT_ALLOWED",
  "RATE_LIMITED",
  "REGION_UNAVAILABLE",
  "SUBGRAPH_UNAVAILABLE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
]);

/**
 * In production no internal URL, stack trace or driver message reaches a client: errors keep
 * their code (and region) but unknown ones get a generic message.
 */
export function maskErrors(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (!production) return formatted;
    const code =
      typeof formatted.extensions?.code === "string" ? formatted.extensions.code : "INTERNAL_SERVER_ERROR";
    const region = formatted.extensions?.region;
    const extensions = { code, ...(region ? { region } : {}) };
    const base = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    return PUBLIC_CODES.has(code)
      ? { message: formatted.message, ...base, extensions }
      : { message: "Internal server error", ...base, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
